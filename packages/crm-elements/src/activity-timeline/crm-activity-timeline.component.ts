import { TaskStatus } from '@lit/task';
import type { CrmId, FollowUp } from '@mindbrite/crm-client';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CrmElement } from '../base/crm-element.js';
import { moduleHost } from '../base/module-host.js';
import { ClientChangesController } from '../controllers/client-changes.controller.js';
import { CrmTask } from '../controllers/crm-task.js';
import { LazyModule } from '../controllers/lazy-module.controller.js';
import { LoadingSpaceController } from '../controllers/loading-space.controller.js';
import { activityTimelineMessages } from '../messages/activity-timeline.js';
import { commonMessages, describeError } from '../messages/common.js';
import { recordIdAttribute } from '../shared/record-id.js';
import { renderAlert, renderEmpty, renderError, stateStyles } from '../shared/states.js';
import { themeStyles } from '../styles/theme.styles.js';
import { activityTimelineStyles } from './crm-activity-timeline.styles.js';

/** How many entries show at first, and how many more each "Show more" adds. */
const PAGE = 20;

/**
 * @summary Everything done with a contact, newest first: completed follow-ups with their outcomes,
 * and notes, with a quick box at the top to log a call or add a note in one step.
 *
 * The entries are the contact's follow-ups (all pages, read through the client filtered by
 * `contact_id`) that are completed, and those of type `note` whether completed or not, ordered by
 * `completed_date`, else `scheduled_date`, newest first, under the day they fall on in the user's
 * time zone. Each shows its type, subject, time (relative when within the last day: "3 hours
 * ago"; else the time of day, in the element's locale), outcome and details. The first 20 show;
 * "Show more" adds 20 at a time. Activating a subject fires `crm-follow-up-select`.
 *
 * The quick box creates a completed follow-up in one request: `{ contact_id, type, subject,
 * description, scheduled_date, completed: true, completed_date, outcome? }`, both dates the moment
 * it is sent, in UTC. The entry shows at the top, the box clears and focus returns to its summary;
 * a status region says so. A failure keeps what was typed and says why (a `422`'s messages beside
 * their fields). The box is hidden when the provider's permissions do not allow creating follow-ups.
 *
 * Stays current by itself: it loads again when follow-ups change through its client (another
 * widget or host code); a newer load, or removing the element, aborts the one under way.
 *
 * @fires crm-follow-up-created - A call or note was logged from the quick box. `detail: { followUp }`.
 * @fires crm-follow-up-select - The user activated an entry's subject. `detail: { followUp }`.
 * @fires crm-error - Loading the activity or logging an entry failed. `detail: { error, operation }`.
 *
 * @csspart log - The quick box (a form) at the top.
 * @csspart kind - Each of its toggle buttons choosing a call or a note.
 * @csspart field-error - The message beside a field the box could not save.
 * @csspart save - Its button that logs the entry.
 * @csspart log-error - The alert saying why an entry could not be logged.
 * @csspart list - The list of days.
 * @csspart day - The heading of a day.
 * @csspart entry - One entry.
 * @csspart type - Its type (Call, Note, …).
 * @csspart subject - Its subject, a button selecting it.
 * @csspart time - When it was done.
 * @csspart outcome - What came of it.
 * @csspart description - Its details.
 * @csspart show-more - The button showing more entries.
 * @csspart refresh-error - The note shown when a reload failed (the entries stay).
 * @csspart skeleton - Placeholder while the activity loads.
 * @csspart empty - Shown when there is nothing logged, or no contact.
 * @csspart error - The error state.
 * @csspart retry - The retry button of the error states.
 *
 * @cssprop --crm-activity-timeline-rail - The colour of the line joining the entries (default the border colour).
 *
 * @example
 * <crm-activity-timeline contact-id="42" api-base="/api/crm"></crm-activity-timeline>
 */
export class CrmActivityTimeline extends CrmElement {
  static override styles = [themeStyles, stateStyles, activityTimelineStyles];

  /** The contact whose activity shows; without one the element says so and loads nothing. */
  @property({ attribute: 'contact-id', converter: recordIdAttribute }) contactId?: CrmId;

  /** The entries last loaded (and logged since); they stay on screen while a reload runs or after it fails. */
  @state() private entries?: FollowUp[];
  @state() private shown = PAGE;

  /** Ids of the entries this element logged: their change events need no reload, it shows them already (a `stale` change has no id, so it reloads). */
  readonly #logged = new Set<CrmId | undefined>();

  // The entries' code and the quick box's load beside the first load of the activity (the
  // element's own first load is its shell), each once, when first needed.
  readonly #entries = new LazyModule(this, () => import('./activity-entries.js').then(({ ActivityEntries }) => new ActivityEntries(moduleHost(this))));
  readonly #quickLog = new LazyModule(this, () =>
    import('./quick-log.js').then(
      ({ QuickLog }) =>
        new QuickLog({
          host: moduleHost(this),
          client: () => this.crmClient,
          contactId: () => this.contactId,
          logged: (followUp) => {
            this.#logged.add(followUp.id);
            this.entries = [followUp, ...(this.entries ?? [])];
            // A load under way may have been answered before the entry was stored: it starts again.
            if (this.#load.status === TaskStatus.PENDING) this.refresh();
            this.emit('crm-follow-up-created', { followUp });
          },
          reportError: (error, operation) => this.reportError(error, operation),
        }),
    ),
  );

  readonly #load = new CrmTask(this, {
    args: () => [this.crmClient, this.contactId] as const,
    task: async ([client, contactId], { signal }) => {
      if (!client || contactId == null) return undefined;
      const entries = this.#entries.get();
      const followUps: FollowUp[] = [];
      for await (const followUp of client.followUps.iterate({ contact_id: contactId }, { signal })) followUps.push(followUp);
      // Code that could not load is an error with Retry, which loads it again.
      const module = await entries;
      if (!module) throw new Error('The activity could not be shown.');
      return module.of(followUps);
    },
    onComplete: (entries) => {
      if (entries) this.entries = entries;
    },
    onError: (error) => this.reportError(error, 'load'),
  });

  constructor() {
    super();
    new LoadingSpaceController(this);
    new ClientChangesController(this, {
      client: () => this.crmClient,
      onChange: (changes) => {
        if (changes.some(({ resource, id }) => resource === 'followUps' && !this.#logged.has(id))) this.refresh();
      },
    });
  }


  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another contact's activity is not this one's, nor is what was typed for it.
    if (changed.has('contactId')) {
      this.entries = undefined;
      this.shown = PAGE;
      this.#quickLog.value?.reset();
    }
    if (this.contactId != null && this.may('followUps', 'create')) void this.#quickLog.get();
  }

  /** Loads the activity again; the entries on screen stay meanwhile. */
  refresh(): void {
    this.#load.reload();
  }

  protected override render() {
    const common = this.t(commonMessages);
    const words = this.t(activityTimelineMessages);
    // While its provider waits for a client, its own loading state: the same as when it loads.
    if (!this.crmClient && !this.waitsForClient) return renderAlert(common, common.noClient);
    if (this.contactId == null) return renderEmpty(words.noContact);
    const { status, error } = this.#load;
    const { entries } = this;
    const failed = status === TaskStatus.ERROR;
    const retry = () => {
      this.refresh();
      // The button goes with the error; focus stays in the widget, on the region it reloads.
      this.renderRoot.querySelector('section')?.focus();
    };
    return html`${this.may('followUps', 'create') ? this.#quickLog.value?.render() : nothing}
      <section tabindex="-1" aria-label=${words.label} aria-busy=${String(status === TaskStatus.PENDING)}>
        ${entries
          ? html`${failed ? renderAlert(common, `${words.refreshFailed} ${describeError(error, common)}`, retry, 'refresh-error') : nothing}
            ${entries.length
              ? html`${this.#entries.value?.render(entries.slice(0, this.shown), {
                  locale: this.effectiveLocale,
                  now: new Date(),
                  select: (followUp) => this.emit('crm-follow-up-select', { followUp }),
                })}
                ${entries.length > this.shown
                  ? html`<button class="button" type="button" part="show-more" @click=${this.#showMore}>${words.showMore}</button>`
                  : nothing}`
              : renderEmpty(words.empty)}`
          : failed
            ? renderError(common, error, retry)
            : // A page of empty entries on their rail: its space, whatever the contact's activity turns out to be.
              html`<div class="skeleton" part="skeleton" role="status" aria-busy="true">
                <span class="visually-hidden">${common.loading}</span>
                ${Array.from({ length: PAGE }, () => html`<div class="place" aria-hidden="true"><div class="skeleton-line"></div><div class="skeleton-line"></div></div>`)}
              </div>`}
      </section>`;
  }

  readonly #showMore = async () => {
    const first = this.shown;
    this.shown += PAGE;
    await this.updateComplete;
    // The button may go with the last entries: focus moves to the first entry it brought.
    this.renderRoot.querySelectorAll<HTMLElement>('[part="subject"]')[first]?.focus();
  };
}
