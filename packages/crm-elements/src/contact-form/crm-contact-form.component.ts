import {
  CONTACT_STATUSES,
  ContactInputSchema,
  ContactUpdateSchema,
  type Contact,
  type ContactInput,
  type ContactUpdate,
  type CrmId,
} from '@mindbrite/crm-client';
import { property } from 'lit/decorators.js';
import { contactFormMessages } from '../messages/contact-form.js';
import { contactStatusLabels } from '../messages/index.js';
import { companyField, notesField, personFields, sourceField } from '../record-form/person-fields.js';
import { RecordForm } from '../record-form/record-form.js';
import { recordFormStyles } from '../record-form/record-form.styles.js';
import { valuesOf, type FieldSpec, type RecordFormSpec } from '../record-form/record-spec.js';
import { recordIdAttribute } from '../shared/record-id.js';
import { stateStyles } from '../shared/states.js';
import { themeStyles } from '../styles/theme.styles.js';
import { contactFormStyles } from './crm-contact-form.styles.js';

const fields: readonly FieldSpec[] = [
  ...personFields,
  { ...companyField, optional: true },
  { name: 'position', type: 'text', autocomplete: 'organization-title', optional: true },
  { name: 'status', type: 'select', options: CONTACT_STATUSES, labels: contactStatusLabels },
  sourceField,
  notesField,
];

/**
 * The contact form: the contact fields, checked with the client's contact schemas. A new contact
 * starts `active`, from an `other` source, as a converted lead does when its source is unknown.
 */
const contactForm: RecordFormSpec<Contact, ContactInput, ContactUpdate> = {
  resource: 'contacts',
  records: (client) => client.contacts,
  fields,
  blank: valuesOf(fields, { status: 'active', source: 'other' }),
  input: ContactInputSchema,
  update: ContactUpdateSchema,
  messages: contactFormMessages,
  notes: () => import('../messages/contact-form-notes.js').then((module) => module.contactFormNoteMessages),
};

/**
 * @summary Creates a contact, or edits one when `contact-id` is set: validated as the server
 * validates, with errors shown beside their fields and in an error summary that links to them,
 * duplicate warnings, and no lost typing on failure.
 *
 * Usable inline or inside `<crm-contact-dialog>`. Text from the CRM is always rendered as text;
 * a status or source the form does not know is shown as sent, and kept unless the user changes it.
 *
 * The server's checks are said in the form's own words where it knows them (a taken email, a
 * missing or invalid value); its text is shown only for the others. A create whose outcome is
 * unclear (no answer, an unreadable one, a timeout or a 5xx) may have been saved: the form says so,
 * and sending the same input again reuses the create's `Idempotency-Key`, so the CRM can tell it
 * is the same contact; changed input is a new contact, with a new key. An edit sends only the
 * fields that changed (an emptied company, position or notes as `null`); a `409` (someone else
 * saved the contact meanwhile) offers to reload it or keep yours. While an email or phone is typed,
 * leads and contacts that already have it are pointed out, without keeping the contact from being
 * saved.
 *
 * A save the contact's checks or the server's (`422`) refuse shows an error summary at the top of
 * the form: an alert, said once, titled with how many things need attention, that links each field
 * to fix to its control and lists the server's messages about fields the form does not show. Focus
 * goes to the first field that needs attention; a fixed field leaves the list, and the summary goes
 * with the last one. A save that fails for a reason no field holds is explained beside the buttons.
 *
 * @fires crm-contact-created - A contact was created. `detail: { contact }`.
 * @fires crm-contact-updated - The contact was saved. `detail: { contact }`.
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
 * @csspart conflict - The explanation shown when someone else changed the contact.
 * @csspart skeleton - Placeholder while the form waits for its provider's client.
 * @csspart error - The load error state.
 * @csspart retry - The retry button of the error state.
 * @csspart slow - The note shown while the contact loads slowly, with its Cancel button.
 *
 * @cssprop --crm-color-primary - Save button and focus colour.
 * @cssprop --crm-color-danger - Field errors, the error summary and the error state.
 * @cssprop --crm-color-warning - The duplicate note.
 * @cssprop --crm-contact-form-columns - Columns of the field grid on wide layouts (default 2).
 *
 * @example
 * <crm-contact-form api-base="/api/crm"></crm-contact-form>
 * <crm-contact-form contact-id="42"></crm-contact-form>
 */
export class CrmContactForm extends RecordForm<Contact, ContactInput, ContactUpdate> {
  static override styles = [themeStyles, stateStyles, recordFormStyles, contactFormStyles];

  /** The id of the contact to edit; without it the form creates a contact. */
  @property({ attribute: 'contact-id', converter: recordIdAttribute }) contactId?: CrmId;

  constructor() {
    super(contactForm);
  }

  protected override get recordId() {
    return this.contactId;
  }

  protected override saved(contact: Contact, created: boolean): void {
    this.emit(created ? 'crm-contact-created' : 'crm-contact-updated', { contact });
  }
}
