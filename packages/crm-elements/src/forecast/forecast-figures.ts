import { OPPORTUNITY_STAGES, type Opportunity } from '@mindbrite/crm-client';
import { isOpen, sumFigures, type Figures } from '../shared/opportunity-figures.js';

// The forecast's figures, from the same opportunities and the same sums as the pipeline board's
// columns, so the two agree to the cent. Months are counted as `year × 12 + month`, so "this
// month", "overdue" and "later" are plain comparisons, and a close date is read as the calendar
// date it names: no time zone moves `2026-11-30` into December.

/** What the forecast reads of an opportunity. */
export type ForecastOpportunity = Pick<Opportunity, 'stage' | 'value' | 'probability' | 'expected_close_date'>;

/** One month of the forecast: the open opportunities expected to close in it, and those won in it. */
export interface ForecastMonth {
  /** The month, as `year × 12 + month` (January 0), see `monthNumber`. */
  month: number;
  open: Figures;
  won: Figures;
}

export interface Forecast {
  months: ForecastMonth[];
  /** The period's sums, computed over its opportunities (not summed from the months' rounded parts). */
  total: { open: Figures; won: Figures };
  /** Open, expected to close before the first month. */
  overdue: Figures;
  /** Open, expected to close after the last month. */
  later: Figures;
  /** Open, without a readable expected close date. */
  undated: Figures;
  /** Stages outside the contract's, each counted as open, and how many opportunities are in them. */
  unknownStages: { stages: string[]; count: number };
}

/**
 * The month of an ISO date or date-time (`2026-11-20`, `2026-11-20T09:00:00Z`), as
 * `year × 12 + month` (January 0); `undefined` for anything else (null, empty, `soon`).
 * @example
 * monthNumber('2026-11-20'); // 24322 (2026 × 12 + 10)
 */
export function monthNumber(date: string | null | undefined): number | undefined {
  const match = /^(\d{4})-(0[1-9]|1[0-2])/.exec(date ?? '');
  return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : undefined;
}

/** The first day of `month` (a `monthNumber`) at midnight UTC, for `Intl.DateTimeFormat` with `timeZone: 'UTC'`. */
export const firstDayOf = (month: number): Date => new Date(Date.UTC(Math.floor(month / 12), month % 12, 1));

/**
 * The forecast of `count` months from `first` (a `monthNumber`, usually this month's): for each,
 * the open opportunities expected to close in it (their value is the best case, their weighted
 * value the forecast) and the won ones (`closed_won`, by their expected close date); the open ones
 * before, after and without a date apart. Closed lost ones count nowhere; every stage but the two
 * closed ones counts as open, unknown stages too, and those are named.
 * @example
 * const { months, total, overdue } = forecastOf(opportunities, monthNumber('2026-11-20')!, 6);
 */
export function forecastOf(opportunities: Iterable<ForecastOpportunity>, first: number, count: number): Forecast {
  const open = Array.from({ length: count }, (): ForecastOpportunity[] => []);
  const won = Array.from({ length: count }, (): ForecastOpportunity[] => []);
  const overdue: ForecastOpportunity[] = [];
  const later: ForecastOpportunity[] = [];
  const undated: ForecastOpportunity[] = [];
  const unknownStages = new Set<string>();
  let unknownCount = 0;
  for (const opportunity of opportunities) {
    const month = monthNumber(opportunity.expected_close_date);
    const index = month === undefined ? -1 : month - first;
    if (isOpen(opportunity)) {
      if (!(OPPORTUNITY_STAGES as readonly string[]).includes(opportunity.stage)) {
        unknownStages.add(opportunity.stage);
        unknownCount += 1;
      }
      (month === undefined ? undated : index < 0 ? overdue : index >= count ? later : open[index]!).push(opportunity);
    } else if (opportunity.stage === 'closed_won' && index >= 0 && index < count) {
      won[index]!.push(opportunity);
    }
  }
  return {
    months: open.map((opportunities, index) => ({ month: first + index, open: sumFigures(opportunities), won: sumFigures(won[index]!) })),
    total: { open: sumFigures(open.flat()), won: sumFigures(won.flat()) },
    overdue: sumFigures(overdue),
    later: sumFigures(later),
    undated: sumFigures(undated),
    unknownStages: { stages: [...unknownStages], count: unknownCount },
  };
}
