// Loaded on demand, beside the first load of the activity, so the element's first load is its shell.
import type { FollowUp } from '@mindbrite/crm-client';
import { css, html, nothing } from 'lit';
import type { ModuleHost } from '../base/module-host.js';
import { activityTimelineMessages } from '../messages/activity-timeline.js';
import { followUpTypeLabels } from '../messages/follow-up-types.js';
import { addStyles } from '../shared/add-styles.js';
import { distanceFrom, localDay } from '../shared/follow-up-time.js';
import { intl } from '../shared/format.js';
import { labelFor } from '../shared/labels.js';
import { plainText } from '../shared/text.js';

const entryStyles = css`
  ol {
    display: grid;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .days ol {
    gap: 0;
    margin-block-start: calc(var(--_space) * 0.5);
  }
  .day {
    font-weight: 600;
    color: var(--_color-text-muted);
  }
  /* Each entry hangs on a rail: its subject, then its type and time, then what came of it. */
  .entry {
    display: grid;
    justify-items: start;
    gap: calc(var(--_space) * 0.25);
    padding-block: calc(var(--_space) * 0.75);
    padding-inline-start: calc(var(--_space) * 1.5);
    border-inline-start: 2px solid var(--crm-activity-timeline-rail, var(--_color-border));
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .type {
    padding: 0 calc(var(--_space) * 0.5);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
    font-size: 0.85em;
  }
  .subject {
    min-height: 1.5rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_color-primary);
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  time {
    color: var(--_color-text-muted);
  }
  .description {
    white-space: pre-line;
  }
`;

/** When an entry happened: done, else (a note not marked done) when it was written for. */
const when = (followUp: FollowUp): string => followUp.completed_date || followUp.scheduled_date;

/** Milliseconds since the epoch of an entry, or `-Infinity` for a date that is no date (those go last). */
const at = (followUp: FollowUp): number => Date.parse(when(followUp)) || -Infinity;

/**
 * The activity's entries: which of a contact's follow-ups they are, in what order, and how they
 * look. Its styles join the element's when it loads.
 * @example
 * const entries = new ActivityEntries(moduleHost(this));
 * html`${entries.render(entries.of(followUps), { locale, now: new Date(), select })}`;
 */
export class ActivityEntries {
  constructor(private readonly host: ModuleHost) {
    addStyles(host.renderRoot, entryStyles);
  }

  /** The completed follow-ups and every note, newest first, by `completed_date` or else `scheduled_date`. */
  of(followUps: Iterable<FollowUp>): FollowUp[] {
    return [...followUps].filter((followUp) => followUp.completed || followUp.type === 'note').sort((a, b) => at(b) - at(a));
  }

  /**
   * `entries` as a list of days (`Monday, November 30, 2026`), each a list of what was done that
   * day: subject (a button calling `select`), type, time, outcome and details, CRM text as text.
   * A recent time is said relative to `now` ("3 hours ago"), an older one as its time of day.
   */
  render(entries: readonly FollowUp[], { locale, now, select }: { locale: string; now: Date; select: (followUp: FollowUp) => void }) {
    const words = this.host.t(activityTimelineMessages);
    const types = this.host.t(followUpTypeLabels);
    const days = new Map<string, FollowUp[]>();
    for (const entry of entries) {
      const day = Number.isFinite(at(entry)) ? localDay(new Date(when(entry))) : '';
      days.set(day, [...(days.get(day) ?? []), entry]);
    }
    const dayName = intl('DateTimeFormat', locale, { dateStyle: 'full' });
    const time = (value: string) => {
      const distance = distanceFrom(value, now);
      if (!distance) return plainText(value);
      return distance.unit === 'day'
        ? intl('DateTimeFormat', locale, { timeStyle: 'short' }).format(new Date(value))
        : intl('RelativeTimeFormat', locale, { numeric: 'auto' }).format(distance.value, distance.unit);
    };
    return html`<ol class="days" part="list">
      ${[...days].map(
        ([day, followUps], index) => html`<li>
          <p class="day" part="day" id="day-${index}">${day ? dayName.format(new Date(when(followUps[0]!))) : words.undated}</p>
          <ol aria-labelledby="day-${index}">
            ${followUps.map(
              (followUp) => html`<li class="entry" part="entry">
                <button class="subject" part="subject" type="button" @click=${() => select(followUp)}><bdi>${plainText(followUp.subject)}</bdi></button>
                <p class="meta">
                  <span class="type" part="type">${labelFor(types, followUp.type)}</span>
                  <time part="time" datetime=${when(followUp)}>${time(when(followUp))}</time>
                </p>
                ${followUp.outcome ? html`<p class="outcome" part="outcome">${words.outcomeIs(plainText(followUp.outcome))}</p>` : nothing}
                ${followUp.description ? html`<p class="description" part="description">${plainText(followUp.description)}</p>` : nothing}
              </li>`,
            )}
          </ol>
        </li>`,
      )}
    </ol>`;
  }
}
