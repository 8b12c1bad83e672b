import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { CrmElement } from '../base/crm-element.js';
import { ConfirmController } from '../controllers/confirm.controller.js';
import { confirmStyles } from '../controllers/confirm.styles.js';
import type { CrmLeadForm } from '../lead-form/crm-lead-form.component.js';
import { commonMessages, leadDialogMessages as msg, leadFormMessages } from '../messages/index.js';
import { stateStyles } from '../shared/states.js';
import { themeStyles } from '../styles/theme.styles.js';
import { leadDialogStyles } from './crm-lead-dialog.styles.js';

/** What `open()` takes: the lead to edit, or nothing to create one. */
export interface LeadDialogOpenOptions {
  leadId?: number;
}

/**
 * @summary A modal dialog hosting `<crm-lead-form>`: create or edit a lead without leaving the
 * page. Closing it with unsaved changes asks first.
 *
 * API:
 * - `open({ leadId? })` shows the dialog with a fresh form (editing `leadId`, or creating); the
 *   returned promise settles once the dialog is shown and focus is inside it.
 * - `requestClose()` closes as the close button does: when the form has unsaved changes it asks
 *   "Discard unsaved changes?" first. Fires `crm-cancel` when it does close.
 * - `close()` closes at once, discarding unsaved changes, without an event (for host code).
 * - `isOpen` tells whether it is showing.
 *
 * The dialog closes by itself after a save and then says so in a status region of its own
 * (the form's goes with the form). Escape, the close button and the form's Cancel all
 * go through `requestClose()`. The form's events bubble out of the dialog (they are composed).
 *
 * @fires crm-lead-created - From the form: a lead was created (the dialog then closes). `detail: { lead }`.
 * @fires crm-lead-updated - From the form: the lead was saved (the dialog then closes). `detail: { lead }`.
 * @fires crm-open-record - From the form: the user chose an existing record with the same email or phone. `detail: { resource, id }`.
 * @fires crm-error - From the form: loading or saving failed. `detail: { error, operation }`.
 * @fires crm-cancel - The user closed the dialog without saving. `detail: {}`.
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart header - The title bar.
 * @csspart title - The heading naming the dialog.
 * @csspart close-button - The close (×) button.
 * @csspart form - The hosted `<crm-lead-form>` (style its inside through its own parts).
 * @csspart confirm - The "discard unsaved changes?" dialog.
 * @csspart keep-editing - Its button that returns to the form.
 * @csspart discard - Its button that discards the changes and closes.
 *
 * @cssprop --crm-lead-dialog-width - The dialog's width (default `min(44rem, 100vw - 2rem)`).
 * @cssprop --crm-color-surface - The dialog's background.
 *
 * @example
 * const dialog = document.querySelector('crm-lead-dialog');
 * editButton.onclick = () => dialog.open({ leadId: 42 });
 * dialog.addEventListener('crm-lead-updated', (event) => refresh(event.detail.lead));
 */
export class CrmLeadDialog extends CrmElement {
  static override styles = [themeStyles, stateStyles, confirmStyles, leadDialogStyles];

  static override properties = {
    pipelineId: { type: Number, attribute: 'pipeline-id' },
    label: {},
    leadId: { state: true },
    shown: { state: true },
    session: { state: true },
    announcement: { state: true },
  };

  /** The pipeline a created lead joins (passed to the form). */
  pipelineId = 1;

  /** The dialog's title; defaults to "New lead" or "Edit lead". */
  label?: string;

  private leadId?: number;
  private shown = false;
  /** Bumped on each `open()`, so every opening gets a fresh form. */
  private session = 0;
  /** What the status region says: the outcome of the last save. */
  private announcement = '';

  // Looked up when used (the form is replaced on each opening); before the first render the
  // element has no render root yet, and `close()` may be called then.
  private get dialog(): HTMLDialogElement {
    return this.renderRoot?.querySelector('dialog.main') as HTMLDialogElement;
  }

  /** Asks before unsaved changes are discarded; its parts keep the names documented above. */
  private readonly confirmation = new ConfirmController(this, { dialog: 'confirm', cancel: 'keep-editing', confirm: 'discard' });

  private get form(): CrmLeadForm | null | undefined {
    return this.renderRoot?.querySelector('crm-lead-form');
  }

  /** Whether the dialog is showing. */
  get isOpen(): boolean {
    return this.shown;
  }

  /** Shows the dialog with a fresh form: editing `leadId`, or creating a lead without it. */
  async open({ leadId }: LeadDialogOpenOptions = {}): Promise<void> {
    this.leadId = leadId;
    this.session += 1;
    this.shown = true;
    this.announcement = '';
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    const form = this.form;
    await form?.updateComplete;
    form?.focus();
    // A lead being edited has no fields until it loads, so focus starts on Close; it moves to the
    // first field (or to Retry) once they show, unless the user has moved it meanwhile.
    void form?.ready.then(() => {
      const active = this.shadowRoot?.activeElement;
      if (this.form === form && (!active || active.matches('[part="close-button"]'))) form.focus();
    });
  }

  /** Closes at once, discarding unsaved changes. Fires no event. */
  close(): void {
    this.confirmation.answer(false);
    if (this.dialog?.open) this.dialog.close();
    this.shown = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Taken out of the page, a modal dialog leaves the top layer yet stays open: put back, it
    // would show in the page's flow, not modal, with `isOpen` still true. No event: no user closed it.
    this.close();
  }

  /** Closes as a user would: asks first when the form has unsaved changes. Returns whether it closed now. */
  requestClose(): boolean {
    if (!this.shown) return true;
    if (this.form?.dirty) {
      if (!this.confirmation.asking) {
        this.confirmation.show(
          { title: msg.confirmTitle, body: msg.confirmText, cancelLabel: msg.keepEditing, confirmLabel: msg.discard, tone: 'danger' },
          (discard) => (discard ? this.closeByUser() : this.form?.focus()),
        );
        // Shown before this returns, so `false` means the question is on screen.
        this.performUpdate();
      }
      return false;
    }
    this.closeByUser();
    return true;
  }

  private closeByUser(): void {
    this.close();
    this.emit('crm-cancel', {});
  }

  private saved(): void {
    this.close();
    // The form's own live region goes with the form, and the closed dialog is inert, so the
    // outcome is said outside it once it has closed.
    this.announcement = this.leadId == null ? leadFormMessages.created : leadFormMessages.updated;
  }

  private onKeydown(event: KeyboardEvent): void {
    // Escape is handled here rather than left to the browser, which may close a modal on a
    // repeated Escape without letting us ask. In the confirmation, Escape means "keep editing":
    // the confirmation answers it and marks it handled.
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    this.requestClose();
  }

  /** Other close requests (e.g. a device's back gesture) take the same path as Escape. */
  private onCancel(event: Event): void {
    event.preventDefault();
    this.requestClose();
  }

  private onFormCancel(event: Event): void {
    // The dialog reports the cancel itself, once it has really closed.
    event.stopPropagation();
    this.requestClose();
  }

  protected override render() {
    const title = this.label || (this.leadId == null ? leadFormMessages.formLabel.create : leadFormMessages.formLabel.edit);
    return html`<dialog
      class="main"
      part="dialog"
      aria-labelledby="title"
      @keydown=${this.onKeydown}
      @cancel=${this.onCancel}
      @close=${(event: Event) => event.target === this.dialog && (this.shown = false)}
    >
      <header part="header">
        <h2 id="title" part="title">${title}</h2>
        <button class="button close" type="button" part="close-button" aria-label=${commonMessages.close} @click=${this.requestClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      ${this.shown
        ? keyed(
            this.session,
            html`<crm-lead-form
              part="form"
              .client=${this.crmClient}
              .locale=${this.locale}
              .leadId=${this.leadId}
              .pipelineId=${this.pipelineId}
              .slowAfter=${this.slowAfter}
              @crm-cancel=${this.onFormCancel}
              @crm-lead-created=${this.saved}
              @crm-lead-updated=${this.saved}
            ></crm-lead-form>`,
          )
        : nothing}
      ${this.confirmation.render()}
    </dialog>
    <p class="visually-hidden" role="status">${this.announcement}</p>`;
  }
}
