import { en } from './english-plural.js';

/**
 * Strings of `<crm-forecast>`. Amounts, counts and months arrive formatted for the locale
 * (`Intl`); a month is a name and year such as `November 2026`, a range of them `Nov 2026 – Apr 2027`.
 */
export const forecastMessages = {
  label: 'Revenue forecast',
  /** Above the totals: the months they cover. */
  period: (months: string) => `Totals for ${months}`,
  weighted: 'Weighted forecast',
  bestCase: 'Best case',
  won: 'Won',
  chart: 'Forecast by month',
  month: 'Month',
  overdue: 'Overdue',
  /** What each mark of a month's bars shows. */
  legend: {
    weighted: 'Weighted: value × probability',
    bestCase: 'Best case: open value',
    won: 'Won in the month',
  },
  /** The chart as a screen reader hears it; the table that follows has every figure. */
  summary: (title: string, rows: string) => `${title}, bar chart: ${rows}.`,
  overdueRow: (weighted: string, bestCase: string) => `overdue, ${weighted} weighted of ${bestCase} open`,
  monthRow: (month: string, weighted: string, bestCase: string, won: string) => `${month}, ${weighted} weighted of ${bestCase} open, ${won} won`,
  showTable: 'Show figures as a table',
  undated: (count: string, value: string, n: number) =>
    `${count} open ${en(n, 'opportunity has', 'opportunities have')} no expected close date (${value}) and ${en(n, 'is', 'are')} left out of the forecast.`,
  later: (count: string, value: string, month: string, n: number) =>
    `${count} open ${en(n, 'opportunity is', 'opportunities are')} expected to close after ${month} (${value}).`,
  unknownStages: (stages: string, count: string, n: number) =>
    `${count} ${en(n, 'opportunity', 'opportunities')} in stages this forecast does not know (${stages}) ${en(n, 'is', 'are')} counted as open.`,
  empty: 'There are no opportunities to forecast yet.',
  refreshFailed: 'The forecast could not be refreshed.',
} as const;
