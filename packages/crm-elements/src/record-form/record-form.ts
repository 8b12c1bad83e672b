import { TaskStatus } from '@lit/task';
import { createIdempotencyKey, isHttpError, isOutcomeUnknown, type CrmId } from '@mindbrite/crm-client';
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { CrmElement } from '../base/crm-element.js';
import { CrmTask } from '../controllers/crm-task.js';
import { LazyModule } from '../controllers/lazy-module.controller.js';
import { SlowLoadController } from '../controllers/slow-load.controller.js';
import { words } from '../localize/localize.js';
import { commonMessages, describeError } from '../messages/common.js';
import { recordFormMessages } from '../messages/record-form.js';
import { labelFor, withCurrent } from '../shared/labels.js';
import { renderError, renderNoClient } from '../shared/states.js';
import { changedFields, toChanges, toInput, validate, valuesOf, type FieldErrors, type FieldSpec, type RecordFormSpec, type Values } from './record-spec.js';

/** The fields the duplicate check looks for in other records. */
const CHECKED = new Set(['email', 'phone']);

/**
 * What every record form is (`<crm-lead-form>`, `<crm-contact-form>`): a form created from a
 * `RecordFormSpec`, validated with the client's schemas, that creates a record or edits the one
 * whose id `recordId` gives, sending only what changed. A refused save (the form's checks or a
 * `422`) shows each message beside its field and lists them in an error summary at the top, a
 * `409` is explained with a way to reload, duplicates (same email or phone) are pointed out
 * before saving, and nothing typed is lost when saving fails. One request per save: a create
 * carries an `Idempotency-Key`, kept when its outcome is unclear and sent again unchanged.
 *
 * A subclass names its id property and its events, and adopts `recordFormStyles` after the theme
 * and state styles; the rest is the spec. A form with fields the shared words do not name (an
 * opportunity's) labels them (`label`); one with a control of its own, such as a picker, renders it
 * for its field (`renderControl`) and gives the form what was chosen through `setValue`, as typing
 * does; it may read the controls' `values`, their saved `initial` ones and the record as loaded
 * (`loadTask.value`).
 */
export abstract class RecordForm<Model extends { id: CrmId }, Input, Update> extends CrmElement {
  /** The id of the record to edit (the element's `lead-id`, `contact-id`, …); `undefined` creates one. */
  protected abstract get recordId(): CrmId | undefined;

  /** Fires the element's event for a record it created or saved. */
  protected abstract saved(record: Model, created: boolean): void;

  /** @param spec What this form edits: fields, schemas, resource and words. */
  constructor(protected readonly spec: RecordFormSpec<Model, Input, Update>) {
    super();
  }

  /** What the controls hold; a subclass changes them through `setValue`, as a user's typing does. */
  @state() protected values: Values = { ...this.spec.blank };
  /** The saved values (of the loaded record, or a blank form) that `dirty` compares with. */
  @state() protected initial: Values = this.values;
  @state() private errors: FieldErrors = {};
  /** Failures that belong to no field the form shows (e.g. server messages on other fields). */
  @state() private formErrors: string[] = [];
  @state() private saving = false;
  @state() private announcement = '';
  /** The id whose values the controls hold (`undefined` for a new record). */
  @state() private loadedId?: CrmId;

  /** A create that may have been saved: its key, and the input it sent, which the key goes with. */
  #unconfirmed?: { key: string; input: string };

  /** Loads the record to edit; its `value` is the record as loaded. */
  protected readonly loadTask = new CrmTask(this, {
    args: () => [this.crmClient, this.recordId] as const,
    task: ([client, id], { signal }) => (client && id != null ? this.spec.records(client).get(id, { signal }) : undefined),
    onComplete: (record) => record && this.#loaded(record),
    onError: (error) => {
      if (this.loadedId === this.recordId) this.formErrors = [describeError(error, this.t(commonMessages))];
      this.reportError(error, 'load');
    },
    reloadOnReconnect: false,
  });

  readonly #slowLoad = new SlowLoadController(this, this.loadTask);

  /** The explanation of a `409`, loaded with the first conflict (most forms never meet one). */
  readonly #conflictNote = new LazyModule(this, () =>
    this.#withNotes(import('./conflict-note.js')).then(
      ([{ ConflictNote }, words]) =>
        new ConflictNote(this, {
          words: () => this.t(words),
          changed: () => this.#changed(),
          label: (name) => this.label(name),
          reload: () => void this.loadTask.run(),
          announce: (message) => this.#announce(message),
          focusField: this.#focusField,
        }),
    ),
  );

  /**
   * The error summary of a failed save, and what a `422`'s messages mean, loaded with the first
   * one (a form filled in right never needs them).
   */
  readonly #summary = new LazyModule(this, () =>
    import('./error-summary.js').then(
      ({ ErrorSummary }) =>
        new ErrorSummary(this, {
          title: (count) => this.t(this.spec.messages).invalid(count),
          fields: this.spec.fields,
          label: (name) => this.label(name),
          errors: () => this.errors,
          focusField: this.#focusField,
        }),
    ),
  );

  /**
   * The duplicate check, whose code loads only once someone types an email or phone (editing a
   * status or a note never needs it). The debounce covers the load; saving never depends on it.
   */
  readonly #duplicates = new LazyModule(this, () =>
    this.#withNotes(import('./duplicate-check.controller.js')).then(
      ([{ DuplicateCheckController }, words]) =>
        new DuplicateCheckController(this, {
          client: () => this.crmClient,
          email: () => this.#typed('email'),
          phone: () => this.#typed('phone'),
          own: () => (this.loadedId == null ? undefined : { resource: this.spec.resource, id: this.loadedId }),
          saveAnyway: () => this.t(words).saveAnyway,
        }),
    ),
  );

  /** Moves focus to the control of a field, or to the first field. */
  readonly #focusField = (name = this.spec.fields[0]!.name) => this.renderRoot.querySelector<HTMLElement>(`#${name}`)?.focus();

  /** A note's code, with the form's words for its notes. */
  #withNotes<Module>(module: Promise<Module>) {
    return Promise.all([module, this.spec.notes()]);
  }

  /** Whether the controls hold changes that are not saved. */
  get dirty(): boolean {
    return this.#changed().length > 0;
  }

  /**
   * Settles once the form shows the record it edits, or the error that kept it from loading it;
   * at once for a new record. Never rejects.
   */
  get ready(): Promise<void> {
    const shown = () => this.updateComplete.then(() => undefined);
    return this.loadTask.taskComplete.then(shown, shown);
  }

  /**
   * Moves focus to the first field that needs attention, else the first field; when the record
   * could not load, to the retry button.
   */
  override focus(options?: FocusOptions): void {
    const root = this.renderRoot;
    (
      root.querySelector<HTMLElement>('[aria-invalid="true"]') ?? root.querySelector<HTMLElement>('input, select, textarea, [part="retry"]')
    )?.focus(options);
  }

  protected override willUpdate(): void {
    // Switching from editing to creating starts a blank form.
    if (this.recordId == null && this.loadedId != null) this.#reset();
  }

  /** A field's label: ours for the fields we know, else its name made readable. A subclass labels its own fields. */
  protected label(name: string): string {
    return labelFor(this.t(recordFormMessages).fields, name);
  }

  #changed(): string[] {
    return changedFields(this.spec.fields, this.values, this.initial);
  }

  #reset(record?: Model): void {
    this.initial = record ? valuesOf(this.spec.fields, record) : { ...this.spec.blank };
    this.values = { ...this.initial };
    this.errors = {};
    this.#hideNotes();
    // The id as the host gave it, which the form compares with: a backend may answer `"7"` for 7.
    this.loadedId = record && (this.recordId ?? record.id);
  }

  /** Clears what the last save said: its failure, its conflict and its error summary. */
  #hideNotes(): void {
    this.formErrors = [];
    this.#conflictNote.value?.hide();
    this.#summary.value?.hide();
  }

  #loaded(record: Model): void {
    this.#reset(record);
    this.#conflictNote.value?.loaded();
  }

  /** A value worth looking for in other records: one the user typed, not the record's own. */
  #typed(name: string): string {
    return this.values[name] === this.initial[name] ? '' : this.values[name]!;
  }

  #announce(message: string): void {
    this.announcement = message;
  }

  /** What a create sends: the fields (a subclass adds what they do not hold, such as a lead's pipeline). */
  protected input(): object {
    return toInput(this.spec.fields, this.values);
  }

  /**
   * The client's check of a field in the form's language: the form's own words for the field when
   * it has them (the checks of numbers, dates and choices), else the client's, which speaks
   * English, in the translations' words (when loaded).
   */
  readonly #sayCheck = (message: string, name: string) =>
    this.t(this.spec.messages).checks?.[name] ?? words.check?.(message, this.label(name), this.effectiveLocale) ?? message;

  /** Checks the whole input when creating, the changed fields when editing (a stored record that predates today's rules can still be edited). */
  #validate(): FieldErrors {
    const { spec } = this;
    return this.loadedId == null
      ? validate(spec.input, this.input(), spec.fields, this.#sayCheck)
      : validate(spec.update, toChanges(spec.fields, this.values, this.initial), spec.fields, this.#sayCheck);
  }

  /**
   * Takes a control's new text (`name` is its field), as typed (every `input` event's target) or
   * chosen in a control of the subclass's own (a picker). Every change is copied into `values`, so
   * the value last bound to a control is always what it shows: plain `.value` bindings then set a
   * control only when the form itself changes it (reset, reload), with no need for `live()`.
   */
  protected setValue({ name, value }: { name: string; value: string }): void {
    if (!Object.hasOwn(this.values, name)) return;
    this.values = { ...this.values, [name]: value };
    if (CHECKED.has(name)) void this.#duplicates.get();
    // A message already shown follows the typing, so it goes away as soon as the field is right.
    if (this.errors[name]) this.errors = { ...this.errors, [name]: this.#validate()[name] };
  }

  /**
   * Leaving a field checks it. A message already shown stays: it follows the typing (`onInput`),
   * and a server's message, which no check here can repeat, must not go because focus moved on.
   */
  #onFocusOut(event: FocusEvent): void {
    const { name } = event.target as HTMLInputElement;
    if (Object.hasOwn(this.values, name) && !this.errors[name]) this.errors = { ...this.errors, [name]: this.#validate()[name] };
  }

  /**
   * Shows what a failed save needs: each message beside its field, with focus on the first field
   * that needs attention, and the error summary (an alert, so the status region says nothing).
   * The messages and focus do not wait for the summary's code, nor depend on it loading.
   */
  async #showErrors(errors: FieldErrors, others: string[] = []): Promise<void> {
    this.errors = errors;
    this.formErrors = [];
    this.#announce('');
    void this.#summary.get().then((summary) => summary?.show(others));
    await this.updateComplete;
    this.focus();
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.crmClient;
    // The only guard against a second save: Save is aria-disabled, not disabled, because a
    // focused button that becomes disabled drops focus to the page.
    if (this.saving || !client || !this.#allowed) return;
    const errors = this.#validate();
    if (Object.keys(errors).length) return this.#showErrors(errors);
    const editId = this.loadedId;
    const msg = this.t(recordFormMessages);
    if (editId != null && !this.dirty) return this.#announce(msg.nothingToSave);

    this.saving = true;
    this.#hideNotes();
    this.#announce(msg.saving);
    // A create sent again unchanged after an unclear outcome is the same create: it keeps its key.
    const input = this.input();
    const sent = JSON.stringify(input);
    const idempotencyKey = this.#unconfirmed?.input === sent ? this.#unconfirmed.key : createIdempotencyKey();
    this.#unconfirmed = undefined;
    const records = this.spec.records(client);
    try {
      if (editId == null) {
        const record = await records.create(input as Input, { idempotencyKey });
        this.#reset();
        this.#announce(this.t(this.spec.messages).created);
        this.saved(record, true);
      } else {
        const record = await records.update(editId, toChanges(this.spec.fields, this.values, this.initial) as Update);
        this.#reset(record);
        this.#announce(msg.updated);
        this.saved(record, false);
      }
    } catch (error) {
      if (editId == null && isOutcomeUnknown(error)) this.#unconfirmed = { key: idempotencyKey, input: sent };
      await this.#saveFailed(error, editId == null ? 'create' : 'update');
    } finally {
      this.saving = false;
    }
  }

  /** Keeps every typed value; says what went wrong where the user will look for it. */
  async #saveFailed(error: unknown, operation: 'create' | 'update'): Promise<void> {
    this.reportError(error, operation);
    // Should the code of a note fail to load, the general message below still says what happened.
    if (isHttpError(error, 422) && Object.keys(error.fieldErrors).length) {
      const summary = await this.#summary.get();
      if (summary) return this.#showErrors(...summary.fromServer(error.fieldErrors));
    }
    const conflict = isHttpError(error, 409) && operation === 'update' && (await this.#conflictNote.get());
    if (conflict) {
      this.#announce('');
      return conflict.show();
    }
    // The alert region says it; repeating it in the status region would announce it twice.
    this.formErrors = [this.#unconfirmed ? this.t(this.spec.messages).mayBeSaved : describeError(error, this.t(commonMessages))];
    this.#announce('');
    // A refused form loses its Save button, which had focus: keep focus in the form.
    if (!this.#allowed) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part=cancel]')?.focus());
  }

  /** Whether the user may save: create a record, or change the one the form edits. */
  get #allowed(): boolean {
    return this.may(this.spec.resource, this.recordId == null ? 'create' : 'edit');
  }

  /** Loads the record again; Retry goes with the error, so focus follows to the fields once they show. */
  readonly #retryLoad = () => {
    void this.loadTask.run();
    void this.ready.then(() => this.focus());
  };

  protected override render() {
    const common = this.t(commonMessages);
    if (!this.crmClient) return renderNoClient(common, this.waitsForClient, this.spec.fields.length);
    const { fields } = this.spec;
    const messages = this.t(this.spec.messages);
    const msg = this.t(recordFormMessages);
    const allowed = this.#allowed;
    // A form the user may not save is not offered; one refused while filled in keeps what was typed, less Save.
    if (!allowed && !this.dirty) return html`<p class="form-error" part="form-error" role="status">${common.errors.forbidden}</p>`;
    // The record's fields show at once, empty and inert, and fill when it comes: nothing below moves.
    const loading = this.recordId != null && this.loadedId !== this.recordId;
    if (loading && this.loadTask.status === TaskStatus.ERROR) return renderError(common, this.loadTask.error, this.#retryLoad);
    const editing = loading || this.loadedId != null;
    const reloading = this.loadTask.status === TaskStatus.PENDING;
    return html`${this.#slowLoad.render()}
      <form
        part="form"
        ?inert=${loading}
        novalidate
        aria-label=${editing ? messages.formLabel.edit : messages.formLabel.create}
        aria-busy=${this.saving || reloading ? 'true' : 'false'}
        @submit=${this.#onSubmit}
        @input=${(event: Event) => this.setValue(event.target as HTMLInputElement)}
        @focusout=${this.#onFocusOut}
      >
        ${this.#summary.value?.render()}
        <p class="note">${msg.requiredNote}</p>
        <div class="fields">${fields.map((field) => this.#renderField(field))}</div>
        <div class="form-error" part="form-error" role="alert">${this.formErrors.map((text) => html`<p>${text}</p>`)}${this.#conflictNote.value?.render()}</div>
        <div class="actions" part="actions">
          ${allowed
            ? html`<button class="button primary" type="submit" part="submit" aria-disabled=${this.saving}>
            ${this.saving ? msg.saving : editing ? msg.save : messages.create}
          </button>`
            : nothing}
          <button class="button" type="button" part="cancel" @click=${() => this.emit('crm-cancel', {})}>
            ${common.cancel}
          </button>
        </div>
        <p class="status" part="status" role="status">${this.announcement}</p>
      </form>
    `;
  }

  #renderField(field: FieldSpec) {
    const { name, required, wide } = field;
    const error = this.errors[name];
    const checked = CHECKED.has(name);
    // The ids of what describes the control, or `nothing` (no attribute) when none does.
    const describedBy = [error ? `${name}-error` : '', checked ? `${name}-duplicates` : ''].filter(Boolean).join(' ') || nothing;
    return html`<div class="field ${wide ? 'wide' : ''}" part="field">
      <label for=${name} part="label">
        ${this.label(name)}${required ? html`<span aria-hidden="true"> *</span>` : nothing}
      </label>
      ${this.renderControl(field, error ? 'true' : 'false', describedBy)}
      ${error ? html`<p class="field-error" id="${name}-error" part="field-error">${error}</p>` : nothing}
      ${checked ? this.#renderDuplicates(name) : nothing}
    </div>`;
  }

  /**
   * The control of a field, with its `id` and `name` (the field's name), `part="input"`, `aria-invalid` (`invalid`) and
   * `aria-describedby` (`describedBy`, or `nothing`). A subclass renders a control of its own (a picker) for its field.
   */
  protected renderControl({ name, type, autocomplete, required, options = [], labels = {}, none }: FieldSpec, invalid: string, describedBy: unknown): unknown {
    const value = this.values[name]!;
    if (type === 'select') {
      return html`<select id=${name} name=${name} part="input" .value=${value} aria-invalid=${invalid} aria-describedby=${describedBy}>
        ${none ? html`<option value="" ?selected=${!value}>${this.t(recordFormMessages).noValue}</option>` : nothing}
        ${withCurrent(options, value).map((option) => html`<option value=${option} ?selected=${option === value}>${labelFor(this.t(labels), option)}</option>`)}
      </select>`;
    }
    if (type === 'textarea') {
      return html`<textarea id=${name} name=${name} rows="4" part="input" .value=${value} aria-invalid=${invalid} aria-describedby=${describedBy}></textarea>`;
    }
    return html`<input
      id=${name}
      name=${name}
      type=${type}
      autocomplete=${autocomplete ?? nothing}
      part="input"
      ?required=${required}
      .value=${value}
      aria-invalid=${invalid}
      aria-describedby=${describedBy}
    />`;
  }

  /** Always present (a live region must exist before its content changes); filled when a match is found. */
  #renderDuplicates(name: string) {
    // No whitespace around the content, so the box collapses (:empty) when there is nothing to say.
    return html`<div class="duplicates" id="${name}-duplicates" part="duplicates" role="status">${this.#duplicates.value?.render(
        name as 'email' | 'phone',
        this.label(name),
        ({ resource, id }) => this.emit('crm-open-record', { resource, id }),
      ) ?? nothing}</div>`;
  }
}
