import * as z from 'zod/mini';
import { type KnownFields, partialOf, oneOf, isoDate, maybe, openEnum, optionalText, pagingFields, recordId, requiredText } from './fields.js';

export const OPPORTUNITY_STAGES = [
  'prospecting', 'qualification', 'proposal', 'negotiation', 'closed_won', 'closed_lost',
] as const;
/** The closed stages; every other stage, an unknown one included, is open. */
export const CLOSED_STAGES = ['closed_won', 'closed_lost'] as const;
/** Each known stage's usual probability of closing, in percent: a new opportunity's default. */
export const STAGE_PROBABILITY: Readonly<Record<(typeof OPPORTUNITY_STAGES)[number], number>> = {
  prospecting: 10,
  qualification: 25,
  proposal: 50,
  negotiation: 75,
  closed_won: 100,
  closed_lost: 0,
};
export const OPPORTUNITY_SORT_FIELDS = [
  'id', 'title', 'contact_name', 'value', 'stage', 'probability', 'expected_close_date', 'created_at', 'updated_at',
] as const;

const opportunityFields = {
  title: z.string(),
  description: maybe(z.string()),
  contact_id: recordId,
  value: z.number(),
  stage: openEnum(OPPORTUNITY_STAGES),
  probability: z.number(),
  expected_close_date: z.string(),
};

/** An opportunity as read from the API; `contact_name` is derived by the server. */
export const OpportunitySchema = z.looseObject({
  id: recordId,
  ...opportunityFields,
  // The contract requires it, but records imported from elsewhere often have none: read tolerantly.
  expected_close_date: maybe(z.string()),
  contact_name: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type Opportunity = KnownFields<z.infer<typeof OpportunitySchema>>;
export type OpportunityStage = Opportunity['stage'];

export const OpportunityInputSchema = z.object({
  ...opportunityFields,
  title: requiredText('Title', 200),
  description: maybe(optionalText('Description', 5000)),
  contact_id: recordId,
  value: z.number().check(z.refine((value) => value >= 0, 'Value cannot be negative')),
  probability: z.number().check(z.refine((value) => value >= 0 && value <= 100, 'Probability is a percentage from 0 to 100')),
  expected_close_date: isoDate,
});
export type OpportunityInput = z.input<typeof OpportunityInputSchema>;

export const OpportunityUpdateSchema = partialOf(OpportunityInputSchema);
export type OpportunityUpdate = z.input<typeof OpportunityUpdateSchema>;

export const OpportunityListParamsSchema = z.object({
  search: z.optional(z.string()),
  stage: z.optional(openEnum(OPPORTUNITY_STAGES)),
  contact_id: z.optional(recordId),
  sort: z.optional(oneOf(OPPORTUNITY_SORT_FIELDS, 'Expected a sortable field')),
  ...pagingFields,
});
export type OpportunityListParams = z.infer<typeof OpportunityListParamsSchema>;
