import * as z from 'zod/mini';
import { type KnownFields, partialOf, isoDate, isoDateTime, maybe, openEnum, optionalText, pagingFields, recordId, requiredText } from './fields.js';

export const FOLLOW_UP_TYPES = ['call', 'email', 'meeting', 'note'] as const;

const followUpFields = {
  contact_id: recordId,
  type: openEnum(FOLLOW_UP_TYPES),
  subject: z.string(),
  description: z.string(),
  scheduled_date: z.string(),
  completed: z.boolean(),
  completed_date: maybe(z.string()),
  /** What came of it, written when completing; a backend without the field keeps it nowhere. */
  outcome: maybe(z.string()),
};

/** A follow-up as read from the API; `contact_name` is derived by the server. */
export const FollowUpSchema = z.looseObject({
  id: recordId,
  ...followUpFields,
  contact_name: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type FollowUp = KnownFields<z.infer<typeof FollowUpSchema>>;
export type FollowUpType = FollowUp['type'];

export const FollowUpInputSchema = z.object({
  ...followUpFields,
  contact_id: recordId,
  subject: requiredText('Subject', 200),
  description: optionalText('Description', 5000),
  scheduled_date: isoDateTime,
  completed_date: maybe(isoDateTime),
  outcome: maybe(optionalText('Outcome', 2000)),
});
export type FollowUpInput = z.input<typeof FollowUpInputSchema>;

export const FollowUpUpdateSchema = partialOf(FollowUpInputSchema);
export type FollowUpUpdate = z.input<typeof FollowUpUpdateSchema>;

/** `from` and `to` bound `scheduled_date` (ISO dates, inclusive). */
export const FollowUpListParamsSchema = z.object({
  contact_id: z.optional(recordId),
  completed: z.optional(z.boolean()),
  from: z.optional(isoDate),
  to: z.optional(isoDate),
  page: pagingFields.page,
  per_page: pagingFields.per_page,
});
export type FollowUpListParams = z.infer<typeof FollowUpListParamsSchema>;
