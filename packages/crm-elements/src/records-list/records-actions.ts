// Loaded on demand (dynamic import) by a list's first row action, row activation or row selection,
// so a host whose users only read the list never downloads the edit dialog's glue, the
// confirmations, bulk actions and record view.
import type { BulkResult, CrmClient, CrmId } from '@mindbrite/crm-client';
import { css, html, nothing } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { ConfirmController, type ConfirmRequest } from '../controllers/confirm.controller.js';
import { LazyModule } from '../controllers/lazy-module.controller.js';
import type { CrmPermission } from '../base/permissions.js';
import { confirmStyles } from '../controllers/confirm.styles.js';
import { commonMessages, describeError } from '../messages/common.js';
import { recordsListActionMessages } from '../messages/records-list-actions.js';
import { addStyles } from '../shared/add-styles.js';
import type { CrmOperation } from '../shared/events.js';
import { sentence } from '../shared/sentence.js';
import type { RecordsListActions, RecordsListContext } from './crm-records-list.js';
import { RecordEditor } from './record-editor.js';
import { RecordView, recordViewStyles } from './record-view.js';
import { RowMenu, rowMenuStyles, type RowMenuItem } from './row-menu.js';

type Tone = ConfirmRequest['tone'];
/** A confirmation's text in the messages: what will happen, and the button that goes ahead. */
export type Question = { body: string; action: string };

/**
 * The words of a list's actions that name its records (a section, as `leadsListActionMessages`):
 * formatted counts, with the count itself where the wording depends on it.
 */
export interface RecordsActionMessages {
  bulkStatusLabel: string;
  confirmDeleteOne: Question & { title: (name: string) => string };
  confirmDeleteMany: Question & { title: (count: string, n: number) => string };
  confirmStatus: Question & { title: (count: string, status: string, n: number) => string };
  bulkDeleted: (count: string, n: number) => string;
  bulkUpdated: (count: string, n: number) => string;
  bulkPartial: (failed: string, total: string, failedCount: number, totalCount: number) => string;
}

/** The styles of the bulk bar, the row menu, the record view and the confirmation dialog, added to the list's when this module loads. */
const actionStyles = css`
  ${confirmStyles}
  ${rowMenuStyles}
  ${recordViewStyles}
  .bulk {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
  }
`;

/** What the actions need of a collection of the client (`client.leads`, `client.contacts`). */
export interface ActionCollection<Record> {
  delete(id: CrmId): Promise<void>;
  bulkDelete(ids: readonly CrmId[]): Promise<BulkResult<void>>;
  bulkUpdate(ids: readonly CrmId[], changes: { status: string }): Promise<BulkResult<Record>>;
}

/**
 * A list's actions that change records: edit one row in the list's edit dialog, delete one row, and
 * delete or re-status the selected rows, each behind a confirmation, reporting the outcome (by row
 * for partial failures) in the list's notice and as events. A row's actions are offered in the row
 * (Edit, and its menu) and in the view of its record, which run the same code. A list's own actions
 * module extends it with its collection, its words, its statuses and its events, and adds its own
 * row actions (convert, …).
 */
export abstract class RecordsActions<Record extends { id: CrmId }, Nouns extends RecordsActionMessages = RecordsActionMessages>
  implements RecordsListActions<Record>
{
  /** While a bulk action runs, the bulk bar's actions are disabled. */
  private running = false;

  private readonly confirmation: ConfirmController;
  private readonly menu: RowMenu;
  private readonly view: RecordView<Record>;
  private readonly editor: RecordEditor<Record>;
  private readonly statusSelect = createRef<HTMLSelectElement>();
  /**
   * The dialog a row's "Schedule follow-up" opens: its code loads when first asked for, and its one
   * element stays in the list's overlays; its events bubble out of the list.
   */
  private readonly followUpDialog = new LazyModule(
    { requestUpdate: () => this.list.host.requestUpdate(), loadFailed: (error) => this.list.failed(error, 'load') },
    () => import('../follow-up-dialog/crm-follow-up-dialog.js').then(() => document.createElement('crm-follow-up-dialog')),
  );

  constructor(
    protected readonly list: RecordsListContext<Record>,
    private readonly nouns: Nouns,
  ) {
    this.confirmation = new ConfirmController(list.host);
    this.menu = new RowMenu(list.host);
    this.editor = new RecordEditor(list);
    this.view = new RecordView(list, {
      edit: (record) => this.edit(record),
      items: (record) => this.offered(record),
      run: (action, record) => this.run(action, record),
    });
    addStyles(list.host.renderRoot, actionStyles);
  }

  /** The actions' words, in the list's language. */
  protected get words(): Nouns & typeof recordsListActionMessages {
    const { t } = this.list.host;
    return { ...t(recordsListActionMessages), ...t(this.nouns) };
  }

  /** The collection these records live in, on `client`. */
  protected abstract collection(client: CrmClient): ActionCollection<Record>;
  /** The statuses the bulk bar offers, and their labels. */
  protected abstract readonly statuses: readonly string[];
  protected abstract statusLabel(status: string, locale: string): string;
  /** Fires the list's events for deleted and updated records. */
  protected abstract deleted(ids: CrmId[]): void;
  protected abstract updated(record: Record): void;

  /** The bar of actions on the selected rows; nothing while no row is selected. */
  renderBulkBar() {
    const { selection } = this.list;
    const t = this.words;
    if (!selection.size) return nothing;
    const busy = this.running;
    const may = (permission: CrmPermission) => this.list.may('bulk') && this.list.may(permission);
    return html`<div class="bulk" part="bulk-actions">
      <span>${t.selectedCount(this.list.count(selection.size), selection.size)}</span>
      ${may('edit')
        ? html`<label class="field">
              <span class="visually-hidden">${t.bulkStatusLabel}</span>
              <select id="bulk-status" ${ref(this.statusSelect)} ?disabled=${busy}>
                <option value="">${t.bulkStatusPlaceholder}</option>
                ${this.statuses.map((status) => html`<option value=${status}>${this.statusLabel(status, this.list.locale())}</option>`)}
              </select>
            </label>
            <button class="button" type="button" ?disabled=${busy} @click=${this.bulkChangeStatus}>${t.applyStatus}</button>`
        : nothing}
      ${may('delete') ? html`<button class="button danger" type="button" ?disabled=${busy} @click=${this.bulkDelete}>${t.deleteSelected}</button>` : nothing}
      <button class="button" type="button" @click=${() => selection.clear()}>${t.clearSelection}</button>
    </div>`;
  }

  /** The menu of a row's other actions, the confirmation dialog, the record view, the edit dialog and the follow-up dialog; rendered once in the list. */
  renderOverlays() {
    return html`${this.menu.render()} ${this.confirmation.render()} ${this.view.render()} ${this.editor.render()} ${this.followUpDialog.value}`;
  }

  edit(record: Record): Promise<void> {
    return this.editor.open(record);
  }

  get menuFor(): CrmId | undefined {
    return this.menu.openFor;
  }

  openMenu(record: Record, button: HTMLElement): Promise<void> {
    return this.menu.open(record.id, this.words.menuLabel(this.list.name(record)), this.offered(record), button, (action) => this.run(action, record));
  }

  openView(record: Record, row: HTMLElement): Promise<void> {
    return this.view.open(record, row);
  }

  /** Runs one of a row's actions on `record`, chosen in its menu or its record's view. */
  private run(action: string, record: Record): void {
    void (action === 'delete' ? this.delete(record) : this.runOwn(action, record));
  }

  /** The items of `record`'s menu that the list offers the user (see `menuActions`). */
  private offered(record: Record): RowMenuItem[] {
    const offered = this.list.menuActions(record);
    return this.menuItems().filter(({ action }) => offered.includes(action));
  }

  /** Every item a row's menu can have: a list's own actions, then Delete. */
  protected menuItems(): RowMenuItem[] {
    return [{ action: 'delete', label: this.words.delete, danger: true }];
  }

  /**
   * Opens the follow-up dialog, following the list's client and language, to schedule a follow-up
   * with `contactId`, or with the contact the user picks in it.
   */
  protected async scheduleFollowUp(contactId?: CrmId): Promise<void> {
    const dialog = await this.followUpDialog.get();
    if (!dialog) return;
    const { list } = this;
    Object.assign(dialog, { client: list.client(), locale: list.locale(), slowAfter: list.slowAfter() });
    await list.host.updateComplete;
    await dialog.open({ contactId });
  }

  /** Runs one of a list's own menu actions; none by default. */
  protected runOwn(_action: string, _record: Record): Promise<void> {
    return Promise.resolve();
  }

  /** Deletes `record` once the user confirms. */
  private delete(record: Record): Promise<void> {
    const name = this.list.name(record);
    return this.runOne(this.words.confirmDeleteOne, name, 'delete', 'danger', async (client) => {
      await this.collection(client).delete(record.id);
      void this.list.showNotice({ tone: 'success', text: sentence(this.words.deleted, name) });
      this.deleted([record.id]);
    });
  }

  /** Asks, then runs `act` on one record; a failure is reported in the notice and as `crm-error`. */
  protected async runOne(
    ask: Question & { title: (name: string) => string },
    name: string,
    operation: CrmOperation,
    tone: Tone,
    act: (client: CrmClient) => Promise<void>,
  ): Promise<void> {
    const client = this.list.client();
    if (!(await this.confirm(sentence(ask.title, name), ask, tone)) || !client) return;
    try {
      await act(client);
    } catch (error) {
      this.list.failed(error, operation);
    }
  }

  private confirm(title: ConfirmRequest['title'], { body, action }: Question, tone?: Tone): Promise<boolean> {
    return this.confirmation.ask({ title, body, confirmLabel: action, tone });
  }

  private readonly bulkDelete = async () => {
    const { list, words } = this;
    const { size } = list.selection;
    if (!(await this.confirm(words.confirmDeleteMany.title(list.count(size), size), words.confirmDeleteMany, 'danger'))) return;
    const result = await this.runBulk('bulk-delete', (client, ids) => this.collection(client).bulkDelete(ids), words.bulkDeleted);
    if (result?.succeeded.length) this.deleted(result.succeeded);
  };

  private readonly bulkChangeStatus = async () => {
    const { list, words } = this;
    const select = this.statusSelect.value;
    const status = select?.value;
    // Apply before choosing a status: take the user to the choice that is missing.
    if (!status) return select?.focus();
    const { size } = list.selection;
    const title = words.confirmStatus.title(list.count(size), this.statusLabel(status, list.locale()), size);
    if (!(await this.confirm(title, words.confirmStatus))) return;
    const result = await this.runBulk('bulk-update', (client, ids) => this.collection(client).bulkUpdate(ids, { status }), words.bulkUpdated);
    for (const item of result?.results ?? []) if (item.ok) this.updated(item.value);
  };

  /**
   * Runs a bulk action on the selected rows; the list reloads once, after it. Rows that succeeded leave the
   * selection; rows that failed stay selected and are listed by name with the reason.
   */
  private async runBulk<Result extends BulkResult<unknown>>(
    operation: CrmOperation,
    action: (client: CrmClient, ids: CrmId[]) => Promise<Result>,
    successText: (count: string, n: number) => string,
  ): Promise<Result | undefined> {
    const { list, words } = this;
    const client = list.client();
    if (!client) return undefined;
    const ids = list.selection.keys;
    // Names are read now: the reload that follows may no longer list these records.
    const names = new Map(ids.map((id) => [id, list.record(id)]));
    this.running = true;
    list.host.requestUpdate();
    try {
      const result = await list.hold(action(client, ids));
      list.selection.setAll(result.succeeded, false);
      const failed = result.failed;
      void list.showNotice(
        failed.length
          ? {
              tone: 'error',
              text: words.bulkPartial(list.count(failed.length), list.count(ids.length), failed.length, ids.length),
              failures: failed.map(({ id, error }) => {
                const record = names.get(id);
                const name = record ? list.name(record) : list.messages().unnamed(String(id));
                return sentence((who) => words.failedRow(who, describeError(error, list.host.t(commonMessages))), name);
              }),
            }
          : { tone: 'success', text: successText(list.count(result.succeeded.length), result.succeeded.length) },
      );
      for (const { error } of failed) list.reportError(error, operation);
      return result;
    } catch (error) {
      list.failed(error, operation);
      return undefined;
    } finally {
      this.running = false;
      list.host.requestUpdate();
    }
  }
}
