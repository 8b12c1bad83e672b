import { intl } from './format.js';
import { plainText } from './text.js';

// A module of its own: only the contact history says dates relative to today, and it loads on demand.
const DAY = 864e5;
/** The unit a distance of days is said in, and its length in days: a week from 7 days, a month from 30, a year from 365. */
const SPANS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [['year', 365], ['month', 30], ['week', 7], ['day', 1]];

/**
 * A date said relative to today in `locale`, in calendar days or more (`Intl.RelativeTimeFormat`):
 * "tomorrow", "in 3 days", "last week"; text the API sends that is no date stays as it is.
 * @example
 * formatRelative('2026-12-03', 'en', new Date('2026-11-30T15:00')); // 'in 3 days'
 */
export function formatRelative(value: string, locale: string, now = new Date()): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return plainText(value);
  const day = (when: Date) => Date.UTC(when.getFullYear(), when.getMonth(), when.getDate()) / DAY;
  const days = day(date) - day(now);
  const [unit, length] = SPANS.find(([, length]) => Math.abs(days) >= length) ?? SPANS[3]!;
  return intl('RelativeTimeFormat', locale, { numeric: 'auto' }).format(Math.round(days / length), unit);
}
