// The demo's precomputed seed (demo/precomputed-seed.ts): rows the mocks' generator made at one
// time, moved to another, are the rows it would have made then; the demo's page carries them
// instead of the generator.
import { createCrmDatabase, DEFAULT_SIZES } from '@mindbrite/crm-mocks';
import { expect } from '@open-wc/testing';
import { seedRowsFrom } from '../../demo/precomputed-seed.js';

const DAY = 24 * 60 * 60 * 1000;
const SEED = 2026;
const MADE_AT = Date.parse('2026-11-30T15:20:00.000Z');

/** The generator's rows for the demo's seed, as if generated at `now`. */
function generated(now: number) {
  const { leads, contacts, opportunities, followUps } = createCrmDatabase({ seed: SEED, now }).snapshot();
  return { leads: leads.rows, contacts: contacts.rows, opportunities: opportunities.rows, followUps: followUps.rows };
}

const precomputed = () => seedRowsFrom({ seed: SEED, sizes: DEFAULT_SIZES, madeAt: MADE_AT, rows: generated(MADE_AT) });

describe('the demo’s precomputed seed', () => {
  it('moved by whole days, is what the generator makes on that day', () => {
    const later = MADE_AT + 9 * DAY;
    expect(precomputed()(SEED, DEFAULT_SIZES, new Date(later))).to.deep.equal(generated(later));
  });

  it('moved by part of a day, moves every instant by as much and every day by the nearest whole days', () => {
    const shift = 2 * DAY + 7 * 60 * 60 * 1000;
    const moved = precomputed()(SEED, DEFAULT_SIZES, new Date(MADE_AT + shift));
    const original = generated(MADE_AT);
    const followUp = original.followUps.find(({ completed_date }) => completed_date)!;
    const movedFollowUp = moved.followUps.find(({ id }) => id === followUp.id)!;
    expect(Date.parse(movedFollowUp.scheduled_date) - Date.parse(followUp.scheduled_date)).to.equal(shift);
    expect(Date.parse(movedFollowUp.completed_date!) - Date.parse(followUp.completed_date!)).to.equal(shift);
    expect(Date.parse(moved.leads[0]!.created_at) - Date.parse(original.leads[0]!.created_at)).to.equal(shift);
    const opportunity = original.opportunities[0]!;
    const movedOpportunity = moved.opportunities.find(({ id }) => id === opportunity.id)!;
    expect(Date.parse(movedOpportunity.expected_close_date) - Date.parse(opportunity.expected_close_date)).to.equal(2 * DAY);
    expect(movedOpportunity.expected_close_date).to.match(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('gives the empty CRM (every size 0) no rows, and refuses a seed or sizes it was not made with', () => {
    const seedRows = precomputed();
    const none = { leads: 0, contacts: 0, opportunities: 0, followUps: 0 };
    expect(seedRows(SEED, none, new Date())).to.deep.equal({ leads: [], contacts: [], opportunities: [], followUps: [] });
    expect(() => seedRows(7, DEFAULT_SIZES, new Date())).to.throw(/seed 2026/);
    expect(() => seedRows(SEED, { ...DEFAULT_SIZES, leads: 10 }, new Date())).to.throw(/seed 2026/);
  });
});
