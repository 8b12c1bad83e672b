import * as z from 'zod/mini';
import { type KnownFields, partialOf, oneOf, emailField, maybe, openEnum, optionalText, pagingFields, phoneField, recordId, requiredText } from './fields.js';
import { LEAD_SOURCES } from './lead.js';

export const CONTACT_STATUSES = ['active', 'inactive', 'prospect'] as const;
export const CONTACT_SORT_FIELDS = [
  'id', 'first_name', 'last_name', 'email', 'phone', 'company', 'status', 'source', 'created_at', 'updated_at',
] as const;

const contactFields = {
  first_name: z.string(),
  last_name: z.string(),
  email: z.string(),
  phone: z.string(),
  company: maybe(z.string()),
  position: maybe(z.string()),
  status: openEnum(CONTACT_STATUSES),
  source: openEnum(LEAD_SOURCES),
  notes: maybe(z.string()),
};

/** A contact as read from the API. Unknown fields are kept. */
export const ContactSchema = z.looseObject({
  id: recordId,
  ...contactFields,
  created_at: z.string(),
  updated_at: z.string(),
});
export type Contact = KnownFields<z.infer<typeof ContactSchema>>;
export type ContactStatus = Contact['status'];

export const ContactInputSchema = z.object({
  ...contactFields,
  first_name: requiredText('First name'),
  last_name: requiredText('Last name'),
  email: emailField,
  phone: phoneField,
  company: maybe(optionalText('Company', 200)),
  position: maybe(optionalText('Position', 200)),
  notes: maybe(optionalText('Notes', 5000)),
});
export type ContactInput = z.input<typeof ContactInputSchema>;

export const ContactUpdateSchema = partialOf(ContactInputSchema);
export type ContactUpdate = z.input<typeof ContactUpdateSchema>;

export const ContactListParamsSchema = z.object({
  search: z.optional(z.string()),
  status: z.optional(openEnum(CONTACT_STATUSES)),
  source: z.optional(openEnum(LEAD_SOURCES)),
  sort: z.optional(oneOf(CONTACT_SORT_FIELDS, 'Expected a sortable field')),
  ...pagingFields,
});
export type ContactListParams = z.infer<typeof ContactListParamsSchema>;
