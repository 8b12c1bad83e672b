import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { commonMessages } from '../messages/index.js';

export interface ConfirmRequest {
  /** The question, e.g. "Delete Jane Doe?" (a template when it holds a name in a `<bdi>`). */
  title: string | TemplateResult;
  /** What will happen, in a sentence. */
  body: string;
  /** The label of the button that goes ahead, e.g. "Delete lead". */
  confirmLabel: string;
  /** `danger` for what cannot be undone. Default `primary`. */
  tone?: 'primary' | 'danger';
}

/**
 * Asks the user to confirm an action in a native modal `<dialog>`: focus moves into it, Escape or
 * Cancel answers no, and focus returns to where it was when it closes. Render its `render()`
 * once in the host's template.
 *
 * @example
 * private readonly confirmation = new ConfirmController(this);
 * if (await this.confirmation.ask({ title: 'Delete Jane?', body: '…', confirmLabel: 'Delete', tone: 'danger' })) { … }
 */
export class ConfirmController implements ReactiveController {
  private pending?: { request: ConfirmRequest; resolve: (confirmed: boolean) => void };
  private closingItself = false;

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {
    host.addController(this);
  }

  /** Found in the host's render root rather than through a `ref` directive, which costs bytes in every bundle. */
  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog.confirm');
  }

  /** Opens the dialog; resolves `true` when the user confirms. A new question answers the old one no. */
  ask(request: ConfirmRequest): Promise<boolean> {
    this.answer(false);
    return new Promise((resolve) => {
      this.pending = { request, resolve };
      this.host.requestUpdate();
    });
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
    return html`<dialog
      part="dialog"
      class="confirm"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
      @cancel=${this.onCancel}
      @close=${this.onClose}
    >
      ${request
        ? html`<form method="dialog" @submit=${this.onSubmit}>
            <h2 id="confirm-title">${request.title}</h2>
            <p id="confirm-body">${request.body}</p>
            <div class="confirm-actions">
              <button class="button" value="cancel" autofocus>${commonMessages.cancel}</button>
              <button class="button ${request.tone ?? 'primary'}" value="confirm">${request.confirmLabel}</button>
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

  private readonly onCancel = () => this.answer(false);

  /** Closed some other way: that is a no. A close this controller started was answered already. */
  private readonly onClose = () => {
    if (this.closingItself) this.closingItself = false;
    else this.answer(false);
  };

  private answer(confirmed: boolean): void {
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
