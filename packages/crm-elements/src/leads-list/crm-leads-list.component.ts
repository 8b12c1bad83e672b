import { TaskStatus } from '@lit/task';
import { LEAD_SORT_FIELDS, LEAD_SOURCES, LEAD_STATUSES, type Lead, type SortOrder } from '@mindbrite/crm-client';
import { html, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { CrmElement } from '../base/crm-element.js';
import { ClientChangesController } from '../controllers/client-changes.controller.js';
import { DebouncedSearchController } from '../controllers/debounced-search.controller.js';
import { LazyModule } from '../controllers/lazy-module.controller.js';
import { SelectionController } from '../controllers/selection.controller.js';
import { describeError, leadsListMessages as t } from '../messages/index.js';
import { columnStorageName, loadColumnChoice } from '../records-list/column-storage.js';
import { renderNotice, type Notice } from '../records-list/notice.js';
import { renderPagination } from '../records-list/pagination.js';
import { RecordsPageController } from '../records-list/records-page.controller.js';
import { normalizeQuery } from '../records-list/records-query.js';
import { onRowKeydown } from '../records-list/row-keys.js';
import type { CrmOperation } from '../shared/events.js';
import { formatNumber } from '../shared/format.js';
import { renderEmpty, renderError, renderNoClient, renderSkeleton, stateStyles } from '../shared/states.js';
import { withCurrent } from '../shared/labels.js';
import { clipText } from '../shared/text.js';
import { themeStyles } from '../styles/theme.styles.js';
import { leadsListStyles } from './crm-leads-list.styles.js';
import {
  LOW_PRIORITY_COLUMNS,
  cellText,
  sortFieldOf,
  leadName,
  parseColumns,
  sourceLabel,
  statusLabel,
  type LeadColumnId,
} from './lead-columns.js';
import { DEFAULT_QUERY, toListParams, type LeadSortField, type LeadsQuery } from './leads-query.js';

/** The properties that make up the query; a change to any of them reloads the page of leads. */
const QUERY_KEYS = ['search', 'status', 'source', 'sort', 'order', 'page', 'pageSize'] as const;

/** Characters of a status its one-line badge shows (the known ones have at most 11). */
const BADGE_LENGTH = 24;

/** Empty filters leave no attribute behind, so `status=""` never appears on the host. */
const optionalText = { fromAttribute: (value: string | null) => value ?? '', toAttribute: (value: string) => value || null };

/**
 * @summary A table of leads with search, filters, sorting, paging, row selection with bulk actions,
 * row actions (edit, convert, delete), a column chooser and CSV export.
 *
 * Data comes from the CRM client (the `client` property, the nearest `<crm-provider>`, or
 * `api-base`); the list reloads by itself when that client reports a change, so a lead created in a
 * `<crm-lead-form>` sharing the client appears with no host code.
 *
 * Filters, sort and page are attributes, reflected as the user changes them. With `sync-url`,
 * they are also mirrored in the page URL's query (through `history.replaceState`, under
 * `url-prefix`) and read back from it at start. The search term is neither reflected nor written
 * to the URL: it is usually a patient's name, and attributes are captured by DOM snapshots and
 * session-replay tools, URLs kept in browser history and server logs. A `search` attribute the
 * host sets is read, and removed once the user searches for something else. A host that wants a
 * search in the URL puts it there itself and sets `search`.
 *
 * Rows are records, identified by id: a page that repeats an id shows the record once, and never
 * more rows than `page-size`. Records the client had to leave out of a page (repeated, beyond the
 * page size, or unreadable) are counted in a note above the table and reported by `crm-warning`.
 * Long values wrap inside their cell, cut at a readable length with the whole value as the cell's
 * tooltip; text from the CRM is shown without the control characters that could disguise it.
 *
 * "Edit" opens the lead in a `<crm-lead-dialog>` (loaded on first use); its events bubble out of
 * the list like the list's own. The code of what only some users do loads on first use too: convert
 * and delete with their confirmation and the bulk actions (with the first row action or selection),
 * the column chooser's checkboxes (when its menu first opens), the URL mirroring (with `sync-url`)
 * and the CSV export.
 *
 * Keyboard: every row is in the tab order; on a focused row, Enter or Space activates it, and the
 * Up and Down arrows, Home and End move to another row without going through its buttons.
 *
 * @fires crm-lead-select - A row was activated (clicked, or Enter/Space on a focused row). `detail: { lead }`.
 * @fires crm-lead-deleted - Leads were deleted from the list (one, or the ones a bulk delete removed). `detail: { ids }`.
 * @fires crm-lead-converted - A lead was converted to a contact. `detail: { lead, contact }` (`lead` as it was listed).
 * @fires crm-lead-updated - A lead was saved in the edit dialog, or by a bulk status change (once per lead). `detail: { lead }`.
 * @fires crm-cancel - The user closed the edit dialog without saving. `detail: {}`.
 * @fires crm-open-record - In the edit dialog, the user chose an existing record with the same email or phone. `detail: { resource, id }`.
 * @fires crm-error - Loading, an action or the export failed. `detail: { error, operation }`.
 * @fires crm-warning - A page loaded without some of its records (repeated ids, more than a page, or records that do not fit the schema). `detail: { operation: 'load', problems }`, `problems` holding ids, counts and field paths, never values.
 *
 * @csspart toolbar - The search, filters, column chooser and export.
 * @csspart search - The search input.
 * @csspart filters - The status and source filters.
 * @csspart column-menu - The column chooser's pop-up.
 * @csspart export - The export button, or its progress while it runs.
 * @csspart bulk-actions - The bar shown while rows are selected.
 * @csspart notice - The outcome of the last action, with the rows that failed.
 * @csspart problems - The note counting the records of the page that could not be shown.
 * @csspart slow - The note shown while a load is slow, with its Cancel button.
 * @csspart table - The table.
 * @csspart header - Each column header cell.
 * @csspart row - Each lead's row.
 * @csspart cell - Each data cell.
 * @csspart actions - Each row's action buttons.
 * @csspart pagination - The range, page size and page buttons.
 * @csspart dialog - The confirmation dialog.
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The error state's retry button.
 *
 * @cssprop --crm-leads-list-row-height - Height of a table row. Default `2.75rem` times `--crm-density`.
 * @cssprop --crm-leads-list-header-background - Background of the header row. Default `--crm-color-surface-raised`.
 * @cssprop --crm-leads-list-selected-background - Background of a selected row. Default a tint of `--crm-color-primary`.
 *
 * @example
 * <crm-provider api-base="/api/crm">
 *   <crm-leads-list columns="name,email,status,created" storage-key="front-desk" sync-url></crm-leads-list>
 * </crm-provider>
 */
export class CrmLeadsList extends CrmElement {
  static override styles = [themeStyles, stateStyles, leadsListStyles];

  static override properties = {
    // Not reflected: it is usually a patient's name.
    search: { converter: optionalText },
    status: { reflect: true, converter: optionalText },
    source: { reflect: true, converter: optionalText },
    sort: { reflect: true },
    order: { reflect: true },
    page: { type: Number, reflect: true },
    pageSize: { type: Number, reflect: true, attribute: 'page-size' },
    syncUrl: { type: Boolean, reflect: true, attribute: 'sync-url' },
    urlPrefix: { attribute: 'url-prefix' },
    columns: {},
    storageKey: { attribute: 'storage-key' },
    chosenColumns: { state: true },
    announcement: { state: true },
    notice: { state: true },
    urlRead: { state: true },
  };

  /** The search term (name, email, phone or company), set once the user pauses typing. Never reflected to the attribute. */
  search!: string;

  /** Only leads with this status (`new`, `contacted`, … or any status the CRM uses); empty for all. */
  status!: string;

  /** Only leads from this source (`website`, `referral`, …); empty for all. */
  source!: string;

  /** The field sorted by: `last_name`, `company`, `email`, `phone`, `status`, `source`, `created_at`, … Default `created_at`. */
  sort!: LeadSortField;

  /** `asc` or `desc`. Default `desc` (newest first). */
  order!: SortOrder;

  /** The page shown, from 1. */
  page!: number;

  /** Rows per page: 10, 25, 50 or 100 (other values round up to one of these). Default 25. */
  pageSize!: number;

  /** Mirror filters, sort and page in the page URL's query, and read them from it at start. */
  syncUrl = false;

  /** Prefix of this list's keys in the URL (e.g. `leads_`), so two lists on one page do not clash. */
  urlPrefix = '';

  /**
   * The columns offered, in order, comma separated: `name`, `company`, `email`, `phone`, `status`,
   * `source`, `created`. Default: all. The user may hide and show these with the column chooser.
   */
  columns?: string;

  /**
   * Remembers the user's column choice in `localStorage` under this key (only column ids are
   * stored). Without it, the choice lasts until the page is left.
   */
  storageKey?: string;

  private chosenColumns?: LeadColumnId[];
  private announcement = '';
  private notice?: Notice;
  /** The lead dialog (with the whole form), loaded on the first edit; rendered once loaded. */
  private readonly editor = new LazyModule(this, () => import('../lead-dialog/crm-lead-dialog.js'));
  /** The actions that change leads (confirmations, bulk bar), loaded on the first row action or selection. */
  private readonly actions = new LazyModule(this, () =>
    import('./leads-list-actions.js').then(({ LeadsListActions }) => new LeadsListActions(this)),
  );
  /** The CSV export's run (progress, cancellation), loaded with the first export. */
  private readonly csvExport = new LazyModule(this, () => import('./leads-csv.js').then(({ LeadsCsvExport }) => new LeadsCsvExport(this)));
  /** The column menu's checkboxes, loaded when the menu first opens. */
  private readonly columnMenu = new LazyModule(this, () => import('../records-list/column-menu.js').then(({ ColumnMenu }) => new ColumnMenu(this)));
  /** The URL mirroring of `sync-url`, loaded when it is set. */
  private readonly urlSync = new LazyModule(this, () => import('./leads-url.js'));
  /** With `sync-url`: `false` while the query is read from the URL, `true` once tried (the first request waits for it). */
  private urlRead?: boolean;
  /** Set by Retry, whose button the reload removes: focus goes to what replaces it once loaded. */
  private focusAfterLoad = false;

  /** @internal */
  readonly selection = new SelectionController<number>(this);

  private readonly searchInput = new DebouncedSearchController(this, {
    onSearch: (term) => this.setSearch(term),
  });

  /** @internal The page of leads shown, and its load. */
  readonly records = new RecordsPageController<Lead>(this, {
    args: () => [this.crmClient, this.urlRead, this.search, this.status, this.source, this.sort, this.order, this.page, this.pageSize],
    // With `sync-url`, the first request waits for the query read from the URL.
    load: (signal) => (this.urlRead || !this.syncUrl ? this.crmClient?.leads.list(toListParams(this.query), { signal }) : undefined),
    pageSize: () => this.pageSize,
    onPage: ({ data, total }) => {
      this.selection.retain(this.records.byId.keys());
      const lastPage = Math.max(1, Math.ceil(total / this.pageSize));
      // The page emptied under us (its last rows were deleted): show the new last page instead.
      if (!data.length && this.page > lastPage) this.page = lastPage;
      this.announcement = `${t.resultCount(this.count(data.length), this.count(total))} ${this.notShown()}`;
    },
  });

  constructor() {
    super();
    Object.assign(this, DEFAULT_QUERY);
    new ClientChangesController(this, {
      client: () => this.crmClient,
      onChange: ({ resource }) => {
        // A bulk action reloads once at its end instead of once per record.
        if (resource === 'leads' && !this.actions.value?.running) this.reload();
      },
    });
  }

  private get query(): LeadsQuery {
    const { search, status, source, sort, order, page, pageSize } = this;
    return { search, status, source, sort, order, page, pageSize };
  }

  private get offeredColumns(): LeadColumnId[] {
    return parseColumns(this.columns);
  }

  /** Where the user's column choice is remembered: under `storage-key`, else nowhere. */
  private get columnStorage(): string | undefined {
    return this.storageKey && columnStorageName('leads-list', this.storageKey);
  }

  private get visibleColumns(): LeadColumnId[] {
    return this.chosenColumns ?? this.offeredColumns;
  }

  private get filtered(): boolean {
    return Boolean(this.search || this.status || this.source);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // At start, the query is read from the URL before the first request.
    if (this.syncUrl && this.urlRead === undefined) {
      this.urlRead = false;
      const readFirst = !this.hasUpdated;
      void this.urlSync.get().then((urlSync) => {
        if (readFirst && urlSync) Object.assign(this, urlSync.readLeadsUrl(location.search, this.urlPrefix));
        this.urlRead = true;
      });
    }
    Object.assign(this, normalizeQuery(this.query, LEAD_SORT_FIELDS, DEFAULT_QUERY.sort));
    if (changed.has('search')) this.searchInput.reset(this.search);
    if (this.hasUpdated && QUERY_KEYS.some((key) => changed.has(key))) this.selection.clear();
    if (changed.has('columns') || changed.has('storageKey')) {
      const storage = this.columnStorage;
      this.chosenColumns = storage ? loadColumnChoice(storage, this.offeredColumns) : undefined;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.focusAfterLoad && this.records.task.status !== TaskStatus.PENDING) {
      this.focusAfterLoad = false;
      this.focusContent();
    }
    // A mirroring that failed to load is tried again with the next change of the query.
    if (this.syncUrl && QUERY_KEYS.some((key) => changed.has(key))) {
      void this.urlSync.get().then((urlSync) => urlSync?.mirrorLeadsInUrl(this.query, this.urlPrefix));
    }
  }

  /** Loads the current page again, e.g. after the host changed data behind the client's back. */
  reload(): void {
    this.records.reload();
  }

  /** "2 records could not be shown.", or '' when the client left nothing out of the page. */
  private notShown(): string {
    const count = this.records.notShown;
    return count ? t.notShown(count, this.count(count)) : '';
  }

  protected override render() {
    return html`<div class="root">
      ${this.renderToolbar()} ${this.actions.value?.renderBulkBar()} ${renderNotice(this.notice, t.dismiss, () => {
        this.notice = undefined;
        this.focusContent();
      })} ${this.records.slowLoad.render()} ${this.renderContent()}
      <div class="visually-hidden announcer" role="status">${this.announcement}</div>
      ${this.actions.value?.renderConfirm()}
      ${this.editor.value
        ? html`<crm-lead-dialog .client=${this.crmClient} .locale=${this.locale} .slowAfter=${this.slowAfter}></crm-lead-dialog>`
        : nothing}
    </div>`;
  }

  private renderToolbar() {
    return html`<div class="toolbar" part="toolbar">
      <div class="field search" role="search">
        <label for="search">${t.searchLabel}</label>
        <input
          id="search"
          part="search"
          type="search"
          autocomplete="off"
          placeholder=${t.searchPlaceholder}
          .value=${this.searchInput.textFor(this.search)}
          @input=${(event: InputEvent) => this.searchInput.type((event.target as HTMLInputElement).value)}
          @keydown=${(event: KeyboardEvent) => {
            if (event.key === 'Enter') this.searchInput.flush((event.target as HTMLInputElement).value);
          }}
        />
      </div>
      <div class="toolbar" part="filters">
        ${this.renderFilter('status', t.statusFilter, t.anyStatus, LEAD_STATUSES, this.status, statusLabel)}
        ${this.renderFilter('source', t.sourceFilter, t.anySource, LEAD_SOURCES, this.source, sourceLabel)}
      </div>
      ${this.renderColumnChooser()} ${this.renderExport()}
    </div>`;
  }

  private renderFilter(
    key: 'status' | 'source',
    label: string,
    anyLabel: string,
    known: readonly string[],
    value: string,
    toLabel: (value: string) => string,
  ) {
    return html`<label class="field">
      ${label}
      <select
        @change=${(event: Event) => {
          this[key] = (event.target as HTMLSelectElement).value;
          this.page = 1;
        }}
      >
        <option value="" ?selected=${!value}>${anyLabel}</option>
        ${withCurrent(known, value).map((option) => html`<option value=${option} ?selected=${option === value}>${toLabel(option)}</option>`)}
      </select>
    </label>`;
  }

  /**
   * The "Columns" button and its menu, whose checkboxes load when it first opens; focus then goes
   * into the menu, as it does on every later opening.
   */
  private renderColumnChooser() {
    return html`<button class="button" type="button" popovertarget="column-menu">${t.columnsButton}</button>
      <div id="column-menu" class="column-menu" part="column-menu" popover @toggle=${this.onColumnMenuToggle}>
        ${this.columnMenu.value?.render(
          this.offeredColumns.map((id) => ({ id, label: t.columns[id] })),
          this.visibleColumns,
          (visible) => (this.chosenColumns = visible),
          this.columnStorage,
        )}
      </div>`;
  }

  private readonly onColumnMenuToggle = (event: ToggleEvent) => {
    if (event.newState === 'open') void this.columnMenu.get().then((menu) => menu?.focus());
  };

  /** One button that turns into "Cancel export" while exporting, so keyboard focus stays on it. */
  private renderExport() {
    const running = this.csvExport.value?.running;
    return html`<div class="export" part="export">
      <button class="button" type="button" ?disabled=${!running && !this.records.page?.total} @click=${this.toggleExport}>
        ${running ? t.cancelExport : t.exportCsv}
      </button>
      ${this.csvExport.value?.renderProgress()}
    </div>`;
  }

  private renderContent() {
    if (!this.crmClient) return renderNoClient();
    if (this.records.task.status === TaskStatus.ERROR) {
      return renderError(this.records.task.error, () => {
        this.focusAfterLoad = true;
        this.reload();
      });
    }
    const page = this.records.page;
    if (!page) return renderSkeleton();
    if (!page.data.length && page.total === 0) {
      return this.filtered
        ? renderEmpty(t.noMatches, html`<button class="button" type="button" @click=${this.clearFilters}>${t.clearFilters}</button>`)
        : renderEmpty(t.noLeadsYet);
    }
    const notShown = this.notShown();
    return html`${notShown ? html`<div class="notice warning" part="problems">${notShown}</div>` : nothing}
      ${this.renderTable(page.data)} ${renderPagination(this.query, page.total, t, (value) => this.count(value), this.goTo)}`;
  }

  private renderTable(leads: Lead[]) {
    const columns = this.visibleColumns;
    const locale = this.effectiveLocale;
    const selectAll = this.selection.stateOf(leads.map((lead) => lead.id));
    const busy = this.records.task.status === TaskStatus.PENDING;
    return html`<div class="table-wrap ${busy ? 'busy' : ''}">
      <table part="table" aria-label=${t.tableLabel} aria-busy=${busy}>
        <thead>
          <tr>
            <th scope="col" class="check" part="header">
              <input
                type="checkbox"
                aria-label=${t.selectAll}
                .checked=${selectAll === 'all'}
                .indeterminate=${selectAll === 'some'}
                @change=${(event: Event) => this.select(this.records.byId.keys(), (event.target as HTMLInputElement).checked)}
              />
            </th>
            ${columns.map((id) => this.renderHeader(id))}
            <th scope="col" class="actions-header" part="header"><span class="visually-hidden">${t.actionsHeader}</span></th>
          </tr>
        </thead>
        <tbody @click=${this.onRowsClick} @keydown=${this.onRowsKeydown} @change=${this.onRowsChange}>
          ${repeat(
            leads,
            (lead) => lead.id,
            (lead) => this.renderRow(lead, columns, locale),
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderHeader(id: LeadColumnId) {
    const field = sortFieldOf(id);
    const sorted = this.sort === field;
    const ariaSort = sorted ? (this.order === 'asc' ? 'ascending' : 'descending') : nothing;
    return html`<th scope="col" part="header" class=${this.priorityClass(id)} aria-sort=${ariaSort}>
      <button class="sort" type="button" @click=${() => this.sortBy(field)}>
        ${t.columns[id]}<span class="sort-icon" aria-hidden="true">${sorted ? (this.order === 'asc' ? '▲' : '▼') : '↕'}</span>
      </button>
    </th>`;
  }

  /**
   * `low` for the columns that give way at medium widths. Columns the user chose in the chooser
   * all stay: hiding one the chooser shows as checked could leave a table with no data column.
   */
  private priorityClass(id: LeadColumnId): string {
    return !this.chosenColumns && LOW_PRIORITY_COLUMNS.has(id) ? 'low' : '';
  }

  private renderRow(lead: Lead, columns: LeadColumnId[], locale: string) {
    const name = clipText(leadName(lead));
    const selected = this.selection.has(lead.id);
    return html`<tr part="row" tabindex="0" data-id=${lead.id} class=${selected ? 'selected' : ''}>
      <td class="check"><input type="checkbox" data-select aria-label=${t.selectRow(name)} .checked=${selected} /></td>
      ${columns.map((id) => this.renderCell(id, lead, locale))}
      <td class="row-actions">
        <div class="actions" part="actions">
          <button class="button" type="button" data-action="edit" aria-label=${t.editLabel(name)}>${t.edit}</button>
          ${lead.status === 'converted'
            ? nothing
            : html`<button class="button" type="button" data-action="convert" aria-label=${t.convertLabel(name)}>${t.convert}</button>`}
          <button class="button danger" type="button" data-action="delete" aria-label=${t.deleteLabel(name)}>${t.delete}</button>
        </div>
      </td>
    </tr>`;
  }

  /**
   * A cell shows its value cut to a readable length (a status to what fits its one-line badge);
   * the whole value is its tooltip then.
   */
  private renderCell(id: LeadColumnId, lead: Lead, locale: string) {
    const label = id === 'name' ? nothing : t.columns[id];
    const full = cellText(id, lead, locale);
    const text = clipText(full, id === 'status' ? BADGE_LENGTH : undefined);
    const link = id === 'email' ? 'mailto' : id === 'phone' ? 'tel' : '';
    const content = id === 'status' ? html`<span class="badge">${text}</span>` : link && text ? html`<a href="${link}:${full}">${text}</a>` : text;
    return html`<td part="cell" class=${this.priorityClass(id)} data-label=${label} title=${text === full ? nothing : full}>${content}</td>`;
  }

  private readonly goTo = (page: number, pageSize = this.pageSize) => {
    this.page = page;
    this.pageSize = pageSize;
  };

  private sortBy(field: LeadSortField): void {
    if (this.sort === field) {
      this.order = this.order === 'asc' ? 'desc' : 'asc';
    } else {
      this.sort = field;
      this.order = 'asc';
    }
    this.page = 1;
  }

  /**
   * The user's search replaces the host's: a `search` attribute the host set is removed, so the
   * DOM does not keep a name the list no longer searches for.
   */
  private setSearch(term: string): void {
    this.removeAttribute('search');
    this.search = term;
    this.page = 1;
  }

  private readonly clearFilters = () => {
    this.setSearch('');
    this.status = '';
    this.source = '';
    // The button goes with the empty state; the search box is where the user goes on from.
    this.renderRoot.querySelector<HTMLElement>('#search')?.focus();
  };

  /** Focus to the list's content: Retry if loading failed, else the first row, else the search box. */
  private focusContent(): void {
    const root = this.renderRoot;
    (root.querySelector<HTMLElement>('[part="retry"]') ?? root.querySelector<HTMLElement>('tbody tr') ?? root.querySelector<HTMLElement>('#search'))?.focus();
  }

  /** The lead of the row that `target` is in. */
  private leadOf(target: EventTarget | null): Lead | undefined {
    const row = (target as Element).closest('tr');
    return row ? this.records.byId.get(Number(row.dataset.id)) : undefined;
  }

  /** Row activation and row actions, delegated once for the whole table body to keep rows cheap. */
  private readonly onRowsClick = (event: MouseEvent) => {
    // Rows hold no shadow roots, so the target is the element clicked, in this tree.
    const target = event.target as Element;
    const lead = this.leadOf(target);
    if (!lead) return;
    const control = target.closest<HTMLElement>('button, a, input, select, label');
    if (control) {
      const action = control.dataset.action;
      if (action === 'edit') void this.editLead(lead);
      else if (action) void this.actions.get().then((actions) => actions?.[action as 'convert' | 'delete'](lead));
      return;
    }
    // A drag that selected text is reading, not choosing a row.
    if (!getSelection()?.toString()) this.emit('crm-lead-select', { lead });
  };

  /** On a focused row: Enter or Space activates it; the arrow keys, Home and End move between rows. */
  private readonly onRowsKeydown = (event: KeyboardEvent) =>
    onRowKeydown(event, (row) => {
      const lead = this.leadOf(row);
      if (lead) this.emit('crm-lead-select', { lead });
    });

  private readonly onRowsChange = (event: Event) => {
    const box = event.target as HTMLInputElement;
    const lead = this.leadOf(box);
    if (lead && box.hasAttribute('data-select')) this.select([lead.id], box.checked);
  };

  /** Selects or deselects rows; the bulk actions load with the first selection. */
  private select(ids: Iterable<number>, selected: boolean): void {
    this.selection.setAll(ids, selected);
    if (selected) void this.actions.get();
  }

  /** @internal Says `text` in the list's live region. */
  announce(text: string): void {
    this.announcement = text;
  }

  /** @internal A number in the list's locale. */
  count(value: number): string {
    return formatNumber(value, this.effectiveLocale);
  }

  /** Opens the lead in `<crm-lead-dialog>`, whose module (with the whole form) loads on the first edit. */
  private async editLead(lead: Lead): Promise<void> {
    if (!(await this.editor.get())) return;
    await this.updateComplete;
    await this.renderRoot.querySelector('crm-lead-dialog')?.open({ leadId: lead.id });
  }

  /**
   * Shows an action's outcome and moves focus to it: the control that started the action is often
   * gone by then (a deleted row, a bulk bar with nothing left selected), and focus must not fall
   * back to the page.
   * @internal
   */
  async showNotice(notice: Notice): Promise<void> {
    this.notice = notice;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="notice"]')?.focus();
  }

  /** @internal Shows a failure in plain words and reports it. */
  failed(error: unknown, operation: CrmOperation): void {
    void this.showNotice({ tone: 'error', text: describeError(error) });
    this.reportError(error, operation);
  }

  override loadFailed(error: unknown): void {
    this.failed(error, 'load');
  }

  /** Starts "Export CSV" (its code loads on the first export), or cancels the running one. */
  private readonly toggleExport = () => {
    const csvExport = this.csvExport.value;
    if (csvExport?.running) return csvExport.cancel();
    const params = toListParams(this.query);
    const total = this.records.page?.total ?? 0;
    void this.csvExport.get().then((csvExport) => csvExport?.start(params, total));
  };
}
