import { initialState, TaskStatus } from '@lit/task';
import type { CrmClient, CrmId, FollowUp } from '@mindbrite/crm-client';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CrmElement } from '../base/crm-element.js';
import { moduleHost, type ModuleHost } from '../base/module-host.js';
import { ClientChangesController } from '../controllers/client-changes.controller.js';
import { CrmTask } from '../controllers/crm-task.js';
import { LazyModule } from '../controllers/lazy-module.controller.js';
import { LoadingSpaceController } from '../controllers/loading-space.controller.js';
import { SlowLoadController } from '../controllers/slow-load.controller.js';
import { commonMessages, describeError } from '../messages/common.js';
import { followUpTypeLabels } from '../messages/follow-up-types.js';
import { followUpsMessages } from '../messages/follow-ups.js';
import type { CrmEventDetailMap, CrmEventName, CrmOperation } from '../shared/events.js';
import { agendaGroup, type AgendaGroup } from '../shared/follow-up-time.js';
import { intl } from '../shared/format.js';
import { recordIdAttribute } from '../shared/record-id.js';
import { renderAlert, renderEmpty, renderError } from '../shared/states.js';
import { clipText, plainText } from '../shared/text.js';
import { formatWhen, GROUPS, renderGroup, typeLabel, type AgendaView, type FollowUpsMessages } from './agenda.js';
import { followUpsStyles } from './crm-follow-ups.styles.js';
import { loadAgenda, OPEN_CAP, type Agenda } from './load-follow-ups.js';
import { MinuteTickController } from './minute-tick.controller.js';
import { FollowUpReminders, type Reminder } from './reminders.controller.js';

/**
 * The loading agenda's items: ten empty ones (three for one contact's agenda), with words of a
 * usual length so each is as tall as a real one. The agenda's data takes their place.
 */
const PLACES = Array.from({ length: 10 }, (_, id) => ({
  id,
  type: '',
  subject: 'Schedule first session',
  contact_name: 'Contact name',
  scheduled_date: '2000-01-01T12:00:00Z',
  description: '-',
}) as FollowUp);

/** What the agenda's on-demand actions may use of it, and no more. */
export interface FollowUpsContext {
  /** Where the snooze menu and the confirmation attach, and the actions' styles go. */
  readonly host: ModuleHost;
  client(): CrmClient | undefined;
  /** The follow-up with `id` as the agenda has it now. */
  followUp(id: CrmId): FollowUp | undefined;
  /** Shows `followUp` as given, in the group it now belongs to. */
  show(followUp: FollowUp): void;
  /** Takes the follow-up with `id` off the agenda. */
  remove(id: CrmId): void;
  /** Focuses the subject of the follow-up with `id`, the list when it is not shown. */
  focus(id: CrmId): Promise<void>;
  /** A subject as the agenda shows it. */
  subject(followUp: FollowUp): string;
  /** A date and time as the agenda shows it. */
  when(value: string): string;
  locale(): string;
  reportError(error: unknown, operation: CrmOperation): void;
  emit<Name extends CrmEventName>(name: Name, detail: CrmEventDetailMap[Name]): void;
}

/**
 * @summary The agenda of follow-ups: Overdue, Today, Next 7 days, Later and Completed, with
 * complete (and undo), reopen, snooze and delete, and reminders as follow-ups come due.
 *
 * It loads the open follow-ups (page after page, the nearest first; past 500 a note says how many
 * more the CRM has) and those completed in the last 30 days (one page), of `contact-id`'s contact
 * when set. Groups go by the day in the user's time zone; each is a heading with its count, its
 * follow-ups in time order (Completed, collapsed at first: newest first). The agenda regroups as
 * time passes (each minute, and when the page shows again) and reloads when its client reports a
 * change to follow-ups (a form, another widget, another tab).
 *
 * An item shows its type (a type the agenda does not know, as sent), subject, contact, time in the
 * locale ("due in 20 minutes", "2 days overdue" within a week) and its description on demand. Its
 * subject is a button that fires `crm-follow-up-select`. What the user may not do (the provider's
 * permissions) is not offered. The actions load on first use:
 * - Complete opens a field for an optional outcome; "Mark complete" sends one update
 *   `{ completed: true, completed_date, outcome }` and offers Undo for about six seconds (which
 *   sends `{ completed: false, completed_date: null, outcome: null }`). A CRM that answers without
 *   an `outcome` field keeps none: the outcome is then appended to the description in a second
 *   update (`"\n\nOutcome: …"`, the word in the agenda's language), which Undo puts back.
 * - Reopen (in Completed) makes it open again.
 * - Snooze: in 1 hour (from now, or from its time when that is later), tomorrow at the same time,
 *   or a date and time picked; each is an update of `scheduled_date`, sent in UTC.
 * - Delete asks first.
 * A failed action leaves the follow-up as it was, says what failed and fires `crm-error`.
 *
 * Reminders (`remind-before` minutes ahead, and when due; `reminders.controller.ts`) show at the
 * top with Dismiss and Complete, and are announced; with `notify`, a button asks for the
 * permission to show system notifications.
 *
 * In a narrow container (up to 400px) an item's parts stack, its actions in a row below.
 *
 * @fires crm-follow-up-select - A follow-up's subject was activated. `detail: { followUp }`.
 * @fires crm-follow-up-created - From the dialog of "Schedule follow-up": a follow-up was scheduled. `detail: { followUp }`.
 * @fires crm-follow-up-completed - A follow-up was marked complete and the CRM saved it. `detail: { followUp }` as saved.
 * @fires crm-follow-up-updated - A follow-up was reopened, completed undone, or snoozed, and the CRM saved it. `detail: { followUp }` as saved.
 * @fires crm-follow-up-deleted - A follow-up was deleted. `detail: { ids }`.
 * @fires crm-follow-up-due - A reminder: a follow-up is due in `remind-before` minutes (`when: 'soon'`) or now (`'due'`). `detail: { followUp, when }`.
 * @fires crm-error - Loading (`operation: 'load'`), an action (`'update'`, `'delete'`) or loading the actions' code (`'load'`) failed. `detail: { error, operation }`.
 * @fires crm-warning - The CRM sent records the client had to leave out. `detail: { operation: 'load', problems }`.
 *
 * @csspart toolbar - The filters, and the "Schedule follow-up" button.
 * @csspart schedule - The "Schedule follow-up" button, which opens `<crm-follow-up-dialog>` (for `contact-id`'s contact when set; its code loads then).
 * @csspart schedule-dialog - That `<crm-follow-up-dialog>` (style its inside through its own parts).
 * @csspart type-filter - The type select.
 * @csspart contact-filter - The contact name filter (not shown with `contact-id`).
 * @csspart reminder - A reminder, with its Dismiss and Complete buttons.
 * @csspart notify - The "Turn on notifications" button.
 * @csspart status - The live region that announces reminders.
 * @csspart notice - The outcome of the last action, with Undo after a completion.
 * @csspart undo - The notice's Undo button, offered for a few seconds after a completion.
 * @csspart group - One group: its heading and items.
 * @csspart toggle - Completed's heading: the button that shows and hides its items.
 * @csspart item - One follow-up.
 * @csspart type - An item's type, its sign and name.
 * @csspart subject - An item's subject: the button that selects it.
 * @csspart time - An item's time, and how near it is.
 * @csspart details - An item's description, shown on demand.
 * @csspart actions - An item's buttons.
 * @csspart complete - An item's Complete button.
 * @csspart snooze - An item's Snooze button, which opens the snooze menu.
 * @csspart reopen - A completed item's Reopen button.
 * @csspart delete - An item's Delete button.
 * @csspart item-form - The outcome field or the date picker inside an item.
 * @csspart row-menu - The snooze menu.
 * @csspart dialog - The confirmation before deleting.
 * @csspart capped - The note that there are more open follow-ups than loaded.
 * @csspart refresh-error - The note shown when a reload failed (the agenda stays).
 * @csspart slow - The note shown while loading is slow, with its Cancel button.
 * @csspart skeleton - The loading placeholder: the agenda with empty items, inert.
 * @csspart reminders - The reminders, floating over the bottom corner of the window (in the top layer, so they move nothing on the page).
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The retry button of the error states.
 *
 * @cssprop --crm-follow-ups-late - The colour of "overdue" (default: the danger colour).
 *
 * @example
 * <crm-follow-ups api-base="/api/crm" remind-before="15" notify></crm-follow-ups>
 */
export class CrmFollowUps extends CrmElement {
  static override styles = followUpsStyles;

  /** Show only this contact's follow-ups (the API's `contact_id`), e.g. on a contact's page; the contact filter is then not offered. */
  @property({ attribute: 'contact-id', converter: recordIdAttribute }) contactId?: CrmId;

  /** Minutes before a follow-up's time that its first reminder comes. */
  @property({ type: Number, attribute: 'remind-before' }) remindBefore = 10;

  /** Also show reminders as system notifications, once the user allows them (the agenda offers a button to ask). */
  @property({ type: Boolean }) notify = false;

  /** Show only follow-ups of this type; '' for all. */
  @property() type = '';

  /** Show only follow-ups whose contact's name contains this text (on the loaded ones). */
  @property() contact = '';

  @state() private agenda?: Agenda;
  @state() private completedShown = false;
  @state() private announcement = '';

  #context?: FollowUpsContext;
  /** Reminders already announced, so each is said once. */
  #announced = new Set<Reminder>();

  readonly #load = new CrmTask(this, {
    args: () => [this.crmClient, this.contactId] as const,
    task: ([client, contactId], { signal }) =>
      client ? loadAgenda(client, contactId, signal, (problems) => this.emit('crm-warning', { operation: 'load', problems })) : initialState,
    onComplete: (agenda) => (this.agenda = agenda),
    onError: (error) => this.reportError(error, 'load'),
  });

  readonly #slowLoad = new SlowLoadController(this, this.#load);
  readonly #reminders = new FollowUpReminders(this, {
    followUps: () => this.agenda?.followUps.filter(({ completed }) => !completed) ?? [],
    remindBefore: () => this.remindBefore,
    notify: () => this.notify,
  });
  /** Complete, undo, reopen, snooze and delete, with their notice, menu, fields and confirmation: loaded with the first action. */
  readonly #actions = new LazyModule(this, () => import('./follow-up-actions.js').then(({ FollowUpActions }) => new FollowUpActions(this.#agendaContext)));

  constructor() {
    super();
    new LoadingSpaceController(this);
    new MinuteTickController(this);
    new ClientChangesController(this, {
      client: () => this.crmClient,
      onChange: (changes) => {
        // The agenda's own actions it shows already; each is heard once.
        if (changes.filter(({ resource, id }) => resource === 'followUps' && !this.#actions.value?.heard(id)).length) this.reload();
      },
    });
  }

  /** Loads the follow-ups again; the agenda stays on screen meanwhile. */
  reload(): void {
    this.#load.reload();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('contactId') && this.contactId != null) this.contact = '';
    // Each new reminder is said once in the live region, the newest last.
    const fresh = this.#reminders.active.filter((reminder) => !this.#announced.has(reminder));
    this.#announced = new Set(this.#reminders.active);
    if (fresh.length) this.announcement = fresh.map((reminder) => this.#reminderText(reminder)).join(' ');
  }

  protected override updated(): void {
    // Where popovers are unknown the reminders stay in the flow, above the toolbar. (A popover out of the page cannot open.)
    const reminders = this.renderRoot.querySelector<HTMLElement>('.reminders');
    if (!this.isConnected || !reminders || !('togglePopover' in reminders)) return;
    // Only on a change: the toggle itself brings the page's style up to date, at every update.
    const open = this.#reminders.active.length > 0;
    if (reminders.matches(':popover-open') !== open) reminders.togglePopover(open);
  }

  get #agendaContext(): FollowUpsContext {
    return (this.#context ??= {
      host: moduleHost(this),
      client: () => this.crmClient,
      followUp: (id) => this.agenda?.followUps.find((followUp) => followUp.id === id),
      show: (followUp) => this.#replace((followUps) => followUps.map((each) => (each.id === followUp.id ? followUp : each))),
      remove: (id) => this.#replace((followUps) => followUps.filter((each) => each.id !== id)),
      focus: (id) => this.#focus(id),
      subject: (followUp) => clipText(plainText(followUp.subject)),
      when: (value) => formatWhen(value, this.effectiveLocale, new Date()),
      locale: () => this.effectiveLocale,
      reportError: (error, operation) => this.reportError(error, operation),
      emit: (name, detail) => this.emit(name, detail),
    });
  }

  #replace(change: (followUps: FollowUp[]) => FollowUp[]): void {
    if (this.agenda) this.agenda = { ...this.agenda, followUps: change(this.agenda.followUps) };
  }

  async #focus(id: CrmId): Promise<void> {
    const followUp = this.agenda?.followUps.find((each) => each.id === id);
    if (followUp?.completed) this.completedShown = true;
    await this.updateComplete;
    const item = this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(String(id))}"] .subject`);
    (item ?? this.renderRoot.querySelector<HTMLElement>('.root'))?.focus();
  }

  #reminderText({ followUp, when }: Reminder): string {
    const msg = this.t(followUpsMessages);
    const minutes = Math.max(1, Math.round((Date.parse(followUp.scheduled_date) - Date.now()) / 60_000));
    const lead = when === 'due' ? msg.dueNow : msg.dueIn(intl('RelativeTimeFormat', this.effectiveLocale).format(minutes, 'minute'));
    return `${lead}: ${clipText(plainText(followUp.subject))} — ${clipText(plainText(followUp.contact_name))}`;
  }

  /** The loaded follow-ups that pass the filters, by group in time order. */
  #grouped(now: Date): Map<AgendaGroup, FollowUp[]> {
    const groups = new Map<AgendaGroup, FollowUp[]>();
    const name = this.contactId == null ? this.contact.trim().toLocaleLowerCase() : '';
    const time = (value: string | null | undefined) => Date.parse(value ?? '') || Infinity;
    const ordered = [...(this.agenda?.followUps ?? [])].sort((a, b) => time(a.scheduled_date) - time(b.scheduled_date));
    for (const followUp of ordered) {
      if ((this.type && followUp.type !== this.type) || (name && !followUp.contact_name.toLocaleLowerCase().includes(name))) continue;
      const group = agendaGroup(followUp, now);
      if (groups.has(group)) groups.get(group)!.push(followUp);
      else groups.set(group, [followUp]);
    }
    groups.get('completed')?.sort((a, b) => time(b.completed_date ?? b.scheduled_date) - time(a.completed_date ?? a.scheduled_date));
    return groups;
  }

  readonly #retry = () => {
    this.reload();
    // The button goes with the error; focus stays in the widget, on the region it reloads.
    this.renderRoot.querySelector<HTMLElement>('.root')?.focus();
  };

  readonly #clearFilters = () => {
    this.type = this.contact = '';
    this.renderRoot.querySelector<HTMLElement>('#type')?.focus();
  };

  protected override render() {
    const common = this.t(commonMessages);
    const msg = this.t(followUpsMessages);
    // While its provider waits for a client, its own loading state: the same as when it loads.
    if (!this.crmClient && !this.waitsForClient) return renderAlert(common, common.noClient);
    const { status, error } = this.#load;
    const { agenda } = this;
    return html`<section class="root" tabindex="-1" aria-label=${msg.label} aria-busy=${String(status === TaskStatus.PENDING)}>
      ${this.#renderReminders(msg)} ${this.#renderToolbar(msg)} ${this.#actions.value?.render()}
      ${status === TaskStatus.ERROR && agenda ? renderAlert(common, `${msg.refreshFailed} ${describeError(error, common)}`, this.#retry, 'refresh-error') : nothing}
      ${this.#slowLoad.render()}
      ${agenda
        ? this.#renderAgenda(msg, agenda)
        : status === TaskStatus.ERROR
          ? renderError(common, error, this.#retry)
          : html`<div class="skeleton" part="skeleton" role="status" aria-busy="true">
              <span class="visually-hidden">${common.loading}</span>
              ${this.#renderPlaces(msg)}
            </div>`}
      <div class="visually-hidden" part="status" role="status">${this.announcement}</div>
    </section>`;
  }

  #renderReminders(msg: FollowUpsMessages) {
    const reminders = this.#reminders;
    const mayEdit = this.may('followUps', 'edit');
    return html`<div class="reminders" part="reminders" popover="manual">${reminders.active.map(
      (reminder) => html`<div class="reminder" part="reminder" data-when=${reminder.when}>
        <p>${this.#reminderText(reminder)}</p>
        <div class="actions">
          <button class="button" type="button" @click=${() => reminders.dismiss(reminder)}>${msg.dismiss}</button>
          ${mayEdit
            ? html`<button class="button primary" type="button" @click=${() => {
                reminders.dismiss(reminder);
                void this.#actions.get().then((actions) => actions?.complete(reminder.followUp));
              }}>${msg.complete}</button>`
            : nothing}
        </div>
      </div>`,
    )}</div>
    ${reminders.canAskToNotify
      ? html`<button class="button notify" part="notify" type="button" @click=${() => void reminders.askToNotify()}>${msg.turnOnNotifications}</button>`
      : nothing}`;
  }

  #renderToolbar(msg: FollowUpsMessages) {
    const types = new Set(['call', 'email', 'meeting', 'note', ...(this.agenda?.followUps.map(({ type }) => type) ?? []), this.type].filter(Boolean));
    return html`<div class="toolbar" part="toolbar">
      <label class="field">${msg.typeFilter}
        <select id="type" part="type-filter" @change=${(event: Event) => (this.type = (event.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!this.type}>${msg.allTypes}</option>
          ${[...types].map((type) => html`<option value=${type} ?selected=${type === this.type}>${typeLabel(this.t(followUpTypeLabels), type)}</option>`)}
        </select>
      </label>
      ${this.contactId == null
        ? html`<label class="field">${msg.contactFilter}
            <input type="search" part="contact-filter" autocomplete="off" placeholder=${msg.contactPlaceholder} .value=${this.contact}
              @input=${(event: Event) => (this.contact = (event.target as HTMLInputElement).value)} />
          </label>`
        : nothing}
      ${this.may('followUps', 'create')
        ? html`<button class="button primary schedule" type="button" part="schedule"
            @click=${() => void this.#actions.get().then((actions) => actions?.schedule(this.contactId))}>${msg.schedule}</button>`
        : nothing}
    </div>`;
  }

  /** The loading agenda's empty items, ten (three for one contact's). */
  #renderPlaces(msg: FollowUpsMessages) {
    return html`<div class="agenda places" inert aria-hidden="true">
      ${renderGroup('later', PLACES.slice(0, this.contactId == null ? 10 : 3), false, this.#view(msg))}
    </div>`;
  }

  #renderAgenda(msg: FollowUpsMessages, agenda: Agenda) {
    const now = new Date();
    const groups = this.#grouped(now);
    if (!groups.size) {
      return this.type || this.contact.trim()
        ? renderEmpty(msg.noMatches, html`<button class="button" type="button" @click=${this.#clearFilters}>${msg.clearFilters}</button>`)
        : renderEmpty(this.contactId == null ? msg.empty : msg.emptyForContact);
    }
    const view = this.#view(msg, now);
    const loaded = agenda.followUps.filter(({ completed }) => !completed).length;
    return html`<div class="agenda" @click=${this.#onClick}>
      ${GROUPS.map((group) => (groups.has(group) ? renderGroup(group, groups.get(group)!, this.completedShown, view) : nothing))}
    </div>
    ${agenda.openTotal > loaded && loaded >= OPEN_CAP
      ? html`<p class="capped" part="capped">${msg.capped(intl('NumberFormat', view.locale).format(loaded), intl('NumberFormat', view.locale).format(agenda.openTotal))}</p>`
      : nothing}`;
  }

  #view(msg: FollowUpsMessages, now = new Date()): AgendaView {
    const actions = this.#actions.value;
    return {
      msg,
      types: this.t(followUpTypeLabels),
      now,
      locale: this.effectiveLocale,
      mayEdit: this.may('followUps', 'edit'),
      mayDelete: this.may('followUps', 'delete'),
      menuFor: actions?.menuFor,
      formFor: actions?.formFor,
    };
  }

  /** Every item's buttons and Completed's toggle, delegated once for the agenda. */
  readonly #onClick = (event: MouseEvent) => {
    const control = (event.target as Element).closest<HTMLElement>('[data-action], .toggle');
    if (control?.matches('.toggle')) {
      this.completedShown = !this.completedShown;
      return;
    }
    const id = control?.closest<HTMLElement>('[data-id]')?.dataset.id;
    const followUp = this.agenda?.followUps.find((each) => String(each.id) === id);
    if (!control || !followUp) return;
    const action = control.dataset.action!;
    if (action === 'select') this.emit('crm-follow-up-select', { followUp });
    else void this.#actions.get().then((actions) => actions?.run(action, followUp, control));
  };
}
