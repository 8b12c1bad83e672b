import type { CrmId } from '@mindbrite/crm-client';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { CrmElement } from '../base/crm-element.js';
import { ConfirmController } from '../controllers/confirm.controller.js';
import { LazyModule } from '../controllers/lazy-module.controller.js';
import { commonMessages } from '../messages/common.js';
import { recordDialogMessages, type RecordDialogNouns } from '../messages/record-dialog.js';
import { recordFormMessages, type RecordFormNouns } from '../messages/record-form.js';
import { renderError } from '../shared/states.js';
import type { RecordForm } from './record-form.js';

/** What makes a record dialog a lead dialog or a contact dialog. */
export interface RecordDialogSpec {
  /** Registers the hosted form (its define module), loaded when the dialog first opens. */
  form: () => Promise<unknown>;
  /** The hosted form's words: the dialog's default titles, and what it says once a record was saved. */
  formMessages: RecordFormNouns;
  messages: RecordDialogNouns;
}

/** The hosted form, as the dialog uses it. */
type HostedForm = Pick<RecordForm<{ id: CrmId }, unknown, unknown>, 'dirty' | 'ready' | 'focus' | 'updateComplete'>;

/**
 * What every record dialog is (`<crm-lead-dialog>`, `<crm-contact-dialog>`): a native modal
 * `<dialog>` hosting a record form, created afresh on each opening, that asks before unsaved
 * changes are discarded and closes by itself after a save, saying so in a status region of its own
 * (the form's goes with the form). The form's code loads with the first opening, so a page pays
 * for it only once someone opens the dialog: the dialog shows once it is there (or, should it fail
 * to load, with an error and Retry), so `isOpen` always means a form or that error is on screen.
 *
 * Escape, the close button and the form's Cancel all go through `requestClose()`. The form's
 * events bubble out of the dialog (they are composed).
 *
 * A subclass gives `open()` its options, and renders the form with `part="form"`, the dialog's
 * settings, and `saved` bound to the form's created and updated events.
 */
export abstract class RecordDialog extends CrmElement {
  /** The dialog's title; defaults to the form's ("New lead" or "Edit lead", …). */
  @property() label?: string;

  /** The id of the record the form edits; `undefined` while it creates one. */
  @state() protected recordId?: CrmId;
  /** Whether the dialog is showing; its form is there only then. */
  @state() protected shown = false;
  /** Bumped on each `open()`, so every opening gets a fresh form. */
  @state() private session = 0;
  /** What the status region says: the outcome of the last save. */
  @state() private announcement = '';
  /** Whether the form's code could not load, which the dialog then shows with Retry. */
  @state() private formFailed = false;

  /** Bumped by every `open()` and `close()`, so an opening still waiting for the form's code does not show after a later one or a close. */
  private openings = 0;

  /** @param spec What the dialog hosts, and its words. */
  constructor(private readonly spec: RecordDialogSpec) {
    super();
  }

  private readonly formCode = new LazyModule(this, () => this.spec.form());

  /** Asks before unsaved changes are discarded; its parts keep the names documented by each dialog. */
  private readonly confirmation = new ConfirmController(this, { dialog: 'confirm', cancel: 'keep-editing', confirm: 'discard' });

  /** The hosted form element, with `part="form"`, the record id and `saved` bound to its save events. */
  protected abstract renderForm(): TemplateResult;

  /** What the dialog shows below the form (the contact's history). */
  protected renderAfterForm(): unknown {
    return nothing;
  }

  // Looked up when used (the form is replaced on each opening); before the first render the
  // element has no render root yet, and `close()` may be called then.
  private get dialog(): HTMLDialogElement {
    return this.renderRoot?.querySelector('dialog.main') as HTMLDialogElement;
  }

  private get form(): HostedForm | null | undefined {
    return this.renderRoot?.querySelector<HTMLElement & HostedForm>('[part="form"]');
  }

  /** Whether the dialog is showing. */
  get isOpen(): boolean {
    return this.shown;
  }

  /**
   * Shows the dialog with a fresh form, editing `recordId` or creating a record without it; settles
   * once the dialog is shown and focus is inside it.
   */
  protected async show(recordId?: CrmId): Promise<void> {
    const opening = ++this.openings;
    const loaded = await this.formCode.get();
    if (opening !== this.openings) return;
    this.recordId = recordId;
    this.session += 1;
    this.shown = true;
    this.formFailed = !loaded;
    this.announcement = '';
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    await this.focusForm();
  }

  /** Loads the form's code again after it failed to; Retry goes with the error, so focus follows into the form. */
  private readonly retryForm = async () => {
    this.formFailed = !(await this.formCode.get());
    await this.focusForm();
  };

  /** Moves focus into the form (to Retry when its code could not load). */
  private async focusForm(): Promise<void> {
    await this.updateComplete;
    const form = this.form;
    if (!form) return this.renderRoot.querySelector<HTMLElement>('[part="retry"]')?.focus();
    await form.updateComplete;
    form.focus();
    // A record being edited has no fields until it loads, so focus starts on Close; it moves to the
    // first field (or to Retry) once they show, unless the user has moved it meanwhile.
    void form.ready.then(() => {
      const active = this.shadowRoot?.activeElement;
      if (this.form === form && (!active || active.matches('[part="close-button"]'))) form.focus();
    });
  }

  /** Closes at once, discarding unsaved changes. Fires no event. */
  close(): void {
    this.openings += 1;
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
        const msg = this.t(recordDialogMessages);
        this.confirmation.show(
          { title: msg.confirmTitle, body: this.t(this.spec.messages).confirmText, cancelLabel: msg.keepEditing, confirmLabel: msg.discard, tone: 'danger' },
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

  /** Bound to the form's created and updated events: the dialog closes and says the save went through. */
  protected saved(): void {
    this.close();
    // The form's own live region goes with the form, and the closed dialog is inert, so the
    // outcome is said outside it once it has closed.
    this.announcement = this.recordId == null ? this.t(this.spec.formMessages).created : this.t(recordFormMessages).updated;
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

  /**
   * Closed by other means (a `method="dialog"` form, host code on the element): the dialog goes.
   * The event comes a task later, so one from a close before the last `open()` is let go.
   */
  private onClose(event: Event): void {
    if (event.target === this.dialog && !this.dialog.open) this.shown = false;
  }

  private onFormCancel(event: Event): void {
    // The dialog reports the cancel itself, once it has really closed.
    event.stopPropagation();
    this.requestClose();
  }

  protected override render() {
    const { formLabel } = this.t(this.spec.formMessages);
    const common = this.t(commonMessages);
    return html`<p class="visually-hidden" role="status">${this.announcement}</p>
      <dialog
        class="main"
        part="dialog"
        aria-labelledby="title"
        @keydown=${this.onKeydown}
        @cancel=${this.onCancel}
        @close=${this.onClose}
        @crm-cancel=${this.onFormCancel}
      >
        <header part="header">
          <h2 id="title" part="title">${this.label || (this.recordId == null ? formLabel.create : formLabel.edit)}</h2>
          <button class="button close" type="button" part="close-button" aria-label=${common.close} @click=${this.requestClose}>
            <span aria-hidden="true">×</span>
          </button>
        </header>
        ${this.shown
          ? this.formFailed
            ? renderError(common, undefined, this.retryForm)
            : keyed(this.session, html`${this.renderForm()}${this.renderAfterForm()}`)
          : nothing}
        ${this.confirmation.render()}
      </dialog>`;
  }
}
