import type { CrmId } from '@mindbrite/crm-client';
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { confirmStyles } from '../controllers/confirm.styles.js';
import { leadDialogMessages } from '../messages/lead-dialog.js';
import { leadFormMessages } from '../messages/lead-form.js';
import { RecordDialog } from '../record-form/record-dialog.js';
import { recordDialogStyles } from '../record-form/record-dialog.styles.js';
import { stateStyles } from '../shared/states.js';
import { themeStyles } from '../styles/theme.styles.js';
import { leadDialogStyles } from './crm-lead-dialog.styles.js';

/** What `open()` takes: the lead to edit, or nothing to create one. */
export interface LeadDialogOpenOptions {
  leadId?: CrmId;
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
 * The form's code loads with the first opening (at once when the page has it already): the dialog
 * shows once it is there.
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
 * @csspart error - Shown when the form's code could not load.
 * @csspart retry - The retry button of that error.
 *
 * @cssprop --crm-lead-dialog-width - The dialog's width (default `min(44rem, 100vw - 2rem)`).
 * @cssprop --crm-color-surface - The dialog's background.
 *
 * @example
 * const dialog = document.querySelector('crm-lead-dialog');
 * editButton.onclick = () => dialog.open({ leadId: 42 });
 * dialog.addEventListener('crm-lead-updated', (event) => refresh(event.detail.lead));
 */
export class CrmLeadDialog extends RecordDialog {
  static override styles = [themeStyles, stateStyles, confirmStyles, recordDialogStyles, leadDialogStyles];

  /** The pipeline a created lead joins (passed to the form). */
  @property({ type: Number, attribute: 'pipeline-id' }) pipelineId = 1;

  constructor() {
    super({ form: () => import('../lead-form/crm-lead-form.js'), formMessages: leadFormMessages, messages: leadDialogMessages });
  }

  /** Shows the dialog with a fresh form: editing `leadId`, or creating a lead without it. */
  open({ leadId }: LeadDialogOpenOptions = {}): Promise<void> {
    return this.show(leadId);
  }

  protected override renderForm() {
    return html`<crm-lead-form
      part="form"
      .client=${this.crmClient}
      .locale=${this.locale}
      .slowAfter=${this.slowAfter}
      .leadId=${this.recordId}
      .pipelineId=${this.pipelineId}
      @crm-lead-created=${this.saved}
      @crm-lead-updated=${this.saved}
    ></crm-lead-form>`;
  }
}
