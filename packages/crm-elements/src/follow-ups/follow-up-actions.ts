// Loaded on demand by the agenda's first action, so a host whose users only look at the agenda
// never downloads the updates, the undo, the snooze menu, the fields and the confirmation.
import type { CrmId, FollowUp, FollowUpUpdate } from '@mindbrite/crm-client';
import type { CrmFollowUpDialog } from '../follow-up-dialog/crm-follow-up-dialog.component.js';
import { css, html, nothing, type TemplateResult } from 'lit';
import { ConfirmController } from '../controllers/confirm.controller.js';
import { confirmStyles } from '../controllers/confirm.styles.js';
import { commonMessages, describeError } from '../messages/common.js';
import { followUpsActionMessages } from '../messages/follow-ups-actions.js';
import { renderNotice, noticeStyles, type Notice } from '../records-list/notice.js';
import { RowMenu, rowMenuStyles } from '../records-list/row-menu.js';
import { addStyles } from '../shared/add-styles.js';
import type { CrmOperation } from '../shared/events.js';
import { fromLocalInput, MINUTE, startOfDay, toLocalInput } from '../shared/follow-up-time.js';
import type { FollowUpsContext } from './crm-follow-ups.component.js';

/** How long Undo is offered after a completion (longer while focus is in the notice). */
const UNDO_FOR = 6000;

const actionStyles = css`
  ${rowMenuStyles}
  ${confirmStyles}
  ${noticeStyles}
  :host {
    /* The menu's elevation, as every overlay of ours has it. */
    --_shadow-overlay: 0 8px 24px light-dark(rgb(0 0 0 / 0.2), rgb(0 0 0 / 0.6));
  }
  .item-form {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space);
  }
  .item-form label {
    display: grid;
    flex: 1 1 12rem;
    gap: 0.25rem;
    color: var(--_color-text-muted);
  }
  .notice-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
`;

type Form = { id: CrmId; kind: 'complete' | 'pick' };

/**
 * The agenda's actions on one follow-up: complete (with an optional outcome) and undo, reopen,
 * snooze (a menu: in an hour, tomorrow, a picked date) and delete (after a confirmation). Each is
 * one update or delete sent to the CRM; the agenda shows the answer. The outcome of the last action
 * shows in a notice, which takes focus: the button that started it is often gone by then.
 */
export class FollowUpActions {
  #notice?: Notice;
  #noticeTimer?: ReturnType<typeof setTimeout>;
  #form?: Form;
  /** Ids of the changes this module made, whose `change` events need no reload: the agenda shows them already. */
  readonly #saving = new Set<CrmId | undefined>();
  /** Follow-ups with a request on its way: a second press (a double click) sends nothing more. */
  readonly #busy = new Set<CrmId>();
  readonly #menu: RowMenu;
  readonly #confirmation: ConfirmController;

  constructor(private readonly agenda: FollowUpsContext) {
    this.#menu = new RowMenu(agenda.host);
    this.#confirmation = new ConfirmController(agenda.host);
    addStyles(agenda.host.renderRoot, actionStyles);
  }

  get #msg() {
    return this.agenda.host.t(followUpsActionMessages);
  }

  /** Whether the dialog of "Schedule follow-up" is on the page: from its first opening on. */
  #scheduling = false;

  /** Opens the dialog that schedules a new follow-up, for `contactId` when given; its code loads with the first opening. */
  async schedule(contactId?: CrmId): Promise<void> {
    const { host } = this.agenda;
    try {
      await import('../follow-up-dialog/crm-follow-up-dialog.js');
    } catch (error) {
      this.agenda.reportError(error, 'load');
      return;
    }
    this.#scheduling = true;
    host.requestUpdate();
    await host.updateComplete;
    await host.renderRoot.querySelector<CrmFollowUpDialog>('crm-follow-up-dialog')?.open({ contactId });
  }

  /** The id of the follow-up whose snooze menu is open. */
  get menuFor(): CrmId | undefined {
    return this.#menu.openFor;
  }

  /** Whether the client's `change` event for `id` is one of these actions' (each is heard once; a `stale` change, with no id, is none). */
  heard(id: CrmId | undefined): boolean {
    return this.#saving.delete(id);
  }

  /** An item's button was pressed. */
  run(action: string, followUp: FollowUp, button: HTMLElement): void {
    if (action === 'complete') void this.#open({ id: followUp.id, kind: 'complete' });
    else if (action === 'reopen') void this.#reopen(followUp);
    else if (action === 'delete') void this.#delete(followUp);
    else if (action === 'snooze') void this.#openSnooze(followUp, button);
  }

  /**
   * Marks `followUp` complete with `outcome`: one update. A CRM whose answer has no `outcome` field
   * keeps none, so the outcome then goes into the description, in a second update.
   */
  async complete(followUp: FollowUp, outcome = ''): Promise<void> {
    const msg = this.#msg;
    const subject = this.agenda.subject(followUp);
    const text = outcome.trim();
    await this.#save(followUp, { completed: true, completed_date: new Date().toISOString(), ...(text ? { outcome: text } : {}) }, 'update', msg.completeFailed, async (saved) => {
      let undo: FollowUpUpdate = { completed: false, completed_date: null, outcome: null };
      if (text && saved.outcome === undefined) {
        const line = `${msg.outcomeWord}: ${text}`;
        saved = await this.#send(saved.id, { description: saved.description ? `${saved.description}\n\n${line}` : line });
        undo = { ...undo, description: followUp.description };
      }
      this.#form = undefined;
      this.agenda.show(saved);
      this.agenda.emit('crm-follow-up-completed', { followUp: saved });
      await this.#say({ tone: 'success', text: msg.completed(subject) }, () => void this.#undo(saved, undo));
    });
  }

  async #undo(followUp: FollowUp, changes: FollowUpUpdate): Promise<void> {
    await this.#save(followUp, changes, 'update', this.#msg.updateFailed, async (saved) => {
      this.agenda.show(saved);
      this.agenda.emit('crm-follow-up-updated', { followUp: saved });
      await this.#say({ tone: 'success', text: this.#msg.reopened(this.agenda.subject(saved)) });
      await this.agenda.focus(saved.id);
    });
  }

  #reopen(followUp: FollowUp): Promise<void> {
    return this.#undo(followUp, { completed: false, completed_date: null });
  }

  #snooze(followUp: FollowUp, scheduled_date: string): Promise<void> {
    return this.#save(followUp, { scheduled_date }, 'update', this.#msg.updateFailed, async (saved) => {
      this.#form = undefined;
      this.agenda.show(saved);
      this.agenda.emit('crm-follow-up-updated', { followUp: saved });
      await this.#say({ tone: 'success', text: this.#msg.snoozed(this.agenda.subject(saved), this.agenda.when(saved.scheduled_date)) });
    });
  }

  #openSnooze(followUp: FollowUp, button: HTMLElement): Promise<void> {
    const msg = this.#msg;
    const now = Date.now();
    const at = new Date(followUp.scheduled_date);
    // An hour on from now, or from its time when that is later; tomorrow at its time of day.
    const inAnHour = new Date(Math.max(now, at.getTime() || now) + 60 * MINUTE).toISOString();
    const tomorrow = startOfDay(new Date(now), 1);
    if (!Number.isNaN(at.getTime())) tomorrow.setHours(at.getHours(), at.getMinutes());
    const items = [
      { action: inAnHour, label: msg.inAnHour },
      { action: tomorrow.toISOString(), label: msg.tomorrow },
      { action: 'pick', label: msg.pickDate },
    ];
    return this.#menu.open(followUp.id, msg.snoozeMenu(this.agenda.subject(followUp)), items, button, (choice) => {
      if (choice === 'pick') void this.#open({ id: followUp.id, kind: 'pick' });
      else void this.#snooze(this.agenda.followUp(followUp.id) ?? followUp, choice);
    });
  }

  async #delete(followUp: FollowUp): Promise<void> {
    const msg = this.#msg;
    const subject = this.agenda.subject(followUp);
    const confirmed = await this.#confirmation.ask({ title: msg.deleteTitle(subject), body: msg.deleteBody, confirmLabel: msg.deleteAction, tone: 'danger' });
    if (!confirmed) return;
    await this.#save(followUp, undefined, 'delete', msg.deleteFailed, async () => {
      this.agenda.remove(followUp.id);
      this.agenda.emit('crm-follow-up-deleted', { ids: [followUp.id] });
      await this.#say({ tone: 'success', text: msg.deleted(subject) });
    });
  }

  /** Sends `changes` (or the delete) and runs `done` with the answer; a failure leaves the follow-up as it was and says so. */
  async #save(
    followUp: FollowUp,
    changes: FollowUpUpdate | undefined,
    operation: CrmOperation,
    failed: (subject: string) => string,
    done: (saved: FollowUp) => Promise<void>,
  ): Promise<void> {
    const client = this.agenda.client();
    if (!client || this.#busy.has(followUp.id)) return;
    this.#busy.add(followUp.id);
    try {
      let saved = followUp;
      if (changes) saved = await this.#send(followUp.id, changes);
      else {
        this.#saving.add(followUp.id);
        await client.followUps.delete(followUp.id);
      }
      await done(saved);
    } catch (error) {
      this.#saving.delete(followUp.id);
      this.agenda.reportError(error, operation);
      await this.#say({ tone: 'error', text: `${failed(this.agenda.subject(followUp))} ${describeError(error, this.agenda.host.t(commonMessages))}` });
    } finally {
      this.#busy.delete(followUp.id);
    }
  }

  #send(id: CrmId, changes: FollowUpUpdate): Promise<FollowUp> {
    this.#saving.add(id);
    return this.agenda.client()!.followUps.update(id, changes);
  }

  /** Shows `notice` (with Undo when `undo` is given, for a few seconds) and focuses it. */
  async #say(notice: Notice, undo?: () => void): Promise<void> {
    const { host } = this.agenda;
    clearTimeout(this.#noticeTimer);
    this.#notice = undo
      ? {
          ...notice,
          text: html`<span class="notice-actions">${notice.text}<button class="button" type="button" part="undo" @click=${() => {
            this.#notice = undefined;
            undo();
          }}>${this.#msg.undo}</button></span>`,
        }
      : notice;
    host.requestUpdate();
    if (undo) this.#noticeTimer = setTimeout(() => this.#expire(), UNDO_FOR);
    await host.updateComplete;
    host.renderRoot.querySelector<HTMLElement>('[part="notice"]')?.focus();
  }

  /** Undo's time is up: the notice goes, unless the user is in it (then it waits for them to leave). */
  #expire(): void {
    const { host } = this.agenda;
    if (host.renderRoot.querySelector('[part="notice"]')?.contains(host.renderRoot.activeElement)) {
      this.#noticeTimer = setTimeout(() => this.#expire(), UNDO_FOR);
      return;
    }
    this.#notice = undefined;
    host.requestUpdate();
  }

  async #open(form: Form): Promise<void> {
    this.#form = form;
    const { host } = this.agenda;
    host.requestUpdate();
    await host.updateComplete;
    host.renderRoot.querySelector<HTMLElement>('[part="item-form"] textarea, [part="item-form"] input')?.focus();
  }

  #close(id: CrmId): void {
    this.#form = undefined;
    this.agenda.host.requestUpdate();
    void this.agenda.focus(id);
  }

  /** The outcome field or the date picker of the item it was opened for; Escape or Cancel closes it. */
  readonly formFor = (followUp: FollowUp): TemplateResult | typeof nothing => {
    const form = this.#form;
    if (form?.id !== followUp.id) return nothing;
    const msg = this.#msg;
    const common = this.agenda.host.t(commonMessages);
    const complete = form.kind === 'complete';
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const value = ((event.target as HTMLFormElement).elements.namedItem('value') as HTMLInputElement).value;
      if (complete) void this.complete(followUp, value);
      else {
        const at = fromLocalInput(value);
        if (at) void this.#snooze(followUp, at);
      }
    };
    return html`<form class="item-form" part="item-form" @submit=${submit}
      @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && (event.preventDefault(), this.#close(followUp.id))}>
      <label>${complete ? msg.outcomeLabel : msg.newTime}
        ${complete
          ? html`<textarea name="value" rows="2" maxlength="2000"></textarea>`
          : html`<input name="value" type="datetime-local" required .value=${toLocalInput(followUp.scheduled_date)} />`}
      </label>
      <button class="button primary">${complete ? msg.markComplete : common.save}</button>
      <button class="button" type="button" @click=${() => this.#close(followUp.id)}>${common.cancel}</button>
    </form>`;
  };

  /** The notice of the last action, the snooze menu (in the top layer when open) and the confirmation. */
  render() {
    const common = this.agenda.host.t(commonMessages);
    return html`${renderNotice(this.#notice, common.close, () => {
      this.#notice = undefined;
      this.agenda.host.requestUpdate();
    })}${this.#menu.render()}${this.#confirmation.render()}${this.#scheduling
      ? html`<crm-follow-up-dialog part="schedule-dialog" .client=${this.agenda.client()}></crm-follow-up-dialog>`
      : nothing}`;
  }
}
