import {
  CONTACT_SORT_FIELDS, ContactInputSchema, ContactUpdateSchema, FollowUpInputSchema, FollowUpUpdateSchema,
  LEAD_SORT_FIELDS, LeadInputSchema, LeadUpdateSchema, OPPORTUNITY_SORT_FIELDS, OpportunityInputSchema,
  OpportunityUpdateSchema,
} from '@mindbrite/crm-client';
import type * as z from 'zod/mini';
import type { CrmDatabase } from '../db/database.js';
import type { Table } from '../db/table.js';
import { booleanEquals, dayFrom, dayTo, equals, idEquals, type ListSpec } from './list-query.js';

type Row = Record<string, unknown>;

/** What the routes need to know about one resource. */
export interface ResourceSpec {
  /** Singular, for messages ("The lead was not found."). */
  name: string;
  /** The path under the base URL, as in the contract. */
  path: string;
  // The routes treat every table alike; the rows' own types are the database's business.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  table: (db: CrmDatabase) => Table<any, any>;
  input: z.ZodMiniType;
  update: z.ZodMiniType;
  /** Optional fields a create may leave out, stored as `null`. */
  defaults: Row;
  list: ListSpec;
  /** Derives fields that follow from others on every write (before the row is stored). */
  derive?: (changes: Row, current: Row | undefined, now: Date) => Row;
}

/**
 * Name, company, email, and phone both as written and as bare digits, so the last digits of a
 * number find it whatever its formatting (the lead form's duplicate check searches that way).
 */
const personSearch = (record: Row) => [
  record.first_name, record.last_name, `${String(record.first_name)} ${String(record.last_name)}`,
  record.company, record.email, record.phone, String(record.phone).replace(/\D/g, ''),
];

/** Follow-ups the contract does not sort; these fields order them (earliest scheduled first by default). */
export const FOLLOW_UP_SORT_FIELDS = [
  'id', 'contact_name', 'type', 'subject', 'scheduled_date', 'completed', 'completed_date', 'created_at', 'updated_at',
] as const;

/**
 * A follow-up marked completed without a date was completed now; one reopened has no completion
 * date (as a real server keeps the two fields consistent).
 */
function deriveCompletion(changes: Row, current: Row | undefined, now: Date): Row {
  const completed = changes.completed ?? current?.completed;
  if (completed === false) return { ...changes, completed_date: null };
  if (completed === true && !(changes.completed_date ?? current?.completed_date)) {
    return { ...changes, completed_date: now.toISOString() };
  }
  return changes;
}

export const RESOURCES = {
  leads: {
    name: 'lead',
    path: '/leads',
    table: (db) => db.leads,
    input: LeadInputSchema,
    update: LeadUpdateSchema,
    defaults: { source: null, notes: null, assigned_to: null },
    list: {
      sortFields: LEAD_SORT_FIELDS,
      defaultSort: { field: 'created_at', order: 'desc' },
      searchIn: personSearch,
      filters: { status: equals('status'), source: equals('source') },
    },
  },
  contacts: {
    name: 'contact',
    path: '/contacts',
    table: (db) => db.contacts,
    input: ContactInputSchema,
    update: ContactUpdateSchema,
    defaults: { company: null, position: null, notes: null },
    list: {
      sortFields: CONTACT_SORT_FIELDS,
      defaultSort: { field: 'created_at', order: 'desc' },
      searchIn: personSearch,
      filters: { status: equals('status'), source: equals('source') },
    },
  },
  opportunities: {
    name: 'opportunity',
    path: '/opportunities',
    table: (db) => db.opportunities,
    input: OpportunityInputSchema,
    update: OpportunityUpdateSchema,
    defaults: { description: null },
    list: {
      sortFields: OPPORTUNITY_SORT_FIELDS,
      defaultSort: { field: 'created_at', order: 'desc' },
      // An opportunity's "name" is its title; its contact's name is searchable too.
      searchIn: (record) => [record.title, record.contact_name, record.description],
      filters: { stage: equals('stage'), contact_id: idEquals('contact_id') },
    },
  },
  followUps: {
    name: 'follow-up',
    path: '/follow-ups',
    table: (db) => db.followUps,
    input: FollowUpInputSchema,
    update: FollowUpUpdateSchema,
    defaults: { completed_date: null, outcome: null },
    list: {
      sortFields: FOLLOW_UP_SORT_FIELDS,
      defaultSort: { field: 'scheduled_date', order: 'asc' },
      filters: {
        contact_id: idEquals('contact_id'),
        completed: booleanEquals('completed'),
        from: dayFrom('scheduled_date'),
        to: dayTo('scheduled_date'),
      },
    },
    derive: deriveCompletion,
  },
} satisfies Record<string, ResourceSpec>;

export type ResourceName = keyof typeof RESOURCES;
