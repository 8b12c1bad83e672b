import type { Faker } from '@faker-js/faker';
import { faker as englishFaker } from '@faker-js/faker/locale/en';
import type { ContactRow, FollowUpRow, LeadRow, OpportunityRow } from './rows.js';
import {
  CLOSED_STAGES, CONTACT_STATUS_WEIGHTS, FOLLOW_UP_DESCRIPTIONS, FOLLOW_UP_OUTCOMES, FOLLOW_UP_SUBJECTS, FOLLOW_UP_TYPE_WEIGHTS, FOLLOW_UPS_AROUND_NOW,
  LEAD_SOURCE_WEIGHTS, NOTES, PIPELINE_WEIGHTS, RECENT_LEAD_STATUSES, SERVICES, SETTLED_LEAD_STATUSES,
  STAGE_PROBABILITY, STAGE_WEIGHTS, type Weighted,
} from './vocabulary.js';

/** How many records of each kind to seed. */
export interface SeedSizes {
  leads: number;
  contacts: number;
  opportunities: number;
  followUps: number;
}

export interface SeededRows {
  leads: LeadRow[];
  contacts: ContactRow[];
  opportunities: OpportunityRow[];
  followUps: FollowUpRow[];
}

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;
const YEAR = 365 * DAY;
const QUARTER = 91 * DAY;
/** How far the seeded pipeline reaches: open deals are expected over the next six months or so, deals closed over the past six. */
const HALF_YEAR = 183 * DAY;
/** How long before `now` the overdue open deals were expected to close. */
const OVERDUE = 45 * DAY;
/** Leads younger than this are mostly still new or contacted. */
const RECENT = 14 * DAY;

const iso = (time: number) => new Date(time).toISOString();
const isoDay = (time: number) => iso(time).slice(0, 10);

/**
 * A Faker of its own per database, so seeding never disturbs the shared instance a host app may
 * use. It is built from the English locale module, because the package's main entry creates an
 * instance for every locale at load time, which no bundler can drop (megabytes in a demo bundle).
 */
const EnglishFaker = englishFaker.constructor as new (options: { locale: Faker['rawDefinitions'] }) => Faker;

/** faker, seeded, with the few sampling helpers the generators share. */
class Sampler {
  readonly faker = new EnglishFaker({ locale: englishFaker.rawDefinitions });

  /** The organisations people work for; several leads and contacts often share one, as in life. */
  readonly #companies: string[] = [];

  constructor(seed: number, people: number) {
    this.faker.seed(seed);
    const companyCount = Math.min(400, Math.max(10, Math.ceil(people / 3)));
    for (let index = 0; index < companyCount; index += 1) this.#companies.push(this.faker.company.name());
  }

  company(): string {
    return this.pick(this.#companies);
  }

  weighted<T>(choices: Weighted<T>): T {
    return this.faker.helpers.weightedArrayElement(choices.map(([value, weight]) => ({ value, weight })));
  }

  chance(probability: number): boolean {
    return this.faker.number.float({ min: 0, max: 1 }) < probability;
  }

  pick<T>(values: readonly T[]): T {
    return this.faker.helpers.arrayElement(values);
  }

  /** A time between `from` and `to` (epoch ms), inclusive. */
  time(from: number, to: number): number {
    return to <= from ? from : this.faker.number.int({ min: from, max: to });
  }

  person() {
    const firstName = this.faker.person.firstName();
    const lastName = this.faker.person.lastName();
    return {
      first_name: firstName,
      last_name: lastName,
      // Reserved example domains: a demo can never email a real person.
      email: this.faker.internet.exampleEmail({ firstName, lastName }).toLowerCase(),
      phone: this.faker.phone.number({ style: 'national' }),
    };
  }

  note(probability: number): string | null {
    return this.chance(probability) ? this.pick(NOTES) : null;
  }
}

/** Gives rows ids 1..n in creation order, so the id order matches the timeline. */
function numberByCreation<Row extends { id: number; created_at: string }>(rows: Row[]): Row[] {
  rows.sort((a, b) => a.created_at.localeCompare(b.created_at));
  rows.forEach((row, index) => (row.id = index + 1));
  return rows;
}

function seedLeads(sample: Sampler, count: number, now: number): LeadRow[] {
  const leads: LeadRow[] = [];
  for (let index = 0; index < count; index += 1) {
    const created = sample.time(now - YEAR, now);
    const status = sample.weighted(now - created < RECENT ? RECENT_LEAD_STATUSES : SETTLED_LEAD_STATUSES);
    const updated = status === 'new' ? created : sample.time(created, Math.min(now, created + 60 * DAY));
    leads.push({
      id: 0,
      ...sample.person(),
      company: sample.chance(0.6) ? sample.company() : '',
      status,
      pipeline_id: sample.weighted(PIPELINE_WEIGHTS),
      source: sample.weighted(LEAD_SOURCE_WEIGHTS),
      notes: sample.note(0.4),
      assigned_to: sample.chance(0.8) ? sample.faker.number.int({ min: 1, max: 6 }) : null,
      created_at: iso(created),
      updated_at: iso(updated),
    });
  }
  return numberByCreation(leads);
}

/**
 * Contacts: first one for each converted lead (same person, created when the lead was converted),
 * then new ones. Converted leads beyond the number of contacts are turned back to `qualified`,
 * so every converted lead has its contact.
 */
function seedContacts(sample: Sampler, leads: LeadRow[], count: number, now: number): ContactRow[] {
  const contacts: ContactRow[] = [];
  for (const lead of leads) {
    if (lead.status !== 'converted') continue;
    if (contacts.length === count) {
      lead.status = 'qualified';
      continue;
    }
    contacts.push({
      id: 0,
      first_name: lead.first_name,
      last_name: lead.last_name,
      email: lead.email,
      phone: lead.phone,
      company: lead.company || null,
      position: lead.company ? sample.faker.person.jobTitle() : null,
      status: sample.weighted(CONTACT_STATUS_WEIGHTS),
      source: lead.source ?? 'other',
      notes: lead.notes,
      created_at: lead.updated_at,
      updated_at: iso(sample.time(Date.parse(lead.updated_at), now)),
    });
  }
  while (contacts.length < count) {
    const created = sample.time(now - YEAR, now);
    const company = sample.chance(0.55) ? sample.company() : null;
    contacts.push({
      id: 0,
      ...sample.person(),
      company,
      position: company ? sample.faker.person.jobTitle() : null,
      status: sample.weighted(CONTACT_STATUS_WEIGHTS),
      source: sample.weighted(LEAD_SOURCE_WEIGHTS),
      notes: sample.note(0.3),
      created_at: iso(created),
      updated_at: iso(sample.time(created, now)),
    });
  }
  return numberByCreation(contacts);
}

function seedOpportunities(sample: Sampler, contacts: ContactRow[], count: number, now: number): OpportunityRow[] {
  if (contacts.length === 0) return [];
  const opportunities: OpportunityRow[] = [];
  for (let index = 0; index < count; index += 1) {
    const contact = sample.pick(contacts);
    const created = sample.time(Date.parse(contact.created_at), now);
    const stage = sample.weighted(STAGE_WEIGHTS);
    const closed = CLOSED_STAGES.has(stage);
    const base = STAGE_PROBABILITY[stage] ?? 0;
    // Open deals drift a little around their stage's usual probability.
    const probability = closed ? base : base + sample.pick([-5, 0, 0, 5]);
    // Most deals are small; a few large contracts make the pipeline realistic.
    const size = sample.faker.number.float({ min: 0, max: 1 }) ** 2;
    const service = sample.pick(SERVICES);
    opportunities.push({
      id: 0,
      title: contact.company ? `${service} for ${contact.company}` : service,
      description: sample.chance(0.6) ? `${service}, as discussed with the client.` : null,
      contact_id: contact.id,
      value: Math.round((800 + size * 59_200) / 50) * 50,
      stage,
      probability,
      // Closed deals closed in the past six months (never before they were created); open ones are
      // expected over the next six, a few already overdue. One draw either way, as before, so every
      // other seeded value stays the same.
      expected_close_date: isoDay(closed ? sample.time(Math.max(created, now - HALF_YEAR), now) : sample.time(now - OVERDUE, now + HALF_YEAR)),
      created_at: iso(created),
      updated_at: iso(sample.time(created, now)),
    });
  }
  return numberByCreation(opportunities);
}

function seedFollowUps(sample: Sampler, contacts: ContactRow[], count: number, now: number): FollowUpRow[] {
  if (contacts.length === 0) return [];
  const followUps: FollowUpRow[] = [];
  for (let index = 0; index < count; index += 1) {
    const contact = sample.pick(contacts);
    const contactSince = Date.parse(contact.created_at);
    // The first few generated are open and around now (in a table big enough), the rest anywhere.
    const aroundNow = count >= 40 ? FOLLOW_UPS_AROUND_NOW[index] : undefined;
    const scheduled = aroundNow === undefined ? sample.time(contactSince, now + QUARTER) : now + aroundNow * MINUTE;
    const created = sample.time(Math.min(contactSince, scheduled), Math.min(scheduled, now));
    // Most past follow-ups were done; the rest are overdue.
    const completed = aroundNow === undefined && scheduled <= now && sample.chance(0.85);
    const completedAt = completed ? Math.min(now, scheduled + sample.time(0, 2 * DAY)) : null;
    const type = sample.weighted(FOLLOW_UP_TYPE_WEIGHTS);
    followUps.push({
      id: 0,
      contact_id: contact.id,
      type,
      subject: sample.pick(FOLLOW_UP_SUBJECTS[type] ?? FOLLOW_UP_SUBJECTS.call ?? []),
      description: sample.pick(FOLLOW_UP_DESCRIPTIONS),
      scheduled_date: iso(scheduled),
      completed,
      completed_date: completedAt === null ? null : iso(completedAt),
      outcome: completed ? sample.pick(FOLLOW_UP_OUTCOMES) || null : null,
      created_at: iso(created),
      updated_at: iso(completedAt ?? created),
    });
  }
  return numberByCreation(followUps);
}

/**
 * Generates a whole CRM from a seed: the same seed, sizes and `now` always give the same rows.
 * Dates spread over the twelve months before `now` and (for plans) the three months after it;
 * open opportunities are expected to close over the six months after it.
 */
export function seedRows(seed: number, sizes: SeedSizes, now: Date): SeededRows {
  const sample = new Sampler(seed, sizes.leads + sizes.contacts);
  const time = now.getTime();
  const leads = seedLeads(sample, sizes.leads, time);
  const contacts = seedContacts(sample, leads, sizes.contacts, time);
  return {
    leads,
    contacts,
    opportunities: seedOpportunities(sample, contacts, sizes.opportunities, time),
    followUps: seedFollowUps(sample, contacts, sizes.followUps, time),
  };
}
