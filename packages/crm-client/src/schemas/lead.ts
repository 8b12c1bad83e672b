import * as z from 'zod/mini';
import {
  type KnownFields,
  oneOf,
  partialOf,
  emailField,
  maybe,
  openEnum,
  optionalText,
  pagingFields,
  phoneField,
  positiveId,
  recordId,
  requiredText,
} from './fields.js';

export const LEAD_STATUSES = ['new', 'contacted', 'qualified', 'unqualified', 'converted', 'lost'] as const;
export const LEAD_SOURCES = ['website', 'phone', 'referral', 'walk_in', 'social', 'email', 'other'] as const;
/** Fields a lead list can be sorted by. */
export const LEAD_SORT_FIELDS = [
  'id', 'first_name', 'last_name', 'email', 'phone', 'company', 'status', 'source', 'created_at', 'updated_at',
] as const;

/** The writable fields of a lead, as the server sends them (tolerant: unknown statuses and sources pass). */
const leadFields = {
  first_name: z.string(),
  last_name: z.string(),
  email: z.string(),
  phone: z.string(),
  company: z.string(),
  status: openEnum(LEAD_STATUSES),
  pipeline_id: z.number(),
  source: maybe(openEnum(LEAD_SOURCES)),
  notes: maybe(z.string()),
  assigned_to: maybe(
    z.custom<number | string>((value) => typeof value === 'number' || typeof value === 'string', {
      error: 'Expected a user id or name',
    }),
  ),
};

/** A lead as read from the API. Unknown fields are kept. */
export const LeadSchema = z.looseObject({
  id: recordId,
  ...leadFields,
  created_at: z.string(),
  updated_at: maybe(z.string()),
});
export type Lead = KnownFields<z.infer<typeof LeadSchema>>;
export type LeadStatus = Lead['status'];
export type LeadSource = NonNullable<Lead['source']>;

/** What a create sends: the same fields, checked as a form and the mock server check them. */
export const LeadInputSchema = z.object({
  ...leadFields,
  first_name: requiredText('First name'),
  last_name: requiredText('Last name'),
  email: emailField,
  phone: phoneField,
  company: optionalText('Company', 200),
  pipeline_id: positiveId,
  notes: maybe(optionalText('Notes', 5000)),
});
export type LeadInput = z.input<typeof LeadInputSchema>;

/** What an update sends: any subset of the input. */
export const LeadUpdateSchema = partialOf(LeadInputSchema);
export type LeadUpdate = z.input<typeof LeadUpdateSchema>;

export const LeadListParamsSchema = z.object({
  search: z.optional(z.string()),
  status: z.optional(openEnum(LEAD_STATUSES)),
  source: z.optional(openEnum(LEAD_SOURCES)),
  sort: z.optional(oneOf(LEAD_SORT_FIELDS, 'Expected a sortable field')),
  ...pagingFields,
});
export type LeadListParams = z.infer<typeof LeadListParamsSchema>;

