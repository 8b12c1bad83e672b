import type { ContactUpdate, CrmStatistics } from '@mindbrite/crm-client';
import { definedFields } from './defined.js';
import { ConflictError, UnknownReferenceError } from './errors.js';
import { SnapshotStore, type CrmSnapshot, type PersistOptions } from './persistence.js';
import type { ContactRow, FollowUpRecord, FollowUpRow, LeadRow, OpportunityRecord, OpportunityRow } from './rows.js';
import { seedRows, type SeedSizes } from './seed.js';
import { computeStatistics } from './statistics.js';
import { Table } from './table.js';

export interface CrmDatabaseOptions extends Partial<SeedSizes> {
  /** The seed: the same seed (with the same sizes and `now`) always gives the same data. Default `1`. */
  seed?: number;
  /**
   * A fixed clock: seeded dates are relative to it and writes are stamped with it, which makes
   * data and timestamps fully reproducible. Default: the real current time.
   */
  now?: Date | string | number;
  /**
   * Keep the data in `localStorage` (or the given storage) so a page reload keeps what a user
   * created. Off by default: mock data then never leaves memory. `true` uses the default key.
   */
  persist?: boolean | PersistOptions;
}

/** The default sizes: a small practice's CRM. */
export const DEFAULT_SIZES: SeedSizes = { leads: 250, contacts: 120, opportunities: 60, followUps: 150 };

const fullName = (contact: ContactRow) => `${contact.first_name} ${contact.last_name}`.trim();

/**
 * The mock CRM's data: four tables, the rules that tie them together (a converted lead has its
 * contact; opportunities and follow-ups name an existing contact, and go when it goes; `contact_name`
 * always matches the contact) and the statistics computed from them.
 */
export class CrmDatabase {
  readonly seed: number;
  readonly sizes: SeedSizes;
  readonly #fixedNow: number | undefined;
  readonly #store: SnapshotStore | undefined;
  #saveQueued = false;

  readonly leads: Table<LeadRow>;
  readonly contacts: Table<ContactRow>;
  readonly opportunities: Table<OpportunityRow, OpportunityRecord>;
  readonly followUps: Table<FollowUpRow, FollowUpRecord>;

  constructor(options: CrmDatabaseOptions = {}) {
    this.seed = options.seed ?? 1;
    this.sizes = {
      leads: options.leads ?? DEFAULT_SIZES.leads,
      contacts: options.contacts ?? DEFAULT_SIZES.contacts,
      opportunities: options.opportunities ?? DEFAULT_SIZES.opportunities,
      followUps: options.followUps ?? DEFAULT_SIZES.followUps,
    };
    this.#fixedNow = options.now === undefined ? undefined : new Date(options.now).getTime();
    if (this.#fixedNow !== undefined && Number.isNaN(this.#fixedNow)) throw new RangeError('`now` is not a valid date');
    if (options.persist) this.#store = new SnapshotStore(options.persist === true ? {} : options.persist);

    const now = () => this.now();
    const onChange = () => this.#queueSave();
    const requireContact = (row: { contact_id: number }) => {
      if (!this.contacts.has(row.contact_id)) throw new UnknownReferenceError('contact_id', 'contact');
    };
    const withContactName = <Row extends { contact_id: number }>(row: Row) => {
      const contact = this.contacts.find(row.contact_id);
      return { ...row, contact_name: contact ? fullName(contact) : '' };
    };
    this.leads = new Table({ resource: 'lead', now, onChange, present: (row) => row });
    this.contacts = new Table({
      resource: 'contact', now, onChange, present: (row) => row,
      // A contact's opportunities and follow-ups cannot outlive it.
      onDelete: (id) => {
        this.opportunities.deleteWhere((row) => row.contact_id === id);
        this.followUps.deleteWhere((row) => row.contact_id === id);
      },
    });
    this.opportunities = new Table<OpportunityRow, OpportunityRecord>({
      resource: 'opportunity', now, onChange, check: requireContact, present: withContactName,
    });
    this.followUps = new Table<FollowUpRow, FollowUpRecord>({ resource: 'follow-up', now, onChange, check: requireContact, present: withContactName });

    const saved = this.#store?.load(this.seed);
    if (saved) this.restore(saved);
    else this.#fillFromSeed();
  }

  /** A database with the same seed and clock and no records (what the `empty` scenario serves). */
  emptyCopy(): CrmDatabase {
    return new CrmDatabase({ seed: this.seed, leads: 0, contacts: 0, opportunities: 0, followUps: 0, now: this.#fixedNow });
  }

  /** The database clock: the fixed `now` option, or the real time. */
  now(): Date {
    return new Date(this.#fixedNow ?? Date.now());
  }

  /**
   * Replaces all data with freshly seeded data (the same as a new database with these options)
   * and forgets the persisted snapshot, if any.
   */
  reset(): void {
    this.#fillFromSeed();
    this.#store?.clear();
  }

  #fillFromSeed(): void {
    const rows = seedRows(this.seed, this.sizes, this.now());
    this.leads.load(rows.leads);
    this.contacts.load(rows.contacts);
    this.opportunities.load(rows.opportunities);
    this.followUps.load(rows.followUps);
  }

  /** Removes every record, e.g. to set up a test's own data or show empty states. */
  clear(): void {
    for (const table of [this.leads, this.contacts, this.opportunities, this.followUps]) table.load([], 1);
    this.#queueSave();
  }

  /**
   * Converts a lead: creates a contact from the lead's details with `overrides` applied and marks
   * the lead `converted`. Throws `RecordNotFoundError` for an unknown lead and `ConflictError`
   * when it is already converted.
   */
  convertLead(leadId: number, overrides: ContactUpdate = {}): ContactRow {
    const lead = this.leads.get(leadId);
    if (lead.status === 'converted') throw new ConflictError('This lead has already been converted');
    const contact = this.contacts.insert({
      first_name: lead.first_name,
      last_name: lead.last_name,
      email: lead.email,
      phone: lead.phone,
      company: lead.company || null,
      position: null,
      status: 'active',
      source: lead.source ?? 'other',
      notes: lead.notes,
      ...definedFields(overrides),
    });
    this.leads.update(leadId, { status: 'converted' });
    return contact;
  }

  /** Dashboard figures computed from the current data; see `computeStatistics`. */
  statistics(): CrmStatistics {
    return computeStatistics({
      leads: [...this.leads.rows()],
      contactCount: this.contacts.count,
      opportunities: [...this.opportunities.rows()],
      now: this.now(),
    });
  }

  /** All data as plain JSON (what persistence stores). */
  snapshot(): CrmSnapshot {
    return {
      version: 1,
      seed: this.seed,
      leads: this.leads.dump(),
      contacts: this.contacts.dump(),
      opportunities: this.opportunities.dump(),
      followUps: this.followUps.dump(),
    };
  }

  /** Replaces all data with a snapshot's. */
  restore(snapshot: CrmSnapshot): void {
    const copy = structuredClone(snapshot);
    this.leads.load(copy.leads.rows, copy.leads.nextId);
    this.contacts.load(copy.contacts.rows, copy.contacts.nextId);
    this.opportunities.load(copy.opportunities.rows, copy.opportunities.nextId);
    this.followUps.load(copy.followUps.rows, copy.followUps.nextId);
  }

  /** Writes are saved once per task, so a cascade of changes is one write. */
  #queueSave(): void {
    if (!this.#store || this.#saveQueued) return;
    this.#saveQueued = true;
    queueMicrotask(() => {
      this.#saveQueued = false;
      this.#store?.save(this.snapshot());
    });
  }
}

/**
 * Creates an in-memory CRM seeded from `seed`.
 *
 * @example
 * const db = createCrmDatabase({ seed: 7, leads: 40, now: '2026-06-15T12:00:00Z' });
 * db.leads.insert({ first_name: 'Ana', last_name: 'Silva', email: 'ana@example.com', phone: '555 010 0100',
 *   company: '', status: 'new', pipeline_id: 1, source: 'website', notes: null, assigned_to: null });
 * db.statistics().total_leads; // 41
 */
export function createCrmDatabase(options: CrmDatabaseOptions = {}): CrmDatabase {
  return new CrmDatabase(options);
}
