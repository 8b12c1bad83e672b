import type { CrmId, FollowUp } from '@mindbrite/crm-client';
import { html, nothing, type TemplateResult } from 'lit';
import type { Localized } from '../localize/types.js';
import type { followUpsMessages } from '../messages/follow-ups.js';
import { distanceFrom, type AgendaGroup } from '../shared/follow-up-time.js';
import { intl } from '../shared/format.js';
import { toneOf } from '../shared/tones.js';
import { clipText, plainText } from '../shared/text.js';

export type FollowUpsMessages = Localized<typeof followUpsMessages>;

/** The groups in the agenda's order. */
export const GROUPS: readonly AgendaGroup[] = ['overdue', 'today', 'week', 'later', 'completed'];

/** A sign for each known type, beside its name (never alone). */
const ICONS: Readonly<Record<string, string>> = { call: '☎', email: '✉', meeting: '◎', note: '✎' };

/** What rendering the agenda needs, made once per render. */
export interface AgendaView {
  msg: FollowUpsMessages;
  /** The names of the follow-up types in the agenda's language. */
  types: Readonly<Record<string, string>>;
  now: Date;
  locale: string;
  mayEdit: boolean;
  mayDelete: boolean;
  /** The follow-up whose snooze menu is open. */
  menuFor?: CrmId;
  /** What the actions show inside an item (the outcome field, the date picker), once they are loaded. */
  formFor?: (followUp: FollowUp) => TemplateResult | typeof nothing;
}

/** A type's name in the agenda's language; a type it does not know, as the CRM sent it. */
export const typeLabel = (types: Readonly<Record<string, string>>, type: string): string =>
  Object.hasOwn(types, type) ? types[type]! : clipText(plainText(type), 40);

/** A date and time in `locale`, with the weekday (and the year, when not this year's); only the time for today's. */
export function formatWhen(value: string, locale: string, now: Date): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return clipText(plainText(value), 40);
  const today = date.toDateString() === now.toDateString();
  return intl(
    'DateTimeFormat',
    locale,
    today
      ? { timeStyle: 'short' }
      : { weekday: 'short', month: 'short', day: 'numeric', year: date.getFullYear() === now.getFullYear() ? undefined : 'numeric', hour: 'numeric', minute: '2-digit' },
  ).format(date);
}

/** How near an open follow-up is, for those within a week: "due in 20 minutes", "due tomorrow", "2 days overdue". */
function relative({ scheduled_date }: FollowUp, { msg, locale, now }: AgendaView): string | undefined {
  const distance = distanceFrom(scheduled_date, now);
  if (!distance || (distance.unit === 'day' && Math.abs(distance.value) > 7)) return undefined;
  const { value, unit } = distance;
  if (Date.parse(scheduled_date) >= now.getTime()) return msg.due(intl('RelativeTimeFormat', locale, { numeric: 'auto' }).format(value, unit));
  // Late by less than a minute is late by one.
  return msg.overdue(intl('NumberFormat', locale, { style: 'unit', unit, unitDisplay: 'long' }).format(Math.max(1, -value)));
}

function renderItem(followUp: FollowUp, view: AgendaView): TemplateResult {
  const { msg, mayEdit, mayDelete, locale, now } = view;
  const { id, type, completed } = followUp;
  const key = `fu-${String(id).replace(/\W/g, '_')}`;
  const late = !completed && Date.parse(followUp.scheduled_date) < now.getTime();
  // A completed one says when it was done.
  const shown = (completed && followUp.completed_date) || followUp.scheduled_date;
  const near = completed ? undefined : relative(followUp, view);
  const description = plainText(followUp.description).trim();
  const outcome = plainText(followUp.outcome).trim();
  const button = (action: string, label: string, extra?: Record<string, string>) =>
    html`<button class="button" type="button" part=${action} data-action=${action} aria-describedby=${key}
      aria-haspopup=${extra?.popup ?? nothing} aria-expanded=${extra?.expanded ?? nothing}>${label}</button>`;
  return html`<li class="item" part="item" data-id=${String(id)} data-type=${toneOf(type)}>
    <div class="head">
      <span class="type" part="type"><span class="icon" aria-hidden="true">${Object.hasOwn(ICONS, type) ? ICONS[type] : '•'}</span>${typeLabel(view.types, type)}</span>
      <button class="subject" part="subject" type="button" data-action="select" id=${key}>${clipText(plainText(followUp.subject))}</button>
      <bdi class="contact">${clipText(plainText(followUp.contact_name))}</bdi>
      <span class="when" part="time">
        <time datetime=${shown}>${completed ? msg.done(formatWhen(shown, locale, now)) : formatWhen(shown, locale, now)}</time>
        ${near ? html`<span class=${late ? 'late' : 'soon'}>${near}</span>` : nothing}
      </span>
    </div>
    ${mayEdit || mayDelete
      ? html`<div class="actions" part="actions">
          ${mayEdit
            ? completed
              ? button('reopen', msg.reopen)
              : [button('complete', msg.complete), button('snooze', msg.snooze, { popup: 'menu', expanded: String(view.menuFor === id) })]
            : nothing}
          ${mayDelete ? button('delete', msg.delete) : nothing}
        </div>`
      : nothing}
    ${outcome ? html`<p class="outcome"><span class="muted">${msg.outcome}:</span> ${outcome}</p>` : nothing}
    ${description ? html`<details part="details"><summary>${msg.details}</summary><p class="description">${description}</p></details>` : nothing}
    ${view.formFor?.(followUp) ?? nothing}
  </li>`;
}

/** One group: its heading with its count, and its items; Completed's heading is the button that shows them. */
export function renderGroup(group: AgendaGroup, items: readonly FollowUp[], expanded: boolean, view: AgendaView): TemplateResult {
  const count = html`<span class="count">${intl('NumberFormat', view.locale).format(items.length)}</span>`;
  const name = view.msg.groups[group];
  const collapsible = group === 'completed';
  return html`<section class="group" part="group" data-group=${group} aria-labelledby="h-${group}">
    <h3 id="h-${group}">
      ${collapsible
        ? html`<button class="toggle" part="toggle" type="button" aria-expanded=${String(expanded)} aria-controls="l-${group}">
            <span class="chevron" aria-hidden="true"></span>${name} ${count}
          </button>`
        : html`${name} ${count}`}
    </h3>
    <ul class="items" id="l-${group}" ?hidden=${collapsible && !expanded}>${collapsible && !expanded ? nothing : items.map((item) => renderItem(item, view))}</ul>
  </section>`;
}
