import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CrmElement } from '../base/crm-element.js';
import { commonMessages } from '../messages/common.js';

export interface ConfirmRequest {
  /** The question, e.g. "Delete Jane Doe?" (a template when it holds a name in a `<bdi>`). */
  title: string | TemplateResult;
  /** What will happen, in a sentence. */
  body: string;
  /** The label of the button that goes ahead, e.g. "Delete lead". */
  confirmLabel: string;
  /** The label of the button that answers no. Default "Cancel". */
  cancelLabel?: string;
  /** `danger` for what cannot be undone. Default `primary`. */
  tone?: 'primary' | 'danger';
}

/** `part` names for a host's documented `::part`s: the dialog's (default `dialog`) and its buttons' (none by default). */
export interface ConfirmParts {
  dialog?: string;
  cancel?: string;
  confirm?: string;
}

/**
 * Asks the user to confirm an action in a native modal `<dialog role="alertdialog">`: focus moves
 * to the button that answers no, Escape or that button answers no, and focus returns to where it
 * was when it closes. Render its `render()` once in the host's template and adopt `confirmStyles`.
 * It may sit inside another modal dialog of the host: it handles Escape itself (and marks the key
 * press handled), so the browser never closes both at once.
 *
 * @example
 * private readonly confirmation = new ConfirmController(this);
 * if (await this.confirmation.ask({ title: 'Delete Jane?', body: '…', confirmLabel: 'Delete', tone: 'danger' })) { … }
 */
export class ConfirmController implements ReactiveController {
  private pending?: { request: ConfirmRequest; resolve: (confirmed: boolean) => void };
  private closingItself = false;

  constructor(
    private readonly host: ReactiveControllerHost & Pick<CrmElement, 'renderRoot' | 't'>,
    private readonly parts: ConfirmParts = {},
  ) {
    host.addController(this);
  }

  /** Whether a question waits for its answer. */
  get asking(): boolean {
    return !!this.pending;
  }

  /** Found in the host's render root rather than through a `ref` directive, which costs bytes in every bundle. */
  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog.confirm');
  }

  /** Opens the dialog; resolves `true` when the user confirms. A new question answers the old one no. */
  ask(request: ConfirmRequest): Promise<boolean> {
    return new Promise((resolve) => this.show(request, resolve));
  }

  /**
   * As `ask()`, but `onAnswer` runs within the click or key press that answers, not a microtask
   * later: for a host whose answer must take effect at once (the lead dialog closes with Discard).
   */
  show(request: ConfirmRequest, onAnswer: (confirmed: boolean) => void): void {
    this.answer(false);
    this.pending = { request, resolve: onAnswer };
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const dialog = this.dialog;
    if (this.pending && dialog && !dialog.open) dialog.showModal();
  }

  hostDisconnected(): void {
    this.answer(false);
  }

  render() {
    const request = this.pending?.request;
    const { parts } = this;
    return html`<dialog
      part=${parts.dialog ?? 'dialog'}
      class="confirm"
      role="alertdialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
      @keydown=${this.onKeydown}
      @cancel=${this.onCancel}
      @close=${this.onClose}
    >
      ${request
        ? html`<form method="dialog" @submit=${this.onSubmit}>
            <h2 id="confirm-title">${request.title}</h2>
            <p id="confirm-body">${request.body}</p>
            <div class="confirm-actions">
              <button class="button" value="cancel" part=${parts.cancel ?? nothing} autofocus>
                ${request.cancelLabel ?? this.host.t(commonMessages).cancel}
              </button>
              <button class="button ${request.tone ?? 'primary'}" value="confirm" part=${parts.confirm ?? nothing}>
                ${request.confirmLabel}
              </button>
            </div>
          </form>`
        : nothing}
    </dialog>`;
  }

  // The answer is taken from the button pressed (or Escape) as it happens, not from the dialog's
  // `close` event: that event is queued, and a page in a background tab may get it late.
  private readonly onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    this.answer((event.submitter as HTMLButtonElement | null)?.value === 'confirm');
  };

  // Escape is answered here rather than left to the browser, which groups the close requests of
  // nested modals (closing the host's dialog too) and may close a modal on a repeated Escape.
  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.answer(false);
  };

  /** Other close requests (e.g. a device's back gesture) answer no the same way. */
  private readonly onCancel = (event: Event) => {
    event.preventDefault();
    this.answer(false);
  };

  /** Closed some other way: that is a no. A close this controller started was answered already. */
  private readonly onClose = () => {
    if (this.closingItself) this.closingItself = false;
    else this.answer(false);
  };

  /** Answers the question as the user would (`false` for a host closing under it); closes the dialog. */
  answer(confirmed: boolean): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    const dialog = this.dialog;
    if (dialog?.open) {
      this.closingItself = true;
      dialog.close();
    }
    pending.resolve(confirmed);
    this.host.requestUpdate();
  }
}
