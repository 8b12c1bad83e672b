import {
  FOLLOW_UP_TYPES,
  FollowUpInputSchema,
  FollowUpUpdateSchema,
  type CrmId,
  type FollowUp,
  type FollowUpInput,
  type FollowUpUpdate,
} from '@mindbrite/crm-client';
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { followUpFormMessages } from '../messages/follow-up-form.js';
import { followUpTypeLabels } from '../messages/follow-up-types.js';
import { ContactField } from '../record-form/contact-field.js';
import { RecordForm } from '../record-form/record-form.js';
import { recordFormStyles } from '../record-form/record-form.styles.js';
import { valuesOf, type FieldSpec, type RecordFormSpec } from '../record-form/record-spec.js';
import { fromLocalInput, startOfDay, toLocalInput } from '../shared/follow-up-time.js';
import { labelFor } from '../shared/labels.js';
import { recordIdAttribute } from '../shared/record-id.js';
import { stateStyles } from '../shared/states.js';
import { themeStyles } from '../styles/theme.styles.js';
import { followUpFormStyles } from './crm-follow-up-form.styles.js';

const fields: readonly FieldSpec[] = [
  { name: 'subject', type: 'text', required: true, wide: true },
  { name: 'type', type: 'select', options: FOLLOW_UP_TYPES, labels: followUpTypeLabels },
  // The user's wall time in the control; the API gets and sends the instant, in UTC.
  { name: 'scheduled_date', type: 'datetime-local', required: true, show: (value) => toLocalInput(value as string), parse: fromLocalInput },
  // The contact picker's field (`renderControl`): its text is the chosen contact's id.
  { name: 'contact_id', type: 'text', required: true, wide: true, parse: (id) => recordIdAttribute.fromAttribute(id) },
  // Optional for the user, yet the contract's description is text, never absent: an empty one is sent as `''`.
  { name: 'description', type: 'textarea', wide: true },
];

/** The follow-up form: its fields, checked with the client's follow-up schemas; a new follow-up is a call. */
const followUpForm: RecordFormSpec<FollowUp, FollowUpInput, FollowUpUpdate> = {
  resource: 'followUps',
  records: (client) => client.followUps,
  fields,
  blank: valuesOf(fields, { type: 'call' }),
  input: FollowUpInputSchema,
  update: FollowUpUpdateSchema,
  messages: followUpFormMessages,
  notes: () => import('../messages/follow-up-form-notes.js').then((module) => module.followUpFormNoteMessages),
};

/** 9:00 tomorrow, in the user's zone. */
const tomorrowAtNine = (now: Date) => new Date(startOfDay(now, 1).setHours(9));

/** The same wall time seven calendar days on, so a change of clocks in between keeps it. */
const inAWeek = (now: Date) => new Date(now.getFullYear(), now.getMonth(), now.getDate() + 7, now.getHours(), now.getMinutes());

/**
 * @summary Schedules a follow-up (a call, email, meeting or note with a contact), or edits one
 * when `follow-up-id` is set: type, subject, date and time, contact (searched as you type) and
 * description, validated as the server validates, with errors shown beside their fields and in an
 * error summary that links to them, and no lost typing on failure.
 *
 * Usable inline or inside `<crm-follow-up-dialog>`. Text from the CRM is always rendered as text;
 * a type the form does not know is shown as sent, and kept unless the user changes it.
 *
 * The date and time are the user's, in their time zone (a native date-time input); what the form
 * sends is the instant in UTC (`2026-12-01T14:00:00.000Z`), never a local time. Beside it, quick
 * choices set it as typing would: "Tomorrow 9:00" (9 in the morning of the next day) and "In a
 * week" (the same time of day, seven days on). An edit whose date is left alone does not send it.
 *
 * The contact is the same combobox as the opportunity form's: typing a name searches the contacts
 * once typing pauses; the up and down arrows move through the contacts found, Enter chooses one
 * and Escape closes the list. A name typed but not chosen is no contact. `contact-id` presets the
 * contact of a new follow-up (on a contact's page, from a list's row action). The picker's code
 * loads with the first use of the field.
 *
 * A create whose outcome is unclear (no answer, an unreadable one, a timeout or a 5xx) may have
 * been saved: the form says so, and sending the same input again reuses the create's
 * `Idempotency-Key`, so the CRM can tell it is the same follow-up. An edit sends only the fields
 * that changed; a `409` (someone else saved the follow-up meanwhile) offers to reload it or keep
 * yours. A save the follow-up's checks or the server's (`422`) refuse shows each message beside its
 * field and an error summary at the top of the form; focus goes to the first field that needs
 * attention. Without the provider's permission to create (or, editing, to edit) follow-ups the
 * form is not offered.
 *
 * @fires crm-follow-up-created - A follow-up was scheduled. `detail: { followUp }`.
 * @fires crm-follow-up-updated - The follow-up was saved. `detail: { followUp }`.
 * @fires crm-cancel - The user pressed Cancel. `detail: {}`.
 * @fires crm-error - Loading or saving failed, including a `422` whose messages are shown beside the fields, or the contacts could not be searched. `detail: { error, operation: 'load' | 'create' | 'update' }`.
 *
 * @csspart form - The `<form>`; `inert` and `aria-busy` while the record it edits loads, its fields in place.
 * @csspart error-summary - The alert at the top of the form after a refused save, listing what needs attention.
 * @csspart error-link - Each link of the error summary, moving focus to the field it names.
 * @csspart field - Each label + control + message group.
 * @csspart label - Each field's label.
 * @csspart input - Each input, select and textarea, the contact's combobox included.
 * @csspart quick-choices - The group of quick choices beside the date.
 * @csspart quick-choice - Each quick choice's button.
 * @csspart listbox - The list of contacts found below the contact's combobox.
 * @csspart option - Each contact of that list.
 * @csspart field-error - The message beside a field that needs attention.
 * @csspart actions - The row of buttons.
 * @csspart submit - The save button.
 * @csspart cancel - The cancel button.
 * @csspart status - The polite live region announcing results.
 * @csspart form-error - The alert beside the buttons for a save that failed for a reason no field holds (no answer, a server error).
 * @csspart conflict - The explanation shown when someone else changed the follow-up.
 * @csspart skeleton - Placeholder while the form waits for its provider's client.
 * @csspart error - The load error state.
 * @csspart retry - The retry button of the error state.
 * @csspart slow - The note shown while the follow-up loads slowly, with its Cancel button.
 *
 * @cssprop --crm-color-primary - Save button and focus colour.
 * @cssprop --crm-color-danger - Field errors, the error summary and the error state.
 * @cssprop --crm-follow-up-form-columns - Columns of the field grid on wide layouts (default 2).
 *
 * @example
 * <crm-follow-up-form api-base="/api/crm" contact-id="42"></crm-follow-up-form>
 * <crm-follow-up-form follow-up-id="7"></crm-follow-up-form>
 */
export class CrmFollowUpForm extends RecordForm<FollowUp, FollowUpInput, FollowUpUpdate> {
  static override styles = [themeStyles, stateStyles, recordFormStyles, followUpFormStyles];

  /** The id of the follow-up to edit; without it the form schedules a follow-up. */
  @property({ attribute: 'follow-up-id', converter: recordIdAttribute }) followUpId?: CrmId;

  /** The contact a new follow-up starts with (the user may choose another); not used when editing. */
  @property({ attribute: 'contact-id', converter: recordIdAttribute }) contactId?: CrmId;

  readonly #contact = new ContactField(this, {
    client: () => this.crmClient,
    value: () => this.values.contact_id!,
    choose: (id) => this.setValue({ name: 'contact_id', value: id }),
    known: (id) => {
      const record = this.loadTask.value;
      return record && String(record.contact_id) === id ? record.contact_name : undefined;
    },
    // The same picker as the opportunity form's, saying the same about contacts.
    words: () => import('../messages/opportunity-form-picker.js').then((module) => module.opportunityFormPickerMessages),
  });

  constructor() {
    super(followUpForm);
  }

  protected override get recordId() {
    return this.followUpId;
  }

  protected override saved(followUp: FollowUp, created: boolean): void {
    this.emit(created ? 'crm-follow-up-created' : 'crm-follow-up-updated', { followUp });
  }

  /** A new follow-up is open: completing it is the agenda's. */
  protected override input() {
    return { ...super.input(), completed: false };
  }

  protected override willUpdate(): void {
    super.willUpdate();
    // A new follow-up starts with `contact-id`'s contact, after each save too, until the user changes it.
    const preset = this.contactId == null ? '' : String(this.contactId);
    const { initial } = this;
    if (this.recordId != null || this.values.contact_id !== initial.contact_id || initial.contact_id === preset) return;
    this.initial = { ...initial, contact_id: preset };
    this.values = { ...this.values, contact_id: preset };
  }

  protected override label(name: string): string {
    return labelFor(this.t(followUpFormMessages).fields, name);
  }

  protected override renderControl(field: FieldSpec, invalid: string, describedBy: unknown): unknown {
    const { name } = field;
    if (name === 'contact_id') return this.#contact.render(name, this.label(name), invalid, describedBy);
    if (name !== 'scheduled_date') return super.renderControl(field, invalid, describedBy);
    const msg = this.t(followUpFormMessages);
    const time = new Intl.DateTimeFormat(this.effectiveLocale, { timeStyle: 'short' }).format(tomorrowAtNine(new Date()));
    // The date is worked out on the click, not when the button was drawn: the form may stay open past midnight.
    const choice = (label: string, at: (now: Date) => Date) =>
      html`<button class="button" type="button" part="quick-choice" @click=${() => this.setValue({ name, value: toLocalInput(at(new Date())) })}>${label}</button>`;
    return html`${super.renderControl(field, invalid, describedBy)}
      <div class="quick" role="group" part="quick-choices" aria-label=${msg.quickChoices}>${choice(msg.tomorrowAt(time), tomorrowAtNine)}${choice(msg.inAWeek, inAWeek)}</div>`;
  }
}
