import * as z from 'zod/mini';
import type { KnownFields } from './fields.js';

/**
 * An object whose every value fits `schema`. A refinement rather than `z.record` (which costs
 * ~0.7 KB gzipped in the client bundle); an issue names the record, not the key inside it.
 */
const recordOf = <Schema extends z.core.$ZodType>(schema: Schema, error: string) =>
  z.custom<Record<string, z.output<Schema>>>(
    (value) =>
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      Object.values(value).every((item) => z.safeParse(schema, item).success),
    { error },
  );

const counts = recordOf(z.number(), 'Expected counts by name');

/**
 * Dashboard figures. `conversion_rate` is a percentage, 0 to 100. `follow_ups_due_today` and
 * `follow_ups_overdue` count open follow-ups, where the server sends them.
 */
export const StatisticsSchema = z.looseObject({
  total_leads: z.number(),
  total_contacts: z.number(),
  total_opportunities: z.number(),
  conversion_rate: z.number(),
  leads_this_month: z.number(),
  opportunities_this_month: z.number(),
  pipeline_value: z.optional(z.number()),
  weighted_pipeline_value: z.optional(z.number()),
  leads_by_status: z.optional(counts),
  leads_by_source: z.optional(counts),
  opportunities_by_stage: z.optional(
    recordOf(z.looseObject({ count: z.number(), value: z.number() }), 'Expected { count, value } by stage'),
  ),
  follow_ups_due_today: z.optional(z.number()),
  follow_ups_overdue: z.optional(z.number()),
});
export type CrmStatistics = KnownFields<z.infer<typeof StatisticsSchema>>;
