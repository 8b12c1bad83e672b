import type { CrmId } from '@mindbrite/crm-client';
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { confirmStyles } from '../controllers/confirm.styles.js';
import { LazyModule } from '../controllers/lazy-module.controller.js';
import { contactDialogMessages } from '../messages/contact-dialog.js';
import { contactFormMessages } from '../messages/contact-form.js';
import { RecordDialog } from '../record-form/record-dialog.js';
import { recordDialogStyles } from '../record-form/record-dialog.styles.js';
import { stateStyles } from '../shared/states.js';
import { themeStyles } from '../styles/theme.styles.js';
import { contactDialogStyles } from './crm-contact-dialog.styles.js';

/** What `open()` takes: the contact to edit, or nothing to create one. */
export interface ContactDialogOpenOptions {
  contactId?: CrmId;
}

/**
 * @summary A modal dialog hosting `<crm-contact-form>`: create or edit a contact without leaving
 * the page, with the contact's opportunities and follow-ups beside the form when editing. Closing
 * it with unsaved changes asks first.
 *
 * API:
 * - `open({ contactId? })` shows the dialog with a fresh form (editing `contactId`, or creating);
 *   the returned promise settles once the dialog is shown and focus is inside it.
 * - `requestClose()` closes as the close button does: when the form has unsaved changes it asks
 *   "Discard unsaved changes?" first. Fires `crm-cancel` when it does close.
 * - `close()` closes at once, discarding unsaved changes, without an event (for host code).
 * - `isOpen` tells whether it is showing.
 *
 * The dialog closes by itself after a save and then says so in a status region of its own
 * (the form's goes with the form). Escape, the close button and the form's Cancel all
 * go through `requestClose()`. The form's events bubble out of the dialog (they are composed).
 * The form's code loads with the first opening (at once when the page has it already): the dialog
 * shows once it is there.
 *
 * History: when editing, below the form, the contact's opportunities (title, stage, value) and
 * follow-ups (subject, type, due or done date), the first 20 of each, read through the client
 * filtered by `contact_id`. Each is a button; activating it (click, Enter or Space) fires
 * `crm-opportunity-select` or `crm-follow-up-select`, for the host or the pipeline and follow-ups
 * elements to act on; the dialog stays open. The history loads beside the form and never holds up
 * editing; closing the dialog stops its requests. While it loads it shows a placeholder; a contact
 * without any shows so; a failure shows an error with Retry (and fires `crm-error`).
 * Opportunities or follow-ups changed through the same client load it again. Below the lists, the
 * contact's activity (`<crm-activity-timeline>`, its code loaded with the history's): completed
 * follow-ups and notes, newest first, with the box that logs a call or adds a note.
 *
 * @fires crm-contact-created - From the form: a contact was created (the dialog then closes). `detail: { contact }`.
 * @fires crm-contact-updated - From the form: the contact was saved (the dialog then closes). `detail: { contact }`.
 * @fires crm-open-record - From the form: the user chose an existing record with the same email or phone. `detail: { resource, id }`.
 * @fires crm-opportunity-select - The user chose one of the contact's opportunities. `detail: { opportunity }`.
 * @fires crm-follow-up-select - The user chose one of the contact's follow-ups, or an entry of its activity. `detail: { followUp }`.
 * @fires crm-follow-up-created - From the activity: the user logged a call or added a note. `detail: { followUp }`.
 * @fires crm-error - From the form, or loading the history failed: `detail: { error, operation }`.
 * @fires crm-warning - Records of the history the client had to leave out (ids and counts only). `detail: { operation: 'load', problems }`.
 * @fires crm-cancel - The user closed the dialog without saving. `detail: {}`.
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart header - The title bar.
 * @csspart title - The heading naming the dialog.
 * @csspart close-button - The close (×) button.
 * @csspart form - The hosted `<crm-contact-form>` (style its inside through its own parts).
 * @csspart history - The contact's history below the form.
 * @csspart history-list - Each of its lists (opportunities, follow-ups).
 * @csspart history-item - The button of each opportunity or follow-up.
 * @csspart activity - The contact's `<crm-activity-timeline>` (style its inside through its own parts).
 * @csspart history-error - Shown when the history could not load, with its Retry.
 * @csspart empty - Shown for a list with no records.
 * @csspart confirm - The "discard unsaved changes?" dialog.
 * @csspart keep-editing - Its button that returns to the form.
 * @csspart discard - Its button that discards the changes and closes.
 * @csspart skeleton - Placeholder while the history loads.
 * @csspart error - Shown when the form's code could not load.
 * @csspart retry - The retry button of an error.
 *
 * @cssprop --crm-contact-dialog-width - The dialog's width (default `min(44rem, 100vw - 2rem)`).
 * @cssprop --crm-color-surface - The dialog's background.
 *
 * @example
 * const dialog = document.querySelector('crm-contact-dialog');
 * editButton.onclick = () => dialog.open({ contactId: 42 });
 * dialog.addEventListener('crm-contact-updated', (event) => refresh(event.detail.contact));
 * dialog.addEventListener('crm-opportunity-select', (event) => showDeal(event.detail.opportunity.id));
 */
export class CrmContactDialog extends RecordDialog {
  static override styles = [themeStyles, stateStyles, confirmStyles, recordDialogStyles, contactDialogStyles];

  /** ISO 4217 currency of the opportunity values in the contact's history. */
  @property() currency = 'USD';

  constructor() {
    super({ form: () => import('../contact-form/crm-contact-form.js'), formMessages: contactFormMessages, messages: contactDialogMessages });
  }

  /** The contact's history, whose code loads with the first contact opened for editing. */
  private readonly history = new LazyModule(this, () =>
    import('./contact-history.js').then(
      ({ ContactHistoryController }) =>
        new ContactHistoryController(this, {
          client: () => this.crmClient,
          contactId: () => (this.shown ? this.recordId : undefined),
          currency: () => this.currency,
        }),
    ),
  );


  /** Shows the dialog with a fresh form: editing `contactId` (with its history), or creating a contact without it. */
  open({ contactId }: ContactDialogOpenOptions = {}): Promise<void> {
    // Each opening reads the history afresh, even of the contact the last one showed; its code
    // loads with the first contact opened for editing, beside the form's.
    if (contactId != null) void this.history.get();
    this.history.value?.reload();
    return this.show(contactId);
  }

  protected override renderForm() {
    return html`<crm-contact-form
      part="form"
      .client=${this.crmClient}
      .locale=${this.locale}
      .slowAfter=${this.slowAfter}
      .contactId=${this.recordId}
      @crm-contact-created=${this.saved}
      @crm-contact-updated=${this.saved}
    ></crm-contact-form>`;
  }

  protected override renderAfterForm() {
    return this.history.value?.render();
  }
}
