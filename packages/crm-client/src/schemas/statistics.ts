import * as z from 'zod/mini';

const counts = z.record(z.string(), z.number());

/** Dashboard figures. `conversion_rate` is a percentage, 0 to 100. */
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
    z.record(z.string(), z.looseObject({ count: z.number(), value: z.number() })),
  ),
});
export type CrmStatistics = z.infer<typeof StatisticsSchema>;
