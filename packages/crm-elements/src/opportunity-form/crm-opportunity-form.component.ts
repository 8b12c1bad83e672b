import {
  OPPORTUNITY_STAGES,
  OpportunityInputSchema,
  OpportunityUpdateSchema,
  STAGE_PROBABILITY,
  type CrmId,
  type Opportunity,
  type OpportunityInput,
  type OpportunityUpdate,
} from '@mindbrite/crm-client';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { opportunityFormMessages } from '../messages/opportunity-form.js';
import { opportunityStageLabels } from '../messages/opportunity-stages.js';
import { ContactField } from '../record-form/contact-field.js';
import { RecordForm } from '../record-form/record-form.js';
import { recordFormStyles } from '../record-form/record-form.styles.js';
import { valuesOf, type FieldSpec, type RecordFormSpec, type Values } from '../record-form/record-spec.js';
import { labelFor } from '../shared/labels.js';
import { recordIdAttribute } from '../shared/record-id.js';
import { stateStyles } from '../shared/states.js';
import { themeStyles } from '../styles/theme.styles.js';
import { opportunityFormStyles } from './crm-opportunity-form.styles.js';

const fields: readonly FieldSpec[] = [
  { name: 'title', type: 'text', required: true, wide: true },
  // The contact picker's field (`renderControl`): its text is the chosen contact's id.
  { name: 'contact_id', type: 'text', required: true, wide: true, parse: (id) => recordIdAttribute.fromAttribute(id) },
  { name: 'value', type: 'number', required: true, parse: Number },
  { name: 'expected_close_date', type: 'date', required: true },
  { name: 'stage', type: 'select', options: OPPORTUNITY_STAGES, labels: opportunityStageLabels },
  { name: 'probability', type: 'number', required: true, parse: Number },
  { name: 'description', type: 'textarea', optional: true, wide: true },
];

/** The usual probability of `stage` in percent, as the form shows it; `undefined` for a stage the client does not know. */
const stageProbability = (stage: string): string | undefined =>
  Object.hasOwn(STAGE_PROBABILITY, stage) ? String(STAGE_PROBABILITY[stage as keyof typeof STAGE_PROBABILITY]) : undefined;

/** The opportunity form: its fields, checked with the client's opportunity schemas; a new opportunity starts prospecting. */
const opportunityForm: RecordFormSpec<Opportunity, OpportunityInput, OpportunityUpdate> = {
  resource: 'opportunities',
  records: (client) => client.opportunities,
  fields,
  blank: valuesOf(fields, { stage: 'prospecting', probability: stageProbability('prospecting') }),
  input: OpportunityInputSchema,
  update: OpportunityUpdateSchema,
  messages: opportunityFormMessages,
  notes: () => import('../messages/opportunity-form-notes.js').then((module) => module.opportunityFormNoteMessages),
};

/**
 * @summary Creates an opportunity, or edits one when `opportunity-id` is set: title, contact
 * (searched as you type), value, stage, probability, expected close date and description,
 * validated as the server validates, with errors shown beside their fields and in an error summary
 * that links to them, and no lost typing on failure.
 *
 * Usable inline or inside `<crm-opportunity-dialog>`. Text from the CRM is always rendered as
 * text; a stage the form does not know is shown as sent, and kept unless the user changes it.
 *
 * The contact is a combobox: typing a name searches the contacts once typing pauses (one request
 * per pause); the up and down arrows move through the contacts found, Enter chooses one and
 * Escape closes the list. The field shows the chosen contact's name; a name typed but not chosen
 * is no contact. `contact-id` presets the contact of a new opportunity (on a contact's page, or
 * after converting a lead). The picker's code loads with the first use of the field.
 *
 * The value is in `currency`, whose code shows beside it. The probability follows the stage (10 %
 * prospecting … 100 % closed won, as the client's `STAGE_PROBABILITY` says) while it is the
 * stage's own; once the user types a probability, changing the stage leaves it alone. An edited
 * opportunity whose probability is not its stage's keeps it.
 *
 * A create whose outcome is unclear (no answer, an unreadable one, a timeout or a 5xx) may have
 * been saved: the form says so, and sending the same input again reuses the create's
 * `Idempotency-Key`, so the CRM can tell it is the same opportunity. An edit sends only the fields
 * that changed (an emptied description as `null`); a `409` (someone else saved the opportunity
 * meanwhile) offers to reload it or keep yours. A save the opportunity's checks or the server's
 * (`422`) refuse shows each message beside its field and an error summary at the top of the form;
 * focus goes to the first field that needs attention.
 *
 * @fires crm-opportunity-created - An opportunity was created. `detail: { opportunity }`.
 * @fires crm-opportunity-updated - The opportunity was saved. `detail: { opportunity }`.
 * @fires crm-cancel - The user pressed Cancel. `detail: {}`.
 * @fires crm-error - Loading or saving failed, including a `422` whose messages are shown beside the fields, or the contacts could not be searched. `detail: { error, operation: 'load' | 'create' | 'update' }`.
 *
 * @csspart form - The `<form>`; `inert` and `aria-busy` while the record it edits loads, its fields in place.
 * @csspart error-summary - The alert at the top of the form after a refused save, listing what needs attention.
 * @csspart error-link - Each link of the error summary, moving focus to the field it names.
 * @csspart field - Each label + control + message group.
 * @csspart label - Each field's label.
 * @csspart input - Each input, select and textarea, the contact's combobox included.
 * @csspart listbox - The list of contacts found below the contact's combobox.
 * @csspart option - Each contact of that list.
 * @csspart unit - The currency code beside the value.
 * @csspart hint - The note below the probability while it follows the stage.
 * @csspart field-error - The message beside a field that needs attention.
 * @csspart actions - The row of buttons.
 * @csspart submit - The save button.
 * @csspart cancel - The cancel button.
 * @csspart status - The polite live region announcing results.
 * @csspart form-error - The alert beside the buttons for a save that failed for a reason no field holds (no answer, a server error).
 * @csspart conflict - The explanation shown when someone else changed the opportunity.
 * @csspart skeleton - Placeholder while the form waits for its provider's client.
 * @csspart error - The load error state.
 * @csspart retry - The retry button of the error state.
 * @csspart slow - The note shown while the opportunity loads slowly, with its Cancel button.
 *
 * @cssprop --crm-color-primary - Save button and focus colour.
 * @cssprop --crm-color-danger - Field errors, the error summary and the error state.
 * @cssprop --crm-opportunity-form-columns - Columns of the field grid on wide layouts (default 2).
 *
 * @example
 * <crm-opportunity-form api-base="/api/crm" contact-id="42" currency="EUR"></crm-opportunity-form>
 * <crm-opportunity-form opportunity-id="7"></crm-opportunity-form>
 */
export class CrmOpportunityForm extends RecordForm<Opportunity, OpportunityInput, OpportunityUpdate> {
  static override styles = [themeStyles, stateStyles, recordFormStyles, opportunityFormStyles];

  /** The id of the opportunity to edit; without it the form creates an opportunity. */
  @property({ attribute: 'opportunity-id', converter: recordIdAttribute }) opportunityId?: CrmId;

  /** The contact a new opportunity starts with (the user may choose another); not used when editing. */
  @property({ attribute: 'contact-id', converter: recordIdAttribute }) contactId?: CrmId;

  /** ISO 4217 currency of the value, whose code shows beside it. */
  @property() currency = 'USD';

  /** The saved values in which the user typed a probability: from then on the stage leaves it alone, until a save or a reload starts afresh. */
  #probabilityTypedIn?: Values;

  readonly #contact = new ContactField(this, {
    client: () => this.crmClient,
    value: () => this.values.contact_id!,
    choose: (id) => this.setValue({ name: 'contact_id', value: id }),
    known: (id) => {
      const record = this.loadTask.value;
      return record && String(record.contact_id) === id ? record.contact_name : undefined;
    },
    words: () => import('../messages/opportunity-form-picker.js').then((module) => module.opportunityFormPickerMessages),
  });

  constructor() {
    super(opportunityForm);
  }

  protected override get recordId() {
    return this.opportunityId;
  }

  protected override saved(opportunity: Opportunity, created: boolean): void {
    this.emit(created ? 'crm-opportunity-created' : 'crm-opportunity-updated', { opportunity });
  }

  protected override willUpdate(): void {
    super.willUpdate();
    // A new opportunity starts with `contact-id`'s contact, after each save too, until the user changes it.
    const preset = this.contactId == null ? '' : String(this.contactId);
    const { initial } = this;
    if (this.recordId != null || this.values.contact_id !== initial.contact_id || initial.contact_id === preset) return;
    this.initial = { ...initial, contact_id: preset };
    this.values = { ...this.values, contact_id: preset };
    if (this.#probabilityTypedIn === initial) this.#probabilityTypedIn = this.initial;
  }

  /** Whether the probability follows the stage: the user has not typed one, and it is the stage's own. */
  get #probabilityFollows(): boolean {
    return this.#probabilityTypedIn !== this.initial && this.values.probability === stageProbability(this.values.stage!);
  }

  protected override setValue(change: { name: string; value: string }): void {
    const follows = this.#probabilityFollows;
    super.setValue(change);
    if (change.name === 'probability') this.#probabilityTypedIn = this.initial;
    const probability = change.name === 'stage' && follows && stageProbability(change.value);
    if (probability) super.setValue({ name: 'probability', value: probability });
  }

  protected override label(name: string): string {
    return labelFor(this.t(opportunityFormMessages).fields, name);
  }

  protected override renderControl(field: FieldSpec, invalid: string, describedBy: unknown): unknown {
    const { name } = field;
    /** The control, also described by the element `id` (the currency, the hint), read with it. */
    const describedAlso = (id: string) => super.renderControl(field, invalid, describedBy === nothing ? id : `${describedBy as string} ${id}`);
    if (name === 'contact_id') return this.#contact.render(name, this.label(name), invalid, describedBy);
    // The currency beside the value, as on a price tag.
    if (name === 'value') return html`<div class="with-unit">${describedAlso('value-currency')}<span class="unit" id="value-currency" part="unit">${this.currency}</span></div>`;
    // While the stage sets the probability, a hint says so.
    if (name === 'probability' && this.#probabilityFollows) {
      return html`${describedAlso('probability-hint')}<p class="hint" id="probability-hint" part="hint">${this.t(opportunityFormMessages).probabilityHint}</p>`;
    }
    return super.renderControl(field, invalid, describedBy);
  }
}
