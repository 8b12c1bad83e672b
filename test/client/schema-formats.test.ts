import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import {
  FollowUpInputSchema,
  FollowUpListParamsSchema,
  LeadListParamsSchema,
  LeadSchema,
  LeadUpdateSchema,
  OpportunityInputSchema,
  StatisticsSchema,
} from '@mindbrite/crm-client';
import { followUp, lead, opportunity, statistics } from './support/fixtures.js';

const ok = (schema: z.core.$ZodType, value: unknown) => z.safeParse(schema, value).success;
const paths = (schema: z.core.$ZodType, value: unknown) =>
  z.safeParse(schema, value).error?.issues.map((issue) => issue.path.join('.')) ?? [];

const { id: _f, contact_name: _fc, created_at: _fa, updated_at: _fu, ...followUpInput } = followUp();
const { id: _o, contact_name: _oc, created_at: _oa, updated_at: _ou, ...opportunityInput } = opportunity();

describe('schemas: dates, numbers, sets and records', () => {
  it('ISO dates: calendar dates only', () => {
    expect(ok(FollowUpListParamsSchema, { from: '2026-11-01', to: '2026-12-31' })).to.equal(true);
    for (const bad of ['2026-13-01', '2026-11-32', '26-11-01', '2026-11-01T00:00:00Z', '01/11/2026']) {
      expect(paths(FollowUpListParamsSchema, { from: bad }), bad).to.deep.equal(['from']);
    }
    expect(ok(OpportunityInputSchema, { ...opportunityInput, expected_close_date: '2026-02-00' })).to.equal(false);
  });

  it('ISO dates and date-times: only days that exist, each bad value told once, in words', () => {
    const messages = (value: string) => z.safeParse(FollowUpListParamsSchema, { from: value }).error?.issues.map((issue) => issue.message) ?? [];
    expect(ok(FollowUpListParamsSchema, { from: '2028-02-29', to: '2026-04-30' }), 'a leap day').to.equal(true);
    for (const missing of ['2026-02-29', '2026-02-30', '2026-04-31', '2026-11-31']) {
      expect(messages(missing), missing).to.deep.equal(['Enter a date that exists']);
    }
    expect(messages('01/11/2026')).to.deep.equal(['Enter a date as YYYY-MM-DD']);
    expect(paths(FollowUpInputSchema, { ...followUpInput, scheduled_date: '2026-06-31T09:00:00Z' })).to.deep.equal(['scheduled_date']);
    // The day is the one written, whatever the offset says.
    expect(ok(FollowUpInputSchema, { ...followUpInput, scheduled_date: '2028-02-29T23:30:00-05:00' })).to.equal(true);
  });

  it('ISO date-times: with an offset, seconds optional', () => {
    for (const good of ['2026-11-20T09:00:00Z', '2026-11-20T09:00Z', '2026-11-20T09:00:00.123+02:00', '2026-11-20T23:59:59-05:30']) {
      expect(ok(FollowUpInputSchema, { ...followUpInput, scheduled_date: good }), good).to.equal(true);
    }
    for (const bad of ['2026-11-20 09:00:00Z', '2026-11-20T09:00:00', '2026-11-20T24:00:00Z', '2026-11-20']) {
      expect(paths(FollowUpInputSchema, { ...followUpInput, scheduled_date: bad }), bad).to.deep.equal(['scheduled_date']);
    }
  });

  it('ids and page sizes are whole numbers in range', () => {
    expect(ok(LeadListParamsSchema, { page: 2, per_page: 100 })).to.equal(true);
    expect(paths(LeadListParamsSchema, { page: 1.5 })).to.deep.equal(['page']);
    expect(paths(LeadListParamsSchema, { page: 0 })).to.deep.equal(['page']);
    expect(paths(LeadListParamsSchema, { per_page: 101 })).to.deep.equal(['per_page']);
    expect(paths(LeadUpdateSchema, { pipeline_id: 2.5 })).to.deep.equal(['pipeline_id']);
  });

  it('sort and order accept only their known values', () => {
    expect(ok(LeadListParamsSchema, { sort: 'last_name', order: 'asc' })).to.equal(true);
    expect(paths(LeadListParamsSchema, { sort: 'title', order: 'up' })).to.deep.equal(['sort', 'order']);
  });

  it('updates accept any subset of the input, still checked', () => {
    expect(ok(LeadUpdateSchema, {})).to.equal(true);
    expect(ok(LeadUpdateSchema, { status: 'contacted' })).to.equal(true);
    expect(paths(LeadUpdateSchema, { email: 'nope' })).to.deep.equal(['email']);
  });

  it('assigned_to is a user id or a name', () => {
    expect(ok(LeadSchema, lead({ assigned_to: 4 }))).to.equal(true);
    expect(ok(LeadSchema, lead({ assigned_to: 'dr-lee' }))).to.equal(true);
    expect(paths(LeadSchema, lead({ assigned_to: true as never }))).to.deep.equal(['assigned_to']);
  });

  it('statistics records: counts by name, and { count, value } by stage', () => {
    const full = statistics({
      leads_by_status: { new: 3, lost: 1 },
      opportunities_by_stage: { proposal: { count: 2, value: 900 } },
    });
    expect(ok(StatisticsSchema, full)).to.equal(true);
    expect(paths(StatisticsSchema, { ...full, leads_by_status: { new: '3' } })).to.deep.equal(['leads_by_status']);
    expect(paths(StatisticsSchema, { ...full, leads_by_source: [1, 2] })).to.deep.equal(['leads_by_source']);
    expect(paths(StatisticsSchema, { ...full, opportunities_by_stage: { proposal: { count: 2 } } })).to.deep.equal([
      'opportunities_by_stage',
    ]);
  });
});
