// The demo's seeded CRM without the generator in the page. The demo build runs the mocks' seed
// generator (faker, most of the mock's weight) in Node and puts its rows here in its place
// (scripts/demo-build.mjs); the page moves their dates to its own clock when it seeds.
import type { SeedSizes } from '@mindbrite/crm-mocks';
import type { ContactRow, FollowUpRow, LeadRow, OpportunityRow } from '@mindbrite/crm-mocks';

interface SeededRows {
  leads: LeadRow[];
  contacts: ContactRow[];
  opportunities: OpportunityRow[];
  followUps: FollowUpRow[];
}

/** The rows the build generated, with what it generated them from. */
export interface PrecomputedSeed {
  seed: number;
  sizes: SeedSizes;
  /** The generator's clock, in ms: the rows' dates are relative to it. */
  madeAt: number;
  rows: SeededRows;
}

const DAY = 24 * 60 * 60 * 1000;
const INSTANTS = ['created_at', 'updated_at', 'scheduled_date', 'completed_date'];
const DAYS = ['expected_close_date'];

/** A copy of `row` whose instants are `shift` ms later and whose days are as many whole days later. */
function moved<Row extends object>(row: Row, shift: number): Row {
  const copy = { ...row } as Record<string, unknown>;
  for (const key of INSTANTS) {
    if (typeof copy[key] === 'string') copy[key] = new Date(Date.parse(copy[key]) + shift).toISOString();
  }
  for (const key of DAYS) {
    if (typeof copy[key] === 'string') copy[key] = new Date(Date.parse(copy[key]) + Math.round(shift / DAY) * DAY).toISOString().slice(0, 10);
  }
  return copy as Row;
}

/**
 * Stands in for the mocks' `seedRows`: the same rows the generator gives for that seed and those
 * sizes, as if generated at `now`. An empty CRM (every size 0, the `empty` scenario's) is empty;
 * any other seed or size was not generated, and says so.
 */
export function seedRowsFrom({ seed, sizes, madeAt, rows }: PrecomputedSeed) {
  return (askedSeed: number, askedSizes: SeedSizes, now: Date): SeededRows => {
    if (Object.values(askedSizes).every((size) => size === 0)) return { leads: [], contacts: [], opportunities: [], followUps: [] };
    if (askedSeed !== seed || (Object.keys(sizes) as (keyof SeedSizes)[]).some((table) => askedSizes[table] !== sizes[table])) {
      throw new Error(`The demo carries the rows of seed ${seed} with sizes ${JSON.stringify(sizes)} only`);
    }
    const shift = now.getTime() - madeAt;
    return {
      leads: rows.leads.map((row) => moved(row, shift)),
      contacts: rows.contacts.map((row) => moved(row, shift)),
      opportunities: rows.opportunities.map((row) => moved(row, shift)),
      followUps: rows.followUps.map((row) => moved(row, shift)),
    };
  };
}
