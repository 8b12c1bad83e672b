import { expect } from '@open-wc/testing';
import type { CrmStatistics } from '@mindbrite/crm-client';
import { call, get, pageThrough } from './support/api.js';
import { leadInput } from './support/inputs.js';
import { NOW, useCrmMockWorker } from './support/worker.js';

type Row = Record<string, unknown>;
const CLOSED = ['closed_won', 'closed_lost'];
const monthOfNow = NOW.slice(0, 7);

/** The dashboard's figures worked out from the lists the API serves. */
async function expectedStatistics() {
  const leads = (await pageThrough<Row>('/leads')).records;
  const contacts = (await pageThrough<Row>('/contacts')).records;
  const opportunities = (await pageThrough<Row>('/opportunities')).records;
  const open = opportunities.filter(({ stage }) => !CLOSED.includes(String(stage)));
  const tally = (rows: Row[], key: string) =>
    rows.reduce<Record<string, number>>((counts, row) => ({ ...counts, [String(row[key])]: (counts[String(row[key])] ?? 0) + 1 }), {});
  return {
    total_leads: leads.length,
    total_contacts: contacts.length,
    total_opportunities: opportunities.length,
    converted: leads.filter(({ status }) => status === 'converted').length,
    leads_this_month: leads.filter(({ created_at }) => String(created_at).startsWith(monthOfNow)).length,
    opportunities_this_month: opportunities.filter(({ created_at }) => String(created_at).startsWith(monthOfNow)).length,
    pipeline_value: open.reduce((sum, { value }) => sum + Number(value), 0),
    weighted_pipeline_value: open.reduce((sum, { value, probability }) => sum + (Number(value) * Number(probability)) / 100, 0),
    leads_by_status: tally(leads, 'status'),
    leads_by_source: tally(leads, 'source'),
    stages: opportunities,
  };
}

describe('mocks: statistics add up to the data', () => {
  const crm = useCrmMockWorker();

  const check = async () => {
    const { body: statistics } = await get<CrmStatistics>('/statistics');
    const expected = await expectedStatistics();
    expect(statistics).to.include({
      total_leads: expected.total_leads,
      total_contacts: expected.total_contacts,
      total_opportunities: expected.total_opportunities,
      leads_this_month: expected.leads_this_month,
      opportunities_this_month: expected.opportunities_this_month,
    });
    expect(statistics.conversion_rate).to.be.closeTo((expected.converted / expected.total_leads) * 100, 0.005);
    expect(statistics.pipeline_value).to.be.closeTo(expected.pipeline_value, 0.005);
    expect(statistics.weighted_pipeline_value).to.be.closeTo(expected.weighted_pipeline_value, 0.005);
    expect(statistics.leads_by_status).to.deep.equal(expected.leads_by_status);
    expect(statistics.leads_by_source).to.deep.equal(expected.leads_by_source);
    const byStage = statistics.opportunities_by_stage!;
    expect(Object.values(byStage).reduce((sum, { count }) => sum + count, 0)).to.equal(expected.total_opportunities);
    for (const [stage, { count, value }] of Object.entries(byStage)) {
      const rows = expected.stages.filter((row) => row.stage === stage);
      expect(count, stage).to.equal(rows.length);
      expect(value, stage).to.be.closeTo(rows.reduce((sum, row) => sum + Number(row.value), 0), 0.005);
    }
    return statistics;
  };

  it('matches the seeded data, with something in this month and in every status', async () => {
    const statistics = await check();
    expect(statistics.leads_this_month).to.be.greaterThan(0);
    expect(statistics.opportunities_this_month).to.be.greaterThan(0);
    expect(Object.keys(statistics.leads_by_status!)).to.have.members(['new', 'contacted', 'qualified', 'unqualified', 'converted', 'lost']);
    expect(statistics.weighted_pipeline_value).to.be.lessThan(statistics.pipeline_value!);
  });

  it('follows creates, conversions, stage changes and deletes', async () => {
    const before = (await get<CrmStatistics>('/statistics')).body;
    const { body: lead } = await call<Row>('POST', '/leads', leadInput());
    await call('POST', `/leads/${String(lead.id)}/convert`);
    const open = crm.db.opportunities.all().find(({ stage }) => stage === 'proposal')!;
    await call('PUT', `/opportunities/${open.id}`, { stage: 'closed_won', probability: 100 });
    // Lead 1 is the oldest, from before this month: deleting it leaves this month's count alone.
    expect(crm.db.leads.get(1).created_at.startsWith(monthOfNow)).to.equal(false);
    await call('DELETE', '/leads/1');
    const after = await check();
    expect(after.total_leads).to.equal(before.total_leads);
    expect(after.total_contacts).to.equal(before.total_contacts + 1);
    expect(after.leads_this_month).to.equal(before.leads_this_month + 1);
    expect(after.pipeline_value).to.equal(before.pipeline_value! - open.value);
  });
});
