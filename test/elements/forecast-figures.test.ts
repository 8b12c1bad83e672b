// The forecast's computation (src/forecast/forecast-figures.ts), as a pure function: months by
// expected close date, overdue, later and undated apart, won by month, unknown stages counted as
// open; checked against sums worked out by hand, and against the board's own sums.
import { expect } from '@open-wc/testing';
import { firstDayOf, forecastOf, monthNumber, type ForecastOpportunity } from '../../packages/crm-elements/src/forecast/forecast-figures.js';
import { byStage, isOpen, sumFigures } from '../../packages/crm-elements/src/shared/opportunity-figures.js';

const opportunity = (stage: string, value: number, probability: number, expected_close_date?: string | null): ForecastOpportunity =>
  expected_close_date === undefined ? { stage, value, probability } : { stage, value, probability, expected_close_date };

/** Today is 20 November 2026; six months: November 2026 to April 2027. */
const FIXTURE = [
  opportunity('proposal', 10_000, 50, '2026-11-25'), // November: 5,000 weighted
  opportunity('negotiation', 8_000, 75, '2026-12-10'), // December: 6,000
  opportunity('prospecting', 3_333, 10, '2027-02-01T09:00:00Z'), // February (a date-time): 333.30
  opportunity('qualification', 4_000, 25, '2026-10-31'), // overdue: 1,000
  opportunity('qualification', 2_500, 20, null), // undated: 500
  opportunity('proposal', 100, 50), // undated (no field at all): 50
  opportunity('proposal', 1_000, 50, 'soon'), // undated (no date): 500
  opportunity('closed_won', 7_000, 100, '2026-11-05'), // won in November
  opportunity('closed_lost', 9_000, 0, '2026-12-01'), // nowhere
  opportunity('on_hold', 6_000, 40, '2027-01-15'), // an unknown stage, open: January, 2,400
  opportunity('proposal', 5_000, 50, '2027-06-01'), // later
  opportunity('closed_won', 1_000, 100, '2026-10-15'), // won before the period: nowhere
  opportunity('negotiation', 1_200, 75, '2027-04-30'), // April, the last month: 900
  opportunity('closed_won', 2_000, 100, '2027-05-01'), // won after the period: nowhere
  opportunity('closed_won', 500, 100, null), // won, undated: nowhere
];

const NOVEMBER_2026 = 2026 * 12 + 10;

describe('forecast figures', () => {
  it('reads the month of an ISO date or date-time as written, and nothing else', () => {
    expect(monthNumber('2026-11-20')).to.equal(NOVEMBER_2026);
    expect(monthNumber('2026-11-30T23:59:59-11:00'), 'no time zone moves it').to.equal(NOVEMBER_2026);
    expect(monthNumber('2027-01-01')).to.equal(NOVEMBER_2026 + 2);
    for (const date of [null, undefined, '', 'soon', '2026-13-01', '2026-00-10', '26-11-20', '20261120']) expect(monthNumber(date), String(date)).to.equal(undefined);
    expect(firstDayOf(NOVEMBER_2026 + 2).toISOString()).to.equal('2027-01-01T00:00:00.000Z');
  });

  it('sums each month, overdue, later and undated as worked out by hand', () => {
    const forecast = forecastOf(FIXTURE, NOVEMBER_2026, 6);
    const figures = (count: number, value: number, weighted: number) => ({ count, value, weighted });
    const none = figures(0, 0, 0);
    expect(forecast.months.map(({ month }) => month)).to.deep.equal([0, 1, 2, 3, 4, 5].map((index) => NOVEMBER_2026 + index));
    expect(forecast.months.map(({ open }) => open)).to.deep.equal([
      figures(1, 10_000, 5_000),
      figures(1, 8_000, 6_000),
      figures(1, 6_000, 2_400),
      figures(1, 3_333, 333.3),
      none,
      figures(1, 1_200, 900),
    ]);
    expect(forecast.months.map(({ won }) => won)).to.deep.equal([figures(1, 7_000, 7_000), none, none, none, none, none]);
    expect(forecast.overdue).to.deep.equal(figures(1, 4_000, 1_000));
    expect(forecast.later).to.deep.equal(figures(1, 5_000, 2_500));
    expect(forecast.undated).to.deep.equal(figures(3, 3_600, 1_050));
    expect(forecast.total).to.deep.equal({ open: figures(5, 28_533, 14_633.3), won: figures(1, 7_000, 7_000) });
    expect(forecast.unknownStages).to.deep.equal({ stages: ['on_hold'], count: 1 });
  });

  it('accounts for every open opportunity exactly once, so its sums agree with the board\'s', () => {
    const forecast = forecastOf(FIXTURE, NOVEMBER_2026, 6);
    const parts = [forecast.overdue, forecast.total.open, forecast.later, forecast.undated];
    const board = [...byStage(FIXTURE)].filter(([stage]) => isOpen({ stage })).map(([, cards]) => sumFigures(cards));
    const sum = (figures: { count: number; value: number }[]) => figures.reduce((total, { count, value }) => ({ count: total.count + count, value: total.value + value }), { count: 0, value: 0 });
    expect(sum(parts)).to.deep.equal(sum(board));
    expect(sum(parts)).to.deep.equal({ count: 10, value: 41_133 });
  });

  it('sums the period over its opportunities, not over the months\' sums, so no cent drifts', () => {
    // 0.1 + 0.2 is not 0.3 in floating point: a total summed from the months would say 0.30000000000000004.
    const cents = [opportunity('proposal', 0.1, 100, '2026-11-01'), opportunity('proposal', 0.2, 100, '2026-12-01')];
    expect(forecastOf(cents, NOVEMBER_2026, 2).total.open).to.deep.equal(sumFigures(cents));
  });

  it('takes any number of months, and a period with nothing in it', () => {
    expect(forecastOf(FIXTURE, NOVEMBER_2026, 1).months).to.have.length(1);
    expect(forecastOf(FIXTURE, NOVEMBER_2026, 1).later.count).to.equal(5);
    const empty = forecastOf([], NOVEMBER_2026, 12);
    expect(empty.months).to.have.length(12);
    expect(empty.total.open).to.deep.equal({ count: 0, value: 0, weighted: 0 });
  });
});
