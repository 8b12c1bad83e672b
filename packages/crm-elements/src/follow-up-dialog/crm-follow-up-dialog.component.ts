import type { CrmId } from '@mindbrite/crm-client';
import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { confirmStyles } from '../controllers/confirm.styles.js';
import { followUpDialogMessages } from '../messages/follow-up-dialog.js';
import { followUpFormMessages } from '../messages/follow-up-form.js';
import { RecordDialog } from '../record-form/record-dialog.js';
import { recordDialogStyles } from '../record-form/record-dialog.styles.js';
import { stateStyles } from '../shared/states.js';
import { themeStyles } from '../styles/theme.styles.js';
import { followUpDialogStyles } from './crm-follow-up-dialog.styles.js';

/** What `open()` takes: the follow-up to edit, or nothing to schedule one, with `contactId` when given. */
export interface FollowUpDialogOpenOptions {
  followUpId?: CrmId;
  /** The contact a new follow-up starts with. */
  contactId?: CrmId;
}

/**
 * @summary A modal dialog hosting `<crm-follow-up-form>`: schedule or edit a follow-up without
 * leaving the page, with a given contact when asked. Closing it with unsaved changes asks first.
 *
 * API:
 * - `open({ followUpId?, contactId? })` shows the dialog with a fresh form (editing
 *   `followUpId`, or scheduling a follow-up, with `contactId` when given); the returned promise
 *   settles once the dialog is shown and focus is inside it.
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
 * @fires crm-follow-up-created - From the form: a follow-up was scheduled (the dialog then closes). `detail: { followUp }`.
 * @fires crm-follow-up-updated - From the form: the follow-up was saved (the dialog then closes). `detail: { followUp }`.
 * @fires crm-error - From the form: loading, searching contacts or saving failed. `detail: { error, operation }`.
 * @fires crm-cancel - The user closed the dialog without saving. `detail: {}`.
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart header - The title bar.
 * @csspart title - The heading naming the dialog.
 * @csspart close-button - The close (×) button.
 * @csspart form - The hosted `<crm-follow-up-form>` (style its inside through its own parts).
 * @csspart confirm - The "discard unsaved changes?" dialog.
 * @csspart keep-editing - Its button that returns to the form.
 * @csspart discard - Its button that discards the changes and closes.
 * @csspart error - Shown when the form's code could not load.
 * @csspart retry - The retry button of that error.
 *
 * @cssprop --crm-follow-up-dialog-width - The dialog's width (default `min(44rem, 100vw - 2rem)`).
 * @cssprop --crm-color-surface - The dialog's background.
 *
 * @example
 * const dialog = document.querySelector('crm-follow-up-dialog');
 * scheduleButton.onclick = () => dialog.open({ contactId: 42 });
 * dialog.addEventListener('crm-follow-up-created', (event) => refresh(event.detail.followUp));
 */
export class CrmFollowUpDialog extends RecordDialog {
  static override styles = [themeStyles, stateStyles, confirmStyles, recordDialogStyles, followUpDialogStyles];

  /** The contact the opening's new follow-up starts with. */
  @state() private contactId?: CrmId;

  constructor() {
    super({ form: () => import('../follow-up-form/crm-follow-up-form.js'), formMessages: followUpFormMessages, messages: followUpDialogMessages });
  }

  /** Shows the dialog with a fresh form: editing `followUpId`, or scheduling a follow-up (with `contactId`) without it. */
  open({ followUpId, contactId }: FollowUpDialogOpenOptions = {}): Promise<void> {
    this.contactId = contactId;
    return this.show(followUpId);
  }

  protected override renderForm() {
    return html`<crm-follow-up-form
      part="form"
      .client=${this.crmClient}
      .locale=${this.locale}
      .slowAfter=${this.slowAfter}
      .followUpId=${this.recordId}
      .contactId=${this.contactId}
      @crm-follow-up-created=${this.saved}
      @crm-follow-up-updated=${this.saved}
    ></crm-follow-up-form>`;
  }
}
