import { Task, TaskStatus } from '@lit/task';
import {
  createIdempotencyKey,
  isHttpError,
  isOutcomeUnknown,
  LEAD_SOURCES,
  LEAD_STATUSES,
  type Lead,
} from '@mindbrite/crm-client';
import { html, nothing, type PropertyValues } from 'lit';
import { CrmElement } from '../base/crm-element.js';
import { LazyModule } from '../controllers/lazy-module.controller.js';
import { SlowLoadController } from '../controllers/slow-load.controller.js';
import { commonMessages, describeError, leadFormMessages as msg, leadSourceLabels, leadStatusLabels } from '../messages/index.js';
import { humanize, labelFor, withCurrent } from '../shared/labels.js';
import { renderError, renderNoClient, renderSkeleton, stateStyles } from '../shared/states.js';
import { plainText } from '../shared/text.js';
import { themeStyles } from '../styles/theme.styles.js';
import { leadFormStyles } from './crm-lead-form.styles.js';
import {
  changedFields,
  emptyValues,
  isLeadField,
  toChanges,
  toInput,
  validateLead,
  valuesFromLead,
  type FieldErrors,
  type LeadField,
  type LeadValues,
} from './lead-values.js';

type TextField = 'first_name' | 'last_name' | 'email' | 'phone' | 'company';

/** Input type and autocomplete hint of each one-line field. */
const TEXT_INPUTS: ReadonlyArray<readonly [TextField, type: string, autocomplete: string]> = [
  ['first_name', 'text', 'given-name'],
  ['last_name', 'text', 'family-name'],
  ['email', 'email', 'email'],
  ['phone', 'tel', 'tel'],
  ['company', 'text', 'organization'],
];
const REQUIRED: ReadonlySet<LeadField> = new Set(['first_name', 'last_name', 'email']);

/**
 * What the server's field messages mean, when we can tell: shown in our own words, since the
 * server's may name another patient ("… is already used by Zoë Kierkegaard").
 */
const SERVER_CHECKS: ReadonlyArray<readonly [RegExp, keyof typeof msg.serverChecks]> = [
  [/already|taken|exists|unique|in use|duplicate/i, 'taken'],
  [/required|blank|empty|missing/i, 'required'],
  [/invalid|not valid|must be a valid|format/i, 'invalid'],
];

/** A field's server messages in our words, or `undefined` when we have none for them. */
function inOurWords(label: string, messages: string[]): string | undefined {
  const check = SERVER_CHECKS.find(([pattern]) => messages.some((message) => pattern.test(message)));
  return check && msg.serverChecks[check[1]](label);
}

/**
 * @summary Creates a lead, or edits one when `lead-id` is set: validated as the server validates,
 * with server errors shown beside their fields, duplicate warnings, and no lost typing on failure.
 *
 * Usable inline or inside `<crm-lead-dialog>`. Text from the CRM is always rendered as text.
 *
 * The server's checks are said in the form's own words where it knows them (a taken email, a
 * missing or invalid value); its text is shown only for the others. A create whose outcome is
 * unclear (no answer, an unreadable one, a timeout or a 5xx) may have been saved: the form says so,
 * and sending the same input again reuses the create's `Idempotency-Key`, so the CRM can tell it
 * is the same lead; changed input is a new lead, with a new key.
 *
 * @fires crm-lead-created - A lead was created. `detail: { lead }`.
 * @fires crm-lead-updated - The lead was saved. `detail: { lead }`.
 * @fires crm-cancel - The user pressed Cancel. `detail: {}`.
 * @fires crm-open-record - The user chose to open an existing record with the same email or phone. `detail: { resource: 'leads' | 'contacts', id }`.
 * @fires crm-error - Loading or saving failed, including a `422` whose messages are shown beside the fields. `detail: { error, operation: 'load' | 'create' | 'update' }`.
 *
 * @csspart form - The `<form>`.
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
 * @csspart form-error - The alert for failures that belong to no field.
 * @csspart conflict - The explanation shown when someone else changed the lead.
 * @csspart skeleton - Placeholder while the lead loads.
 * @csspart error - The load error state.
 * @csspart retry - The retry button of the error state.
 * @csspart slow - The note shown while the lead loads slowly, with its Cancel button.
 *
 * @cssprop --crm-color-primary - Save button and focus colour.
 * @cssprop --crm-color-danger - Field errors and the error state.
 * @cssprop --crm-color-warning - The duplicate note.
 * @cssprop --crm-lead-form-columns - Columns of the field grid on wide layouts (default 2).
 *
 * @example
 * <crm-lead-form api-base="/api/crm"></crm-lead-form>
 * <crm-lead-form lead-id="42" pipeline-id="2"></crm-lead-form>
 */
export class CrmLeadForm extends CrmElement {
  static override styles = [themeStyles, stateStyles, leadFormStyles];

  static override properties = {
    leadId: { type: Number, attribute: 'lead-id' },
    pipelineId: { type: Number, attribute: 'pipeline-id' },
    values: { state: true },
    initial: { state: true },
    errors: { state: true },
    formErrors: { state: true },
    saving: { state: true },
    conflict: { state: true },
    announcement: { state: true },
    loadedId: { state: true },
  };

  /** The id of the lead to edit; without it the form creates a lead. */
  leadId?: number;

  /** The pipeline a created lead joins. */
  pipelineId = 1;

  private values: LeadValues = emptyValues();
  /** The saved values (of the loaded lead, or a blank form) that `dirty` compares with. */
  private initial: LeadValues = emptyValues();
  private errors: FieldErrors = {};
  /** Failures that belong to no field the form shows (e.g. server messages on other fields). */
  private formErrors: string[] = [];
  private saving = false;
  /** Whether the explanation of a `409` shows. */
  private conflict = false;
  /** The explanation's code and words, loaded with the first conflict (most forms never meet one). */
  private readonly conflictNote = new LazyModule(this, () => import('./conflict-note.js'));
  private announcement = '';
  /** The id whose values the controls hold (`undefined` for a new lead). */
  private loadedId?: number;
  /** Fields the user had changed when they chose to reload after a conflict. */
  private discardedOnReload?: LeadField[];
  /** A create that may have been saved: its key, and the input it sent, which the key goes with. */
  private unconfirmed?: { key: string; input: string };

  private readonly loadTask = new Task(this, {
    args: () => [this.crmClient, this.leadId] as const,
    task: ([client, id], { signal }) => (client && id != null ? client.leads.get(id, { signal }) : Promise.resolve(undefined)),
    onComplete: (lead) => lead && this.loaded(lead),
    onError: (error) => {
      if (this.loadedId === this.leadId) this.formErrors = [describeError(error)];
      this.reportError(error, 'load');
    },
  });

  private readonly slowLoad = new SlowLoadController(this, this.loadTask);

  /**
   * The duplicate check, whose code loads only once someone types an email or phone (editing a
   * status or a note never needs it). The debounce covers the load; saving never depends on it.
   */
  private readonly duplicates = new LazyModule(this, () =>
    import('./duplicate-check.controller.js').then(
      ({ DuplicateCheckController }) =>
        new DuplicateCheckController(this, {
          client: () => this.crmClient,
          email: () => this.typed('email'),
          phone: () => this.typed('phone'),
          excludeLeadId: () => this.loadedId,
        }),
    ),
  );

  /** Whether the controls hold changes that are not saved. */
  get dirty(): boolean {
    return changedFields(this.values, this.initial).length > 0;
  }

  /**
   * Settles once the form shows the lead it edits, or the error that kept it from loading it; at
   * once for a new lead. Never rejects.
   */
  get ready(): Promise<void> {
    const shown = () => this.updateComplete.then(() => undefined);
    return this.loadTask.taskComplete.then(shown, shown);
  }

  /**
   * Moves focus to the first field that needs attention, else the first field; when the lead
   * could not load, to the retry button.
   */
  override focus(options?: FocusOptions): void {
    const root = this.renderRoot;
    (
      root.querySelector<HTMLElement>('[aria-invalid="true"]') ?? root.querySelector<HTMLElement>('input, select, textarea, [part="retry"]')
    )?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Switching from editing to creating starts a blank form.
    if (changed.has('leadId') && this.leadId == null && this.loadedId != null) this.reset();
  }

  private reset(lead?: Lead): void {
    this.initial = lead ? valuesFromLead(lead) : emptyValues();
    this.values = { ...this.initial };
    this.errors = {};
    this.formErrors = [];
    this.conflict = false;
    this.loadedId = lead?.id;
  }

  private loaded(lead: Lead): void {
    const discarded = this.discardedOnReload;
    this.discardedOnReload = undefined;
    this.reset(lead);
    if (discarded && this.conflictNote.value) {
      this.announce(this.conflictNote.value.reloadedMessage(discarded.map((field) => msg.fields[field])));
      this.leaveConflict();
    }
  }

  /** A value worth looking for in other records: one the user typed, not the lead's own. */
  private typed(field: 'email' | 'phone'): string {
    return this.values[field] === this.initial[field] ? '' : this.values[field];
  }

  private announce(message: string): void {
    this.announcement = message;
  }

  private validate(): FieldErrors {
    return validateLead(this.values, this.loadedId == null ? undefined : this.initial, this.pipelineId);
  }

  /**
   * Copies every change into `values`, so the value last bound to a control is always what it
   * shows: plain `.value` bindings then set a control only when the form itself changes it
   * (reset, reload), with no need for `live()`.
   */
  private onInput(event: Event): void {
    const { name, value } = event.target as HTMLInputElement;
    if (!isLeadField(name)) return;
    this.values = { ...this.values, [name]: value };
    if (name === 'email' || name === 'phone') void this.duplicates.get();
    // A message already shown follows the typing, so it goes away as soon as the field is right.
    if (this.errors[name]) this.errors = { ...this.errors, [name]: this.validate()[name] };
  }

  private onFocusOut(event: FocusEvent): void {
    const { name } = event.target as HTMLInputElement;
    if (isLeadField(name)) this.errors = { ...this.errors, [name]: this.validate()[name] };
  }

  private async showErrors(errors: FieldErrors, others: string[] = []): Promise<void> {
    this.errors = errors;
    this.formErrors = others;
    const count = Object.values(errors).filter(Boolean).length + others.length;
    this.announce(msg.invalid(count));
    await this.updateComplete;
    this.focus();
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.crmClient;
    // The only guard against a second save: Save is aria-disabled, not disabled, because a
    // focused button that becomes disabled drops focus to the page.
    if (this.saving || !client) return;
    const errors = this.validate();
    if (Object.keys(errors).length) return this.showErrors(errors);
    const editId = this.loadedId;
    if (editId != null && !this.dirty) return this.announce(msg.nothingToSave);

    this.saving = true;
    this.formErrors = [];
    this.conflict = false;
    this.announce(msg.saving);
    // A create sent again unchanged after an unclear outcome is the same create: it keeps its key.
    const input = toInput(this.values, this.pipelineId);
    const sent = JSON.stringify(input);
    const idempotencyKey = this.unconfirmed?.input === sent ? this.unconfirmed.key : createIdempotencyKey();
    this.unconfirmed = undefined;
    try {
      if (editId == null) {
        const lead = await client.leads.create(input, { idempotencyKey });
        this.reset();
        this.announce(msg.created);
        this.emit('crm-lead-created', { lead });
      } else {
        const lead = await client.leads.update(editId, toChanges(this.values, this.initial));
        this.reset(lead);
        this.announce(msg.updated);
        this.emit('crm-lead-updated', { lead });
      }
    } catch (error) {
      if (editId == null && isOutcomeUnknown(error)) this.unconfirmed = { key: idempotencyKey, input: sent };
      await this.saveFailed(error, editId == null ? 'create' : 'update');
    } finally {
      this.saving = false;
    }
  }

  /** Keeps every typed value; says what went wrong where the user will look for it. */
  private async saveFailed(error: unknown, operation: 'create' | 'update'): Promise<void> {
    this.reportError(error, operation);
    if (isHttpError(error, 422) && Object.keys(error.fieldErrors).length) {
      const fields: FieldErrors = {};
      const others: string[] = [];
      for (const [name, messages] of Object.entries(error.fieldErrors)) {
        const label = isLeadField(name) ? msg.fields[name] : humanize(name);
        const ours = inOurWords(label, messages);
        const theirs = plainText(messages.join(' '));
        if (isLeadField(name)) fields[name] = ours ?? theirs;
        else others.push(ours ?? msg.otherFieldError(label, theirs));
      }
      return this.showErrors(fields, others);
    }
    if (isHttpError(error, 409) && operation === 'update') {
      // Should its code fail to load, the general message below still says what happened.
      this.conflict = !!(await this.conflictNote.get());
      if (this.conflict) {
        this.announce('');
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('[data-action="reload"]')?.focus();
        return;
      }
    }
    // The alert region says it; repeating it in the status region would announce it twice.
    this.formErrors = [this.unconfirmed ? msg.mayBeSaved : describeError(error)];
    this.announce('');
  }

  /** The note, and focus on its Reload button, stay until the reloaded lead replaces them. */
  private reloadAfterConflict(): void {
    this.discardedOnReload = changedFields(this.values, this.initial);
    this.loadTask.run();
  }

  /**
   * Hides the conflict note. Focus moves first, to the first field the user changed (the first
   * field after a reload, which discards them), so it does not fall to the page with the note.
   */
  private leaveConflict(): void {
    this.renderRoot.querySelector<HTMLElement>(`#${changedFields(this.values, this.initial)[0] ?? 'first_name'}`)?.focus();
    this.conflict = false;
  }

  /** Loads the lead again; Retry goes with the error, so focus follows to the fields once they show. */
  private readonly retryLoad = () => {
    void this.loadTask.run();
    void this.ready.then(() => this.focus());
  };

  protected override render() {
    if (!this.crmClient) return renderNoClient();
    if (this.leadId != null && this.loadedId !== this.leadId) {
      return this.loadTask.status === TaskStatus.ERROR
        ? renderError(this.loadTask.error, this.retryLoad)
        : html`${this.slowLoad.render()}${renderSkeleton(8)}`;
    }
    const editing = this.loadedId != null;
    const reloading = this.loadTask.status === TaskStatus.PENDING;
    return html`
      <form
        part="form"
        novalidate
        aria-label=${editing ? msg.formLabel.edit : msg.formLabel.create}
        aria-busy=${this.saving || reloading ? 'true' : 'false'}
        @submit=${this.onSubmit}
        @input=${this.onInput}
        @focusout=${this.onFocusOut}
      >
        <p class="note">${msg.requiredNote}</p>
        <div class="fields">
          ${TEXT_INPUTS.map(([name, type, autocomplete]) =>
            this.renderField(
              name,
              html`<input
                id=${name}
                name=${name}
                type=${type}
                autocomplete=${autocomplete}
                part="input"
                ?required=${REQUIRED.has(name)}
                .value=${this.values[name]}
                aria-invalid=${this.errors[name] ? 'true' : 'false'}
                aria-describedby=${this.describedBy(name)}
              />`,
            ),
          )}
          ${this.renderSelect('status', LEAD_STATUSES, leadStatusLabels)} ${this.renderSelect('source', LEAD_SOURCES, leadSourceLabels)}
          ${this.renderField(
            'notes',
            html`<textarea
              id="notes"
              name="notes"
              rows="4"
              part="input"
              .value=${this.values.notes}
              aria-invalid=${this.errors.notes ? 'true' : 'false'}
              aria-describedby=${this.describedBy('notes')}
            ></textarea>`,
          )}
        </div>
        <div class="form-error" part="form-error" role="alert">${this.formErrors.map((text) => html`<p>${text}</p>`)}${this.conflict && this.conflictNote.value
            ? this.conflictNote.value.renderConflict(
                () => this.reloadAfterConflict(),
                () => this.leaveConflict(),
              )
            : nothing}</div>
        <div class="actions" part="actions">
          <button class="button primary" type="submit" part="submit" aria-disabled=${this.saving}>
            ${this.saving ? msg.saving : editing ? msg.save : msg.create}
          </button>
          <button class="button" type="button" part="cancel" @click=${() => this.emit('crm-cancel', {})}>
            ${commonMessages.cancel}
          </button>
        </div>
        <p class="status" part="status" role="status">${this.announcement}</p>
      </form>
    `;
  }

  /** The ids of what describes the control, or `nothing` (no attribute) when none does. */
  private describedBy(name: LeadField) {
    const ids = [this.errors[name] ? `${name}-error` : '', name === 'email' || name === 'phone' ? `${name}-duplicates` : ''];
    return ids.filter(Boolean).join(' ') || nothing;
  }

  private renderField(name: LeadField, control: unknown) {
    const error = this.errors[name];
    return html`<div class="field field-${name}" part="field">
      <label for=${name} part="label">
        ${msg.fields[name]}${REQUIRED.has(name) ? html`<span aria-hidden="true"> *</span>` : nothing}
      </label>
      ${control}
      ${error ? html`<p class="field-error" id="${name}-error" part="field-error">${error}</p>` : nothing}
      ${name === 'email' || name === 'phone' ? this.renderDuplicates(name) : nothing}
    </div>`;
  }

  private renderSelect(name: 'status' | 'source', known: readonly string[], labels: Record<string, string>) {
    const current = this.values[name];
    return this.renderField(
      name,
      html`<select id=${name} name=${name} part="input" .value=${current} aria-invalid=${this.errors[name] ? 'true' : 'false'}
        aria-describedby=${this.describedBy(name)}>
        ${name === 'source' ? html`<option value="" ?selected=${!current}>${msg.noSource}</option>` : nothing}
        ${withCurrent(known, current).map(
          (value) => html`<option value=${value} ?selected=${value === current}>${labelFor(labels, value)}</option>`,
        )}
      </select>`,
    );
  }

  /** Always present (a live region must exist before its content changes); filled when a match is found. */
  private renderDuplicates(field: 'email' | 'phone') {
    // No whitespace around the content, so the box collapses (:empty) when there is nothing to say.
    return html`<div class="duplicates" id="${field}-duplicates" part="duplicates" role="status">${this.duplicates.value?.render(field, msg.fields[field], ({ resource, id }) =>
        this.emit('crm-open-record', { resource, id }),
      ) ?? nothing}</div>`;
  }
}
