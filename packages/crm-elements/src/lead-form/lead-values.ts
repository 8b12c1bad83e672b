import { LeadInputSchema, LeadUpdateSchema, type Lead, type LeadInput, type LeadUpdate } from '@mindbrite/crm-client';
import * as z from 'zod/mini';

/** The lead fields the form edits, in the order they are shown (and focused when invalid). */
export const LEAD_FIELDS = ['first_name', 'last_name', 'email', 'phone', 'company', 'status', 'source', 'notes'] as const;
export type LeadField = (typeof LEAD_FIELDS)[number];

/** What the inputs hold: every field as the text in its control. */
export type LeadValues = Record<LeadField, string>;

/** A message per field that needs attention. */
export type FieldErrors = Partial<Record<LeadField, string>>;

export const isLeadField = (name: string): name is LeadField => (LEAD_FIELDS as readonly string[]).includes(name);

/** The values of a blank form: a new lead starts as `new`, everything else empty. */
export function emptyValues(): LeadValues {
  return { first_name: '', last_name: '', email: '', phone: '', company: '', status: 'new', source: '', notes: '' };
}

/** The values of the controls showing `lead`; absent optional fields become empty text. */
export function valuesFromLead(lead: Lead): LeadValues {
  const values = emptyValues();
  for (const field of LEAD_FIELDS) values[field] = String(lead[field] ?? '');
  return values;
}

// Text goes out trimmed, as the schemas check it: the client sends its input as given, so a
// server that does not trim would store the spaces.
const trimmed = (values: LeadValues) => Object.fromEntries(LEAD_FIELDS.map((field) => [field, values[field].trim()])) as LeadValues;

/** What a create sends, trimmed. An unset source or empty notes are left out rather than sent empty. */
export function toInput(values: LeadValues, pipelineId: number): LeadInput {
  const { source, notes, ...required } = trimmed(values);
  return { ...required, pipeline_id: pipelineId, ...(source ? { source } : {}), ...(notes ? { notes } : {}) };
}

/** The fields whose control differs from `initial`, in form order. */
export function changedFields(values: LeadValues, initial: LeadValues): LeadField[] {
  return LEAD_FIELDS.filter((field) => values[field] !== initial[field]);
}

/** What an update sends: only the changed fields, trimmed, so it never overwrites what it did not touch. A cleared source is `null`. */
export function toChanges(values: LeadValues, initial: LeadValues): LeadUpdate {
  const changes: Record<string, string | null> = {};
  for (const field of changedFields(values, initial)) {
    changes[field] = field === 'source' && !values.source ? null : values[field].trim();
  }
  return changes as LeadUpdate;
}

/**
 * Checks the form with the client's own schemas, the ones the server applies: the whole input
 * when creating, the changed fields when editing (a stored lead that predates today's rules can
 * still be edited elsewhere). Returns the first message per field.
 * @example
 * validateLead(values, undefined, 1); // { email: 'Enter a valid email address' }
 */
export function validateLead(values: LeadValues, initial: LeadValues | undefined, pipelineId: number): FieldErrors {
  const result = initial
    ? z.safeParse(LeadUpdateSchema, toChanges(values, initial))
    : z.safeParse(LeadInputSchema, toInput(values, pipelineId));
  const errors: FieldErrors = {};
  for (const issue of result.error?.issues ?? []) {
    const field = String(issue.path[0]);
    if (isLeadField(field)) errors[field] ??= issue.message;
  }
  return errors;
}
