import type { FollowUp } from '@mindbrite/crm-client';

// Follow-ups live in the user's time zone: days start at local midnight, and a date-time the user
// picks is local. What the API sends and receives are instants (ISO 8601 with `Z` or an offset).

export const MINUTE = 60_000;

/** Local midnight of `date`'s day, `days` days on (negative: back); daylight saving time changes keep it at midnight. */
export const startOfDay = (date: Date, days = 0): Date => new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);

const pad = (value: number) => String(value).padStart(2, '0');

/** `date`'s local calendar day as `YYYY-MM-DD`, as the follow-ups' `from` and `to` take it. */
export const localDay = (date: Date): string => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** An instant as a `datetime-local` input shows it: `YYYY-MM-DDTHH:mm` in the user's zone; `''` for no date. */
export function toLocalInput(value: string | Date | null | undefined): string {
  const date = value == null ? undefined : new Date(value);
  if (!date || Number.isNaN(date.getTime())) return '';
  return `${localDay(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * A `datetime-local` value (the user's wall time) as the instant the API takes, in UTC:
 * `2026-11-30T09:00` in New York is `2026-11-30T14:00:00.000Z`. `undefined` when it is no date.
 */
export function fromLocalInput(value: string): string | undefined {
  // A date-time without an offset is local time (ECMAScript's Date.parse).
  const date = /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value) ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
}

/** Where the agenda files a follow-up: open ones by their day in the user's zone, done ones apart. */
export type AgendaGroup = 'overdue' | 'today' | 'week' | 'later' | 'completed';

/**
 * The group of `followUp` at `now`: Overdue is an open follow-up of an earlier day; Today holds all
 * of today's (those already past say so); "Next 7 days" the seven days after today; Later the rest,
 * and a date the API sent that is no date (shown as sent).
 */
export function agendaGroup(followUp: Pick<FollowUp, 'completed' | 'scheduled_date'>, now: Date): AgendaGroup {
  if (followUp.completed) return 'completed';
  const at = Date.parse(followUp.scheduled_date);
  if (Number.isNaN(at)) return 'later';
  if (at < startOfDay(now).getTime()) return 'overdue';
  if (at < startOfDay(now, 1).getTime()) return 'today';
  return at < startOfDay(now, 8).getTime() ? 'week' : 'later';
}

/**
 * The distance from `now` to `value` in the unit a person would say it in: minutes below an hour,
 * hours below a day, else calendar days in the user's zone. Negative: in the past. `undefined`
 * for text that is no date.
 */
export function distanceFrom(value: string, now: Date): { value: number; unit: 'minute' | 'hour' | 'day' } | undefined {
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) return undefined;
  const minutes = Math.round((at.getTime() - now.getTime()) / MINUTE);
  if (Math.abs(minutes) < 60) return { value: minutes, unit: 'minute' };
  if (Math.abs(minutes) < 1440) return { value: Math.trunc(minutes / 60), unit: 'hour' };
  return { value: Math.round((startOfDay(at).getTime() - startOfDay(now).getTime()) / (1440 * MINUTE)), unit: 'day' };
}
