import { css, html, nothing, type ReactiveControllerHost } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
// Straight from their modules rather than messages/index.js, so this chunk needs nothing of the form's.
import type { CrmElement } from '../base/crm-element.js';
import { recordFormNoteMessages } from '../messages/record-form-notes.js';
import { addStyles } from '../shared/add-styles.js';
import type { FieldErrors, FieldSpec } from './record-spec.js';
import { serverErrors } from './server-errors.js';

/** What the error summary may read and do in its form. */
export interface ErrorSummaryContext {
  /** The summary's title, for the number of things it lists (the form's `invalid`). */
  title: (count: number) => string;
  /** The form's fields, in the order it shows them. */
  fields: readonly FieldSpec[];
  /** A field's label in the form. */
  label: (name: string) => string;
  /** The message of each field that needs attention now. */
  errors: () => FieldErrors;
  /** Moves focus to the control of a field. */
  focusField: (name: string) => void;
}

/** What the summary adds, loading with it, to the look of the form's alert box (`.form-error`), which it takes. */
const summaryStyles = css`
  .error-summary ul {
    margin: 0;
  }
  /* Links as tall as a target must be (24px), in the colour of the messages beside the fields; aligned
     at the top, so a link that wraps keeps its bullet on its first line. */
  .error-summary a {
    display: inline-block;
    vertical-align: top;
    min-height: 1.5rem;
    color: var(--_color-danger);
    font-weight: 600;
  }
  /* Focus sent to a field from the summary shows its label too, not only its control. */
  [aria-invalid='true'] {
    scroll-margin-block-start: 3rem;
  }
`;

/**
 * The error summary of a save the form refused or the server did (the GOV.UK and USWDS pattern):
 * at the top of the form, an alert titled with how many things need attention, listing each field
 * as a link that moves focus to its control (a hash link cannot reach into the shadow root), then
 * the server's messages about fields the form does not show.
 *
 * It is announced when it appears, once per failed save. After that it changes without a word
 * (`aria-relevant="additions"`, and nothing is ever added): a field fixed since leaves the list
 * for good, and the summary goes with the last one, while the user is typing. Focus goes to the
 * first field that needs attention rather than to the summary (GOV.UK's choice): that is where the
 * user acts, its message is read with it, and the links are one Shift+Tab away. Loaded with the
 * first failed save, which a form filled in right never meets.
 * @example
 * const summary = new ErrorSummary(this, { title, fields, label, errors, focusField });
 * summary.show(['Pipeline id: is unknown']);
 */
export class ErrorSummary {
  readonly #host: ReactiveControllerHost & Pick<CrmElement, 't'>;
  readonly #context: ErrorSummaryContext;
  /** The fields that needed attention when the save failed and still do, in form order. */
  #names: string[] = [];
  /** Messages that belong to no field the form shows. */
  #others: string[] = [];
  /** Failed saves so far: each shows the summary as a new alert, so it is announced again. */
  #shown = 0;

  constructor(host: ReactiveControllerHost & Pick<CrmElement, 't'> & { readonly renderRoot: HTMLElement | DocumentFragment }, context: ErrorSummaryContext) {
    this.#host = host;
    this.#context = context;
    addStyles(host.renderRoot as ShadowRoot, summaryStyles);
  }

  /** Lists the fields that need attention now, then `others`: after a failed save. */
  show(others: string[]): void {
    const errors = this.#context.errors();
    this.#names = this.#context.fields.map(({ name }) => name).filter((name) => errors[name]);
    this.#others = others;
    this.#shown += 1;
    this.#host.requestUpdate();
  }

  /** A `422`'s messages in the form's words: for each field it shows, and the others, which `show` takes. */
  fromServer(fieldErrors: Record<string, string[]>): [FieldErrors, string[]] {
    return serverErrors(fieldErrors, new Set(this.#context.fields.map(({ name }) => name)), this.#context.label, (section) => this.#host.t(section));
  }

  hide(): void {
    this.#names = this.#others = [];
    this.#host.requestUpdate();
  }

  render() {
    const { errors, title, focusField, label } = this.#context;
    const messages = errors();
    const notes = this.#host.t(recordFormNoteMessages);
    // A field fixed since the save leaves the list for good, even should it need attention again.
    const names = (this.#names = this.#names.filter((name) => messages[name]));
    const count = names.length + this.#others.length;
    return count
      ? keyed(
          this.#shown,
          html`<div class="form-error error-summary" part="error-summary" role="alert" aria-atomic="false" aria-relevant="additions">
            <p><strong>${title(count)}</strong></p>
            <ul>
              ${names.map(
                (name) =>
                  html`<li>
                    <a
                      href="#${name}"
                      part="error-link"
                      @click=${(event: Event) => {
                        event.preventDefault();
                        focusField(name);
                      }}
                      >${notes.fieldError(label(name), messages[name]!)}</a
                    >
                  </li>`,
              )}
              ${this.#others.map((text) => html`<li>${text}</li>`)}
            </ul>
          </div>`,
        )
      : nothing;
  }
}
