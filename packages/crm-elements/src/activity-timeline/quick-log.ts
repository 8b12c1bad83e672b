// Loaded on demand when the box is allowed, beside the first load of the activity, so the
// element's first load is its shell.
import { isHttpError, type CrmClient, type CrmId, type FollowUp } from '@mindbrite/crm-client';
import { css, html, nothing } from 'lit';
import type { ModuleHost } from '../base/module-host.js';
import { activityTimelineLogMessages } from '../messages/activity-timeline-log.js';
import { commonMessages, describeError } from '../messages/common.js';
import { fieldStyles } from '../record-form/field.styles.js';
import { serverErrors } from '../record-form/server-errors.js';
import { addStyles } from '../shared/add-styles.js';
import type { CrmOperation } from '../shared/events.js';
import { toggleStyles } from '../styles/toggle.styles.js';

const logStyles = css`
  ${toggleStyles}
  ${fieldStyles}
  .log {
    display: grid;
    gap: var(--_space) calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
  }
  .kinds {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }
  .log > .button {
    justify-self: start;
  }
  @container (min-width: 36rem) {
    .log {
      grid-template-columns: 1fr 1fr;
    }
    .log > :is(.kinds, .field-description, .error, .button),
    /* A note has no outcome: its summary takes the whole row. */
    .field-subject:has(+ .field-description) {
      grid-column: 1 / -1;
    }
  }
`;

/** What the box logs. */
type Kind = 'call' | 'note';

/** The box's fields, in order; a note has no outcome. */
const FIELDS = ['subject', 'outcome', 'description'] as const;

/** What the quick box may read and do in its element. */
export interface QuickLogContext {
  readonly host: ModuleHost;
  client(): CrmClient | undefined;
  contactId(): CrmId | undefined;
  /** The follow-up was created: the element shows it at the top and fires `crm-follow-up-created`. */
  logged(followUp: FollowUp): void;
  reportError(error: unknown, operation: CrmOperation): void;
}

/**
 * The quick box: log a call (summary, optional outcome and details) or add a note (summary and
 * details), created as a completed follow-up in one request, both of its dates the moment it is
 * sent, in UTC. Saved, the box clears, focus returns to the summary and a status region says so;
 * refused, what was typed stays and the messages show beside their fields (a `422`'s in our words
 * where we know what they mean), or in an alert for the box.
 */
export class QuickLog {
  #kind: Kind = 'call';
  #saving = false;
  /** Why the last entry could not be logged: by field, and for the box as a whole (`''`). */
  #errors: Partial<Record<string, string>> = {};
  #announcement = '';

  constructor(private readonly context: QuickLogContext) {
    addStyles(context.host.renderRoot, logStyles);
  }

  get #form(): HTMLFormElement | null {
    return this.context.host.renderRoot.querySelector('form');
  }

  /** Clears the box and its messages: what was typed for one contact is not for another. */
  reset(): void {
    this.#form?.reset();
    this.#update({});
  }

  render() {
    const words = this.context.host.t(activityTimelineLogMessages);
    const errors = this.#errors;
    const kind = this.#kind;
    const field = (name: (typeof FIELDS)[number], label: string, control: (describedBy: string | typeof nothing, invalid: string) => unknown) =>
      html`<div class="field field-${name}">
        <label for=${name}>${label}</label>${control(errors[name] ? `${name}-error` : nothing, String(!!errors[name]))}
        ${errors[name] ? html`<p class="field-error" part="field-error" id="${name}-error">${errors[name]}</p>` : nothing}
      </div>`;
    return html`<form class="log" part="log" aria-label=${words.label} novalidate @submit=${this.#log}>
        <div class="kinds" role="group" aria-label=${words.kind}>
          ${(['call', 'note'] as const).map(
            (option) =>
              html`<button class="button" type="button" part="kind" aria-pressed=${String(kind === option)} @click=${() => this.#choose(option)}>
                ${words[option]}
              </button>`,
          )}
        </div>
        ${field(
          'subject',
          words.fields.subject,
          (describedBy, invalid) =>
            html`<input id="subject" name="subject" maxlength="200" autocomplete="off" aria-invalid=${invalid} aria-describedby=${describedBy} />`,
        )}
        ${kind === 'call'
          ? field(
              'outcome',
              words.optional(words.fields.outcome),
              (describedBy, invalid) =>
                html`<input id="outcome" name="outcome" maxlength="2000" autocomplete="off" aria-invalid=${invalid} aria-describedby=${describedBy} />`,
            )
          : nothing}
        ${field(
          'description',
          words.optional(words.fields.description),
          (describedBy, invalid) =>
            html`<textarea id="description" name="description" rows="2" maxlength="5000" aria-invalid=${invalid} aria-describedby=${describedBy}></textarea>`,
        )}
        ${errors[''] ? html`<div class="error" part="log-error" role="alert"><p>${errors['']}</p></div>` : nothing}
        <button class="button primary" type="submit" part="save" aria-disabled=${String(this.#saving)}>
          ${kind === 'call' ? words.logCall : words.addNote}
        </button>
      </form>
      <p class="visually-hidden" role="status">${this.#announcement}</p>`;
  }

  #choose(kind: Kind): void {
    this.#kind = kind;
    this.context.host.requestUpdate();
  }

  #update(errors: Partial<Record<string, string>>, announcement = ''): void {
    this.#errors = errors;
    this.#announcement = announcement;
    this.context.host.requestUpdate();
  }

  /** Creates the completed follow-up the box describes, in one request. */
  readonly #log = async (event: SubmitEvent) => {
    event.preventDefault();
    const { context } = this;
    const [client, contactId, form, kind] = [context.client(), context.contactId(), this.#form, this.#kind];
    if (this.#saving || !client || contactId == null || !form) return;
    const words = context.host.t(activityTimelineLogMessages);
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const subject = text('subject');
    if (!subject) return this.#failed({ subject: words.subjectRequired });
    const now = new Date().toISOString();
    const outcome = text('outcome');
    this.#saving = true;
    this.#update({});
    try {
      const followUp = await client.followUps.create({
        contact_id: contactId,
        type: kind,
        subject,
        description: text('description'),
        scheduled_date: now,
        completed: true,
        completed_date: now,
        ...(outcome && { outcome }),
      });
      form.reset();
      this.#update({}, kind === 'call' ? words.callLogged : words.noteAdded);
      context.logged(followUp);
      await this.#focus('subject');
    } catch (error) {
      context.reportError(error, 'create');
      this.#failed(this.#describe(error, form));
    } finally {
      this.#saving = false;
      context.host.requestUpdate();
    }
  };

  /** A failure in words: a `422`'s messages by the fields the box shows (the rest for the box), else what went wrong. */
  #describe(error: unknown, form: HTMLFormElement): Partial<Record<string, string>> {
    const { host } = this.context;
    const failed = { '': describeError(error, host.t(commonMessages)) };
    if (!isHttpError(error, 422)) return failed;
    const { fields: labels } = host.t(activityTimelineLogMessages);
    const shown = new Set(FIELDS.filter((name) => form.elements.namedItem(name)));
    const [fields, others] = serverErrors(error.fieldErrors, shown, (name) => labels[name as keyof typeof labels], (section) => host.t(section));
    return others.length || !Object.keys(fields).length ? { ...fields, '': [failed[''], ...others].join(' ') } : fields;
  }

  /** Shows `errors`, and takes focus to the first field that needs attention; an alert for the box leaves focus where it is. */
  #failed(errors: Partial<Record<string, string>>): void {
    this.#update(errors);
    const field = FIELDS.find((name) => errors[name]);
    if (field) void this.#focus(field);
  }

  async #focus(name: string): Promise<void> {
    await this.context.host.updateComplete;
    this.context.host.renderRoot.querySelector<HTMLElement>(`#${name}`)?.focus();
  }
}
