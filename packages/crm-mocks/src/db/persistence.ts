import type { ContactRow, FollowUpRow, LeadRow, OpportunityRow } from './rows.js';

/** The part of the Web Storage API persistence needs (`localStorage` fits). */
export type SnapshotStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Opt-in persistence: where the database keeps its rows between page loads. */
export interface PersistOptions {
  /** The storage key. Default `'mindbrite-crm-mocks'`. */
  key?: string;
  /** Default `globalThis.localStorage`. */
  storage?: SnapshotStorage;
}

export const DEFAULT_STORAGE_KEY = 'mindbrite-crm-mocks';

interface TableDump<Row> {
  rows: Row[];
  nextId: number;
}

/** Everything the database holds, as plain JSON. */
export interface CrmSnapshot {
  version: 1;
  seed: number;
  leads: TableDump<LeadRow>;
  contacts: TableDump<ContactRow>;
  opportunities: TableDump<OpportunityRow>;
  followUps: TableDump<FollowUpRow>;
}

const isSnapshot = (value: unknown, seed: number): value is CrmSnapshot =>
  typeof value === 'object' && value !== null && (value as CrmSnapshot).version === 1 &&
  (value as CrmSnapshot).seed === seed &&
  ['leads', 'contacts', 'opportunities', 'followUps'].every((name) =>
    Array.isArray((value as unknown as Record<string, TableDump<unknown>>)[name]?.rows));

/** Reads and writes one snapshot under one key; a missing or unusable storage is simply skipped. */
export class SnapshotStore {
  readonly key: string;
  readonly #storage: SnapshotStorage | undefined;

  constructor(options: PersistOptions) {
    this.key = options.key ?? DEFAULT_STORAGE_KEY;
    this.#storage = options.storage ?? (globalThis as { localStorage?: Storage }).localStorage;
  }

  /** The stored snapshot for this seed, or `undefined` when there is none or it is unreadable. */
  load(seed: number): CrmSnapshot | undefined {
    try {
      const text = this.#storage?.getItem(this.key);
      const value: unknown = text ? JSON.parse(text) : undefined;
      return isSnapshot(value, seed) ? value : undefined;
    } catch {
      return undefined;
    }
  }

  /** Saves the snapshot; when the storage is full or blocked the mock keeps working in memory. */
  save(snapshot: CrmSnapshot): void {
    try {
      this.#storage?.setItem(this.key, JSON.stringify(snapshot));
    } catch {
      // Quota exceeded or storage disabled: persistence is a convenience, not a requirement.
    }
  }

  clear(): void {
    try {
      this.#storage?.removeItem(this.key);
    } catch {
      // As in save(): nothing to undo when the storage cannot be reached.
    }
  }
}
