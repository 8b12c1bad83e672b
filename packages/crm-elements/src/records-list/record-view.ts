// Loaded on demand with a list's actions (records-actions.ts): the read-only view of an activated row's record.
import type { CrmId } from '@mindbrite/crm-client';
import { css, html, nothing, type ReactiveController } from 'lit';
import { commonMessages } from '../messages/common.js';
import { recordsListActionMessages as t } from '../messages/records-list-actions.js';
import { recordsListMessages } from '../messages/records-list.js';
import { toneOf } from '../shared/tones.js';
import type { ColumnDefinition } from './columns.js';
import type { RecordsListContext } from './crm-records-list.js';
import type { RowMenuItem } from './row-menu.js';

/**
 * The view's look. Its box, its backdrop and its long words broken anywhere (a name or an email
 * without a break) are every dialog's (confirmStyles); its width fits a 320 px screen. The dialog
 * is the container its fields are laid out for: label beside value while there is room, the label
 * above its value when narrow.
 */
export const recordViewStyles = css`
  .record-view {
    container-type: inline-size;
    width: min(36rem, 100vw - 2rem);
  }
  .record-view-head {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: var(--_space);
  }
  .record-view h2 {
    margin: 0;
    min-width: 0;
    font-size: 1.15em;
  }
  .record-view .close {
    min-width: 2.25rem;
    justify-content: center;
    font-size: 1.25rem;
    line-height: 1;
  }
  .record-view dl {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin: calc(var(--_space) * 1.5) 0 0;
  }
  .record-view dl > div {
    display: grid;
    grid-template-columns: minmax(0, 10rem) minmax(0, 1fr);
    gap: 0.125rem var(--_space);
  }
  .record-view dt {
    color: var(--_color-text-muted);
  }
  .record-view dd {
    margin: 0;
  }
  .record-view a {
    color: var(--_color-primary);
  }
  /* A status the CRM made up may be long: here it wraps rather than widen the dialog. */
  .record-view .badge {
    white-space: normal;
  }
  .record-view-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-top: calc(var(--_space) * 2);
  }
  @container (max-width: 24rem) {
    .record-view dl > div {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;

/** What the view's buttons do: Edit, then the row menu's items and actions. */
export interface RecordViewActions<Record> {
  edit(record: Record): Promise<void>;
  items(record: Record): RowMenuItem[];
  run(action: string, record: Record): void;
}

/**
 * The read-only view of one record of a list, in a native modal `<dialog>` labelled by its heading
 * (the record's name): every column of the list as a label and its value, then "Edit" (the list's
 * edit dialog) and the row's other actions. Each action closes the view first, with focus back on
 * the row, so its confirmation or dialog returns focus there. Escape and the close button close it
 * too. It shows the record the list holds, so a reload shows the fresh one, and closes the view
 * when the record is gone. Render its `render()` once in the list, and adopt `recordViewStyles`.
 *
 * @example
 * private readonly view = new RecordView(list, { edit: (record) => this.edit(record), items: (record) => this.menuItems(record), run: (action, record) => this.run(action, record) });
 * await this.view.open(record, row);
 */
export class RecordView<Record extends { id: CrmId }> implements ReactiveController {
  /** The id of the record shown. */
  #openFor?: CrmId;
  #row?: HTMLElement;

  constructor(
    private readonly list: RecordsListContext<Record>,
    private readonly actions: RecordViewActions<Record>,
  ) {
    list.host.addController(this);
  }

  get #dialog(): HTMLDialogElement | null {
    return this.list.host.renderRoot.querySelector('dialog.record-view');
  }

  /** Shows `record`; `row` (the row it was opened from) gets focus back when the view closes. */
  async open(record: Record, row: HTMLElement): Promise<void> {
    this.#openFor = record.id;
    this.#row = row;
    this.list.host.requestUpdate();
    await this.list.host.updateComplete;
    const dialog = this.#dialog;
    // A list removed meanwhile (a host's route change) opens nothing.
    if (dialog?.isConnected && !dialog.open && this.#openFor === record.id) dialog.showModal();
  }

  /** The record is gone from the list (deleted, or left the page in a reload): nothing to show. */
  hostUpdated(): void {
    if (this.#dialog?.open && !this.#record) this.#close();
  }

  get #record(): Record | undefined {
    return this.#openFor === undefined ? undefined : this.list.record(this.#openFor);
  }

  render() {
    const record = this.#record;
    return html`<dialog
      class="record-view"
      part="record-view"
      aria-labelledby="record-view-title"
      @keydown=${this.#onKeydown}
      @cancel=${this.#onCancel}
      @close=${this.#onClose}
    >
      ${record ? this.#renderRecord(record) : nothing}
    </dialog>`;
  }

  /** The column that names the record heads the view; the others are its fields. */
  #renderRecord(record: Record) {
    const locale = this.list.locale();
    const title = this.list.columns.find(({ names }) => names);
    return html`<div class="record-view-head">
        <h2 id="record-view-title">${title ? title.text(record, locale) : this.list.name(record)}</h2>
        <button class="button close" type="button" aria-label=${this.list.host.t(commonMessages).close} @click=${this.#close}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <dl>
        ${this.list.columns.map((column) => (column.names ? nothing : html`<div><dt>${column.label(locale)}</dt><dd>${renderValue(column, record, locale, this.list.host.t(t).notRecorded)}</dd></div>`))}
      </dl>
      <div class="record-view-actions" part="record-view-actions">
        ${this.list.may('edit')
          ? html`<button class="button primary" type="button" @click=${() => this.#closeThen(() => this.actions.edit(record))}>
              ${this.list.host.t(recordsListMessages).edit}
            </button>`
          : nothing}
        ${this.actions
          .items(record)
          .map(
            ({ action, label, danger }) =>
              html`<button class="button ${danger ? 'danger' : ''}" type="button" @click=${() => this.#closeThen(() => this.actions.run(action, record))}>
                ${label}
              </button>`,
          )}
      </div>`;
  }

  /** Closes the view, with focus back on the row, before `action` runs: a confirmation or dialog it opens returns focus there. */
  #closeThen(action: () => unknown): void {
    this.#close();
    void action();
  }

  /**
   * Closes the view (Escape, ×, an action, the record gone); focus goes back to the row unless
   * something outside the view took it on. Done at once rather than on the dialog's `close` event,
   * which is queued, and late in a background tab.
   */
  readonly #close = () => {
    const dialog = this.#dialog;
    const focused = this.list.host.renderRoot.activeElement;
    dialog?.close();
    if (this.#openFor === undefined) return;
    this.#openFor = undefined;
    this.list.host.requestUpdate();
    if (!focused || dialog?.contains(focused)) this.#row?.focus();
  };

  // Escape is answered here rather than left to the browser, which may close a modal on a repeated
  // Escape without a `cancel` event; other close requests (a device's back gesture) close it the same way.
  readonly #onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.#close();
  };

  readonly #onCancel = (event: Event) => {
    event.preventDefault();
    this.#close();
  };

  /** Closed some other way (say, by host code): the same. A late event of a view opened again since is ignored. */
  readonly #onClose = () => {
    if (!this.#dialog?.open) this.#close();
  };
}

/**
 * A field's value as the table shows it, whole: a status as its badge, an email or phone as a
 * link, a status as its badge in its tone. An empty field shows a dash, read out as `notRecorded`.
 */
function renderValue<Record>({ kind, text, status }: ColumnDefinition<Record>, record: Record, locale: string, notRecorded: string) {
  const value = text(record, locale);
  if (!value) return html`<span aria-hidden="true">—</span><span class="visually-hidden">${notRecorded}</span>`;
  if (kind === 'badge') return html`<span class="badge" data-status=${status ? toneOf(status(record)) : nothing}>${value}</span>`;
  return kind ? html`<a href="${kind}:${value}">${value}</a>` : value;
}
