// Loaded with the first reminder of an agenda with `notify`.
import { MINUTE } from '../shared/follow-up-time.js';
import { intl } from '../shared/format.js';
import type { Reminder } from './reminders.controller.js';

/**
 * Shows `reminder` as a system notification where the user granted it: the subject, and the
 * contact with how soon in `locale`. `tag` is the same for a follow-up's two reminders, so the
 * second replaces the first.
 */
export function notify({ followUp }: Reminder, now: number, locale: string, tag: string): void {
  if (typeof Notification !== 'function' || Notification.permission !== 'granted') return;
  const minutes = Math.round((Date.parse(followUp.scheduled_date) - now) / MINUTE);
  const soon = intl('RelativeTimeFormat', locale, { numeric: 'auto' }).format(minutes, 'minute');
  new Notification(followUp.subject, { body: `${followUp.contact_name} · ${soon}`, tag });
}
