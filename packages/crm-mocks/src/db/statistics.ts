import type { CrmStatistics } from '@mindbrite/crm-client';
import type { LeadRow, OpportunityRow } from './rows.js';
import { CLOSED_STAGES } from './vocabulary.js';

const roundCents = (value: number) => Math.round(value * 100) / 100;

const countBy = <Row>(rows: Iterable<Row>, key: (row: Row) => string) => {
  const counts: Record<string, number> = {};
  for (const row of rows) counts[key(row)] = (counts[key(row)] ?? 0) + 1;
  return counts;
};

/** The first instant of `now`'s calendar month, in UTC (the timestamps' zone). */
const startOfMonth = (now: Date) => Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);

interface StatisticsInput {
  leads: readonly LeadRow[];
  contactCount: number;
  opportunities: readonly OpportunityRow[];
  now: Date;
}

/**
 * The dashboard's figures, computed from the rows so they always add up: the conversion rate is
 * converted leads over all leads (percent, two decimals), "this month" is the calendar month of
 * the database clock in UTC, and the pipeline counts open opportunities only (not `closed_won` or
 * `closed_lost`), weighted by their probability.
 */
export function computeStatistics({ leads, contactCount, opportunities, now }: StatisticsInput): CrmStatistics {
  const monthStart = startOfMonth(now);
  const thisMonth = (row: { created_at: string }) => Date.parse(row.created_at) >= monthStart;
  const converted = leads.filter((lead) => lead.status === 'converted').length;
  const open = opportunities.filter((opportunity) => !CLOSED_STAGES.has(opportunity.stage));
  const byStage: Record<string, { count: number; value: number }> = {};
  for (const { stage, value } of opportunities) {
    const entry = (byStage[stage] ??= { count: 0, value: 0 });
    entry.count += 1;
    entry.value = roundCents(entry.value + value);
  }
  return {
    total_leads: leads.length,
    total_contacts: contactCount,
    total_opportunities: opportunities.length,
    conversion_rate: leads.length === 0 ? 0 : roundCents((converted / leads.length) * 100),
    leads_this_month: leads.filter(thisMonth).length,
    opportunities_this_month: opportunities.filter(thisMonth).length,
    pipeline_value: roundCents(open.reduce((sum, { value }) => sum + value, 0)),
    weighted_pipeline_value: roundCents(open.reduce((sum, { value, probability }) => sum + (value * probability) / 100, 0)),
    leads_by_status: countBy(leads, (lead) => lead.status),
    leads_by_source: countBy(leads, (lead) => lead.source ?? 'unknown'),
    opportunities_by_stage: byStage,
  };
}
