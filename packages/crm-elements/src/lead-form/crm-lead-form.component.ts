import { LEAD_STATUSES, LeadInputSchema, LeadUpdateSchema, type CrmId, type Lead, type LeadInput, type LeadUpdate } from '@mindbrite/crm-client';
import { property } from 'lit/decorators.js';
import { leadStatusLabels } from '../messages/lead-statuses.js';
import { leadFormMessages } from '../messages/lead-form.js';
import { companyField, notesField, personFields, sourceField } from '../record-form/person-fields.js';
import { RecordForm } from '../record-form/record-form.js';
import { recordFormStyles } from '../record-form/record-form.styles.js';
import { valuesOf, type FieldSpec, type RecordFormSpec } from '../record-form/record-spec.js';
import { recordIdAttribute } from '../shared/record-id.js';
import { stateStyles } from '../shared/states.js';
import { themeStyles } from '../styles/theme.styles.js';
import { leadFormStyles } from './crm-lead-form.styles.js';

const fields: readonly FieldSpec[] = [
  ...personFields,
  { ...companyField, wide: true },
  { name: 'status', type: 'select', options: LEAD_STATUSES, labels: leadStatusLabels },
  // A lead may come from nobody knows where: its source can be left unset.
  { ...sourceField, none: true, optional: true },
  notesField,
];

/** The lead form: the lead fields, checked with the client's lead schemas; a new lead starts as `new`. */
const leadForm: RecordFormSpec<Lead, LeadInput, LeadUpdate> = {
  resource: 'leads',
  records: (client) => client.leads,
  fields,
  blank: valuesOf(fields, { status: 'new' }),
  input: LeadInputSchema,
  update: LeadUpdateSchema,
  messages: leadFormMessages,
  notes: () => import('../messages/lead-form-notes.js').then((module) => module.leadFormNoteMessages),
};

/**
 * @summary Creates a lead, or edits one when `lead-id` is set: validated as the server validates,
 * with errors shown beside their fields and in an error summary that links to them, duplicate
 * warnings, and no lost typing on failure.
 *
 * Usable inline or inside `<crm-lead-dialog>`. Text from the CRM is always rendered as text.
 *
 * The server's checks are said in the form's own words where it knows them (a taken email, a
 * missing or invalid value); its text is shown only for the others. A create whose outcome is
 * unclear (no answer, an unreadable one, a timeout or a 5xx) may have been saved: the form says so,
 * and sending the same input again reuses the create's `Idempotency-Key`, so the CRM can tell it
 * is the same lead; changed input is a new lead, with a new key. An edit sends only the fields
 * that changed; a `409` (someone else saved the lead meanwhile) offers to reload it or keep yours.
 *
 * A save the lead's checks or the server's (`422`) refuse shows an error summary at the top of the
 * form: an alert, said once, titled with how many things need attention, that links each field to
 * fix to its control and lists the server's messages about fields the form does not show. Focus
 * goes to the first field that needs attention; a fixed field leaves the list, and the summary goes
 * with the last one. A save that fails for a reason no field holds is explained beside the buttons.
 *
 * @fires crm-lead-created - A lead was created. `detail: { lead }`.
 * @fires crm-lead-updated - The lead was saved. `detail: { lead }`.
 * @fires crm-cancel - The user pressed Cancel. `detail: {}`.
 * @fires crm-open-record - The user chose to open an existing record with the same email or phone. `detail: { resource: 'leads' | 'contacts', id }`.
 * @fires crm-error - Loading or saving failed, including a `422` whose messages are shown beside the fields and in the error summary. `detail: { error, operation: 'load' | 'create' | 'update' }`.
 *
 * @csspart form - The `<form>`; `inert` and `aria-busy` while the record it edits loads, its fields in place.
 * @csspart error-summary - The alert at the top of the form after a refused save, listing what needs attention.
 * @csspart error-link - Each link of the error summary, moving focus to the field it names.
 * @csspart field - Each label + control + message group.
 * @csspart label - Each field's label.
 * @csspart input - Each input, select and textarea.
 * @csspart field-error - The message beside a field that needs attention.
 * @csspart duplicates - The note listing records that already have this email or phone.
 * @csspart open-record - The button opening such a record.
 * @csspart actions - The row of buttons.
 * @csspart submit - The save button.
 * @csspart cancel - The cancel button.
 * @csspart status - The polite live region announcing results.
 * @csspart form-error - The alert beside the buttons for a save that failed for a reason no field holds (no answer, a server error).
 * @csspart conflict - The explanation shown when someone else changed the lead.
 * @csspart skeleton - Placeholder while the form waits for its provider's client.
 * @csspart error - The load error state.
 * @csspart retry - The retry button of the error state.
 * @csspart slow - The note shown while the lead loads slowly, with its Cancel button.
 *
 * @cssprop --crm-color-primary - Save button and focus colour.
 * @cssprop --crm-color-danger - Field errors, the error summary and the error state.
 * @cssprop --crm-color-warning - The duplicate note.
 * @cssprop --crm-lead-form-columns - Columns of the field grid on wide layouts (default 2).
 *
 * @example
 * <crm-lead-form api-base="/api/crm"></crm-lead-form>
 * <crm-lead-form lead-id="42" pipeline-id="2"></crm-lead-form>
 */
export class CrmLeadForm extends RecordForm<Lead, LeadInput, LeadUpdate> {
  static override styles = [themeStyles, stateStyles, recordFormStyles, leadFormStyles];

  /** The id of the lead to edit; without it the form creates a lead. */
  @property({ attribute: 'lead-id', converter: recordIdAttribute }) leadId?: CrmId;

  /** The pipeline a created lead joins. */
  @property({ type: Number, attribute: 'pipeline-id' }) pipelineId = 1;

  constructor() {
    super(leadForm);
  }

  protected override get recordId() {
    return this.leadId;
  }

  protected override input() {
    return { ...super.input(), pipeline_id: this.pipelineId };
  }

  protected override saved(lead: Lead, created: boolean): void {
    this.emit(created ? 'crm-lead-created' : 'crm-lead-updated', { lead });
  }
}
