import type { CrmId } from '@mindbrite/crm-client';
import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { confirmStyles } from '../controllers/confirm.styles.js';
import { opportunityDialogMessages } from '../messages/opportunity-dialog.js';
import { opportunityFormMessages } from '../messages/opportunity-form.js';
import { RecordDialog } from '../record-form/record-dialog.js';
import { recordDialogStyles } from '../record-form/record-dialog.styles.js';
import { stateStyles } from '../shared/states.js';
import { themeStyles } from '../styles/theme.styles.js';
import { opportunityDialogStyles } from './crm-opportunity-dialog.styles.js';

/** What `open()` takes: the opportunity to edit, or nothing to create one, for `contactId` when given. */
export interface OpportunityDialogOpenOptions {
  opportunityId?: CrmId;
  /** The contact a new opportunity starts with. */
  contactId?: CrmId;
}

/**
 * @summary A modal dialog hosting `<crm-opportunity-form>`: create or edit an opportunity without
 * leaving the page, for a given contact when asked. Closing it with unsaved changes asks first.
 *
 * API:
 * - `open({ opportunityId?, contactId? })` shows the dialog with a fresh form (editing
 *   `opportunityId`, or creating an opportunity, for `contactId` when given); the returned
 *   promise settles once the dialog is shown and focus is inside it.
 * - `requestClose()` closes as the close button does: when the form has unsaved changes it asks
 *   "Discard unsaved changes?" first. Fires `crm-cancel` when it does close.
 * - `close()` closes at once, discarding unsaved changes, without an event (for host code).
 * - `isOpen` tells whether it is showing.
 *
 * The dialog closes by itself after a save and then says so in a status region of its own
 * (the form's goes with the form). Escape, the close button and the form's Cancel all go through
 * `requestClose()`; an Escape that closes the form's list of contacts closes only that. The form's
 * events bubble out of the dialog (they are composed). The form's code loads with the first
 * opening (at once when the page has it already): the dialog shows once it is there.
 *
 * @fires crm-opportunity-created - From the form: an opportunity was created (the dialog then closes). `detail: { opportunity }`.
 * @fires crm-opportunity-updated - From the form: the opportunity was saved (the dialog then closes). `detail: { opportunity }`.
 * @fires crm-error - From the form: loading, searching contacts or saving failed. `detail: { error, operation }`.
 * @fires crm-cancel - The user closed the dialog without saving. `detail: {}`.
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart header - The title bar.
 * @csspart title - The heading naming the dialog.
 * @csspart close-button - The close (×) button.
 * @csspart form - The hosted `<crm-opportunity-form>` (style its inside through its own parts).
 * @csspart confirm - The "discard unsaved changes?" dialog.
 * @csspart keep-editing - Its button that returns to the form.
 * @csspart discard - Its button that discards the changes and closes.
 * @csspart error - Shown when the form's code could not load.
 * @csspart retry - The retry button of that error.
 *
 * @cssprop --crm-opportunity-dialog-width - The dialog's width (default `min(44rem, 100vw - 2rem)`).
 * @cssprop --crm-color-surface - The dialog's background.
 *
 * @example
 * const dialog = document.querySelector('crm-opportunity-dialog');
 * newDealButton.onclick = () => dialog.open({ contactId: 42 });
 * dialog.addEventListener('crm-opportunity-created', (event) => refresh(event.detail.opportunity));
 */
export class CrmOpportunityDialog extends RecordDialog {
  static override styles = [themeStyles, stateStyles, confirmStyles, recordDialogStyles, opportunityDialogStyles];

  /** ISO 4217 currency of the value (passed to the form). */
  @property() currency = 'USD';

  /** The contact the opening's new opportunity starts with. */
  @state() private contactId?: CrmId;

  constructor() {
    super({ form: () => import('../opportunity-form/crm-opportunity-form.js'), formMessages: opportunityFormMessages, messages: opportunityDialogMessages });
  }

  /** Shows the dialog with a fresh form: editing `opportunityId`, or creating an opportunity (for `contactId`) without it. */
  open({ opportunityId, contactId }: OpportunityDialogOpenOptions = {}): Promise<void> {
    this.contactId = contactId;
    return this.show(opportunityId);
  }

  protected override renderForm() {
    return html`<crm-opportunity-form
      part="form"
      .client=${this.crmClient}
      .locale=${this.locale}
      .slowAfter=${this.slowAfter}
      .currency=${this.currency}
      .opportunityId=${this.recordId}
      .contactId=${this.contactId}
      @crm-opportunity-created=${this.saved}
      @crm-opportunity-updated=${this.saved}
    ></crm-opportunity-form>`;
  }
}
