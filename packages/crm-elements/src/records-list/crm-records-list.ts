import { TaskStatus } from '@lit/task';
import type { CrmClient, CrmId, CrmResourceName, QueryParams } from '@mindbrite/crm-client';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { CrmElement } from '../base/crm-element.js';
import { moduleHost, type ModuleHost } from '../base/module-host.js';
import type { CrmPermission } from '../base/permissions.js';
import { ClientChangesController } from '../controllers/client-changes.controller.js';
import { DebouncedSearchController } from '../controllers/debounced-search.controller.js';
import { LazyModule } from '../controllers/lazy-module.controller.js';
import { LoadingSpaceController } from '../controllers/loading-space.controller.js';
import { SelectionController } from '../controllers/selection.controller.js';
import { commonMessages, describeError } from '../messages/common.js';
import { recordsListMessages, type RecordsListNouns } from '../messages/records-list.js';
import type { CrmEventDetailMap, CrmEventName, CrmOperation } from '../shared/events.js';
import { formatNumber } from '../shared/format.js';
import { withCurrent } from '../shared/labels.js';
import { renderAlert, renderEmpty, renderError, stateStyles } from '../shared/states.js';
import { clipText } from '../shared/text.js';
import { toneOf, toneStyles } from '../shared/tones.js';
import { themeStyles } from '../styles/theme.styles.js';
import { columnStorageName, loadColumnChoice } from './column-storage.js';
import { parseColumns, type ColumnDefinition } from './columns.js';
import { renderNotice, type Notice } from './notice.js';
import { renderPagination } from './pagination.js';
import { RecordsPageController } from './records-page.controller.js';
import { normalizeQuery, QUERY_DEFAULTS, toListParams, type RecordsQuery } from './records-query.js';
import { recordsListStyles } from './records-list.styles.js';
import { onRowKeydown } from './row-keys.js';

/** Characters of a status its one-line badge shows (the known ones have at most 11). */
const BADGE_LENGTH = 24;
/**
 * Characters of a value a cell shows on its one line (the table scrolls sideways; a card wraps
 * it): any real name or email whole, not a page-wide line.
 */
const CELL_LENGTH = 80;

/** Rows that fill scroll mode's frame (36rem of 2.75rem rows) with a margin, before its code arrives. */
const SCROLL_FRAME_ROWS = 24;

/** A filter of a list: a property (and reflected attribute) holding one value of a field, '' for all. */
export interface FilterDefinition {
  key: string;
  /** The words of the filter's name, and of its choice of every value. */
  label: 'statusFilter' | 'sourceFilter';
  anyLabel: 'anyStatus' | 'anySource';
  known: readonly string[];
  /** A value's name in `locale`. */
  toLabel: (value: string, locale: string) => string;
}

/**
 * What a records list is about: everything the leads list and the contacts list do not share.
 * The code of what only some users do loads on first use, through these loaders, which receive
 * the list's narrow `RecordsListContext`, never the element.
 */
export interface RecordsListDefinition<Record> {
  /** The client's collection, also the `resource` of the change events the list follows. */
  resource: CrmResourceName;
  /** The list's kind, under which a column choice is remembered (`leads-list`). */
  kind: string;
  columns: readonly ColumnDefinition<Record>[];
  filters: readonly FilterDefinition[];
  sortFields: readonly string[];
  /** The section of the words that name the list's records (`leadsListMessages`). */
  messages: RecordsListNouns;
  /** A record's name as people read it in `locale`, as plain text (uncut). */
  name: (record: Record, locale: string) => string;
  /**
   * The actions of `record`'s menu (Edit is the row's own) that the user may take, by `may`; a
   * falsy entry is one not offered. The menu button shows only when there is one.
   */
  menuActions: (record: Record, may: CrmElement['may']) => readonly (string | false)[];
  /** The row and bulk actions that change records, with their confirmations. */
  loadActions: (context: RecordsListContext<Record>) => Promise<RecordsListActions<Record>>;
  /** The CSV export's run. */
  loadExport: (context: RecordsListContext<Record>) => Promise<RecordsListExport>;
  /** The edit dialog: its module, its tag, and how it opens a record. */
  editor: {
    load: () => Promise<unknown>;
    tag: string;
    open: (dialog: HTMLElement, record: Record) => Promise<unknown>;
  };
}

/** What the actions module gives the list: its renders, the edit dialog, the menu of a row's other actions, and the view of a record. */
export interface RecordsListActions<Record> {
  renderBulkBar(): unknown;
  /** The row menu, the confirmation, the record view and the edit dialog: in the top layer when open, rendered once at the end of the list. */
  renderOverlays(): unknown;
  /** Opens `record` in the list's edit dialog, whose module (with the whole form) loads on the first edit. */
  edit(record: Record): Promise<void>;
  /** The id of the record whose menu is open. */
  readonly menuFor?: CrmId;
  /** Opens the menu of `record`'s actions beside `button`, which gets focus back when it closes. */
  openMenu(record: Record, button: HTMLElement): Promise<void>;
  /** Opens the read-only view of `record`; `row` gets focus back when it closes. */
  openView(record: Record, row: HTMLElement): Promise<void>;
}

/** What the export module gives the list. */
export interface RecordsListExport {
  readonly running: boolean;
  start(params: QueryParams, total: number): Promise<void>;
  cancel(): void;
  renderProgress(): unknown;
}

/**
 * What the list's on-demand modules (actions, export) may use of it: no more than they need, so a
 * module cannot come to depend on the element's insides.
 */
export interface RecordsListContext<Record> {
  /** Where their controllers (confirmation, export) attach and their styles go. */
  readonly host: ModuleHost;
  /** The words that name the list's records, in its language. */
  messages(): RecordsListNouns;
  /** Whether the user may take `permission` on the list's records, or on `resource`'s. */
  may(permission: CrmPermission, resource?: CrmResourceName): boolean;
  /** The actions of `record`'s menu the user may take. */
  menuActions(record: Record): string[];
  /** Every column the list has, shown or not: the fields of the record view. */
  readonly columns: readonly ColumnDefinition<Record>[];
  /** The locale the list shows dates and numbers in. */
  locale(): string;
  /** The edit dialog, and the list's `slow-after`, which it follows. */
  readonly editor: RecordsListDefinition<Record>['editor'];
  slowAfter(): number;
  client(): CrmClient | undefined;
  readonly selection: SelectionController<CrmId>;
  /** The record shown with `id`, if it is on the page. */
  record(id: CrmId): Record | undefined;
  /** A record's name, cut to a readable length. */
  name(record: Record): string;
  count(value: number): string;
  announce(text: string): void;
  /** Shows an action's outcome and moves focus to it. */
  showNotice(notice: Notice): Promise<void>;
  /** Shows a failure in plain words and reports it. */
  failed(error: unknown, operation: CrmOperation): void;
  reportError(error: unknown, operation: CrmOperation): void;
  /** Fires one of the list's events; `cancelable` where the list acts on `preventDefault()`. False when a listener cancelled it. */
  emit<Name extends CrmEventName>(name: Name, detail: CrmEventDetailMap[Name], cancelable?: boolean): boolean;
  /** Runs `work` (a multi-record action) with the list's reloads held back: one reload after it, if it changed anything. */
  hold<T>(work: Promise<T>): Promise<T>;
}

/** Empty filters leave no attribute behind, so `status=""` never appears on the host. */
export const optionalText = { fromAttribute: (value: string | null) => value ?? '', toAttribute: (value: string) => value || null };

/**
 * The records list every list element is: a table of one collection's records with search,
 * filters, sorting, paging, row selection with bulk actions, row actions, a column chooser, a
 * narrow card layout and CSV export. A list element gives its `definition` and declares its
 * filters as properties (`@property({ reflect: true, converter: optionalText }) status = ''`).
 *
 * Filters, sort and page are attributes, reflected as the user changes them. With `sync-url`,
 * they are also mirrored in the page URL's query (through `history.replaceState`, under
 * `url-prefix`) and read back from it at start. The search term is neither reflected nor written
 * to the URL: it is usually a patient's name, and attributes are captured by DOM snapshots and
 * session-replay tools, URLs kept in browser history and server logs. A `search` attribute the
 * host sets is read, and removed once the user searches for something else.
 *
 * Rows are records, identified by id: a page that repeats an id shows the record once, and never
 * more rows than `page-size`. Records the client had to leave out of a page are counted in a note
 * above the table and reported by `crm-warning`. Long values wrap inside their cell, cut at a
 * readable length with the whole value as the cell's tooltip.
 *
 * Keyboard: every row is in the tab order; on a focused row, Enter or Space activates it, and the
 * Up and Down arrows, Home and End move to another row without going through its buttons.
 *
 * Activating a row (a click, or Enter or Space on it) fires the list's select event
 * (`crm-lead-select`, `crm-contact-select`), which is cancelable. A host that shows records its own
 * way calls `preventDefault()` and the list does nothing more; otherwise the list opens its view of
 * the record: a modal dialog titled with the record's name, showing every field the list has (shown
 * or not) read-only, with "Edit" (the edit dialog) and the row's other actions, each one click
 * away. Escape or its close button closes it, and focus goes back to the row. Its code loads with
 * the row actions.
 *
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
 * @csspart row - Each record's row.
 * @csspart cell - Each data cell.
 * @csspart actions - Each row's action buttons: its main action (Edit) and the button of its menu.
 * @csspart row-menu - The menu of a row's other actions (Delete, and each list's own).
 * @csspart record-view - The dialog showing an activated row's record, read-only.
 * @csspart record-view-actions - The record view's buttons: Edit, then the row's other actions.
 * @csspart pagination - The range, page size and page buttons.
 * @csspart dialog - The confirmation dialog.
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The error state's retry button.
 */
export abstract class CrmRecordsList<R extends { id: CrmId }> extends CrmElement {
  static override styles = [themeStyles, stateStyles, toneStyles, recordsListStyles];

  /** The search term, set once the user pauses typing. Never reflected to the attribute. */
  @property({ converter: optionalText }) search: string = QUERY_DEFAULTS.search;

  /** The field sorted by (an API field, e.g. `last_name` or `created_at`). Default `created_at`. */
  @property({ reflect: true }) sort: string = QUERY_DEFAULTS.sort;

  /** `asc` or `desc`. Default `desc` (newest first). */
  @property({ reflect: true }) order: 'asc' | 'desc' = QUERY_DEFAULTS.order;

  /** The page shown, from 1. */
  @property({ type: Number, reflect: true }) page: number = QUERY_DEFAULTS.page;

  /** Rows per page: 10, 25, 50 or 100 (other values round up to one of these). Default 25. */
  @property({ type: Number, reflect: true, attribute: 'page-size' }) pageSize: number = QUERY_DEFAULTS.pageSize;

  /**
   * `pages` (the default): a page at a time, with a pager. `scroll`: every record under one scroll,
   * inside a frame at most `--crm-leads-list-height` (`--crm-contacts-list-height`) tall, default
   * 36rem, under a header that stays; pages of `page-size` records load as they come into view, and
   * only the rows in view (plus a margin) are in the page, whatever the total.
   */
  @property({ reflect: true }) mode: 'pages' | 'scroll' = 'pages';

  /** Mirror filters, sort and page in the page URL's query, and read them from it at start. */
  @property({ type: Boolean, reflect: true, attribute: 'sync-url' }) syncUrl = false;

  /** Prefix of this list's keys in the URL (e.g. `leads_`), so two lists on one page do not clash. */
  @property({ attribute: 'url-prefix' }) urlPrefix = '';

  /** The columns offered, in order, comma separated (ids as documented by each list). Default: all. The user may hide and show these with the column chooser. */
  @property() columns?: string;

  /**
   * Remembers the user's column choice in `localStorage` under this key (only column ids are
   * stored). Without it, the choice lasts until the page is left.
   */
  @property({ attribute: 'storage-key' }) storageKey?: string;

  @state() private chosenColumns?: string[];
  @state() private announcement = '';
  @state() private notice?: Notice;
  /** With `sync-url`: `false` while the query is read from the URL, `true` once tried (the first request waits for it). */
  @state() private urlRead?: boolean;

  /** What this list is about. */
  protected abstract readonly definition: RecordsListDefinition<R>;

  #listContext?: RecordsListContext<R>;
  /** Set by Retry, whose button the reload removes: focus goes to what replaces it once loaded. */
  #focusAfterLoad = false;
  readonly #selection = new SelectionController<CrmId>(this);
  readonly #searchInput = new DebouncedSearchController(this, { onSearch: (term) => this.#setSearch(term) });
  /** The actions that change records (the edit dialog, confirmations, bulk bar) and the record view, loaded on the first row action, activation or selection. */
  readonly #actions = new LazyModule(this, () => this.definition.loadActions(this.#context));
  /** The CSV export's run (progress, cancellation), loaded with the first export. */
  readonly #csvExport = new LazyModule(this, () => this.definition.loadExport(this.#context));
  /** The column menu's checkboxes, loaded when the menu first opens. */
  readonly #columnMenu = new LazyModule(this, () => import('./column-menu.js').then(({ ColumnMenu }) => new ColumnMenu(this.#context.host)));
  /** The rows of scroll mode, loaded when it is set. */
  readonly #scrollRows = new LazyModule(this, () =>
    import('./scroll-rows.js').then(
      ({ ScrollRows }) =>
        new ScrollRows<R>({
          host: this.#context.host,
          load: (page, signal) => this.crmClient?.[this.definition.resource].list(toListParams({ ...this.#query, page }, this.#filterKeys), { signal }) as never,
          pageSize: () => this.pageSize,
          failed: (error) => this.#failed(error, 'load'),
        }),
    ),
  );
  /** The URL mirroring of `sync-url`, loaded when it is set. */
  readonly #urlSync = new LazyModule(this, () => import('./url-query.js'));

  /** The client's changes to this list's records: a burst of them, or a bulk action's, is one reload. */
  readonly #changes = new ClientChangesController(this, {
    client: () => this.crmClient,
    onChange: (changes) => {
      if (changes.some(({ resource }) => resource === this.definition.resource)) this.reload();
    },
  });

  /** The page of records shown, and its load. */
  readonly #records = new RecordsPageController<R>(this, {
    args: () => [this.crmClient, this.urlRead, ...Object.values(this.#query)],
    // With `sync-url`, the first request waits for the query read from the URL.
    load: (signal) =>
      this.urlRead || !this.syncUrl ? this.crmClient?.[this.definition.resource].list(this.#listParams, { signal }) as never : undefined,
    pageSize: () => this.pageSize,
    onPage: ({ data, total }) => {
      // In scroll mode the selection may hold rows of pages not loaded now.
      if (!this.#scrolls) this.#selection.retain(this.#records.byId.keys());
      const lastPage = Math.max(1, Math.ceil(total / this.pageSize));
      // The page emptied under us (its last rows were deleted): show the new last page instead.
      if (!data.length && this.page > lastPage) this.page = lastPage;
      this.announcement = `${this.t(this.definition.messages).resultCount(this.#count(this.#scrolls ? total : data.length), this.#count(total), total)} ${this.#notShown()}`;
    },
  });

  /** Loads the current page again, e.g. after the host changed data behind the client's back. */
  reload(): void {
    this.#records.reload();
  }

  /**
   * Fires the list's event for an activated row (`crm-lead-select`, …), cancelable; returns false
   * when the host cancelled it, to show the record its own way.
   */
  protected abstract activate(record: R): boolean;

  get #scrolls(): boolean {
    return this.mode === 'scroll';
  }

  /** The records the list has, by id: the page's, or in scroll mode every one loaded. */
  get #byId(): Map<CrmId, R> {
    return (this.#scrolls && this.#scrollRows.value?.byId) || this.#records.byId;
  }

  constructor() {
    super();
    // A page shorter than its empty rows (two leads, none) pulls nothing of the host page up.
    new LoadingSpaceController(this);
  }

  get #filterKeys(): string[] {
    return this.definition.filters.map(({ key }) => key);
  }

  get #query(): RecordsQuery {
    const { search, sort, order, page, pageSize } = this;
    const query: RecordsQuery = { search, sort, order, page, pageSize };
    for (const key of this.#filterKeys) query[key] = this.#filterValue(key);
    return query;
  }

  get #listParams() {
    return toListParams(this.#query, this.#filterKeys);
  }

  /**
   * A filter's options: its known values, then the others the records shown hold, so a status or
   * source the server uses that this SDK does not know can be chosen too.
   */
  #options(key: string, known: readonly string[]): string[] {
    const shown = this.#records.page?.data.map((record) => (record as unknown as Record<string, string>)[key]!) ?? [];
    return [...new Set([...known, ...shown])].filter(Boolean);
  }

  #filterValue(key: string): string {
    return (this as unknown as Record<string, string>)[key]!;
  }

  get #offeredColumns(): string[] {
    return parseColumns(
      this.columns,
      this.definition.columns.map(({ id }) => id),
    );
  }

  /** Where the user's column choice is remembered: under `storage-key`, else nowhere. */
  get #columnStorage(): string | undefined {
    return this.storageKey && columnStorageName(this.definition.kind, this.storageKey);
  }

  get #filtered(): boolean {
    return Boolean(this.search || this.#filterKeys.some((key) => this.#filterValue(key)));
  }

  /** The narrow view of this list its on-demand modules get; made when the first of them loads. */
  get #context(): RecordsListContext<R> {
    return (this.#listContext ??= {
      host: moduleHost(this),
      messages: () => this.t(this.definition.messages),
      may: (permission, resource = this.definition.resource) => this.may(resource, permission),
      menuActions: (record) => this.#menuActions(record),
      columns: this.definition.columns,
      locale: () => this.effectiveLocale,
      editor: this.definition.editor,
      slowAfter: () => this.slowAfter,
      client: () => this.crmClient,
      selection: this.#selection,
      record: (id) => this.#byId.get(id),
      name: (record) => clipText(this.definition.name(record, this.effectiveLocale)),
      count: (value) => this.#count(value),
      announce: (text) => (this.announcement = text),
      showNotice: (notice) => this.#showNotice(notice),
      failed: (error, operation) => this.#failed(error, operation),
      reportError: (error, operation) => this.reportError(error, operation),
      emit: (name, detail, cancelable) => this.emit(name, detail, cancelable),
      hold: (work) => this.#changes.hold(work),
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // At start, the query is read from the URL before the first request.
    if (this.syncUrl && this.urlRead === undefined) {
      this.urlRead = false;
      const readFirst = !this.hasUpdated;
      void this.#urlSync.get().then((urlSync) => {
        if (readFirst && urlSync) Object.assign(this, urlSync.readUrlQuery(location.search, this.urlPrefix, this.#filterKeys));
        this.urlRead = true;
      });
    }
    Object.assign(this, normalizeQuery(this.#query, this.definition.sortFields));
    if (this.#scrolls) {
      this.page = 1;
      void this.#scrollRows.get();
    }
    if (changed.has('search')) this.#searchInput.reset(this.search);
    if (this.hasUpdated && this.#queryChanged(changed)) this.#selection.clear();
    if (changed.has('columns') || changed.has('storageKey')) {
      const storage = this.#columnStorage;
      this.chosenColumns = storage ? loadColumnChoice(storage, this.#offeredColumns) : undefined;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.#watchOverflow();
    if (this.#focusAfterLoad && this.#records.task.status !== TaskStatus.PENDING) {
      this.#focusAfterLoad = false;
      this.#focusContent();
    }
    // A mirroring that failed to load is tried again with the next change of the query.
    if (this.syncUrl && this.#queryChanged(changed)) {
      void this.#urlSync.get().then((urlSync) => urlSync?.mirrorInUrl(this.#query, this.urlPrefix, this.#filterKeys));
    }
  }

  #queryChanged(changed: PropertyValues): boolean {
    return Object.keys(this.#query).some((key) => changed.has(key));
  }

  /** "2 records could not be shown.", or '' when the client left nothing out of the page. */
  #notShown(): string {
    const count = this.#records.notShown;
    return count ? this.t(recordsListMessages).notShown(this.#count(count), count) : '';
  }

  protected override render() {
    const t = this.t(recordsListMessages);
    return html`<div class="root">
      ${this.#renderToolbar(t)} ${this.#actions.value?.renderBulkBar()} ${renderNotice(this.notice, t.dismiss, () => {
        this.notice = undefined;
        this.#focusContent();
      })} ${this.#records.slowLoad.render()} ${this.#renderContent(t)}
      <div class="visually-hidden announcer" role="status">${this.announcement}</div>
      ${this.#actions.value?.renderOverlays()}
    </div>`;
  }

  #renderToolbar(t: typeof recordsListMessages) {
    const { filters } = this.definition;
    const messages = this.t(this.definition.messages);
    return html`<div class="toolbar" part="toolbar">
      <div class="field search" role="search">
        <label for="search">${messages.searchLabel}</label>
        <input
          id="search"
          part="search"
          type="search"
          autocomplete="off"
          placeholder=${messages.searchPlaceholder}
          .value=${this.#searchInput.textFor(this.search)}
          @input=${(event: InputEvent) => this.#searchInput.type((event.target as HTMLInputElement).value)}
          @keydown=${(event: KeyboardEvent) => {
            if (event.key === 'Enter') this.#searchInput.flush((event.target as HTMLInputElement).value);
          }}
        />
      </div>
      <div class="toolbar" part="filters">${filters.map((filter) => this.#renderFilter(filter, t, messages))}</div>
      ${this.#renderColumnChooser(t)} ${this.#may('export') ? this.#renderExport(t) : nothing}
    </div>`;
  }

  #renderFilter({ key, label, anyLabel, known, toLabel }: FilterDefinition, t: typeof recordsListMessages, messages: RecordsListNouns) {
    const value = this.#filterValue(key);
    const locale = this.effectiveLocale;
    return html`<label class="field">
      ${t[label]}
      <select
        @change=${(event: Event) => {
          Object.assign(this, { [key]: (event.target as HTMLSelectElement).value, page: 1 });
        }}
      >
        <option value="" ?selected=${!value}>${messages[anyLabel]}</option>
        ${withCurrent(this.#options(key, known), value).map(
          (option) => html`<option value=${option} ?selected=${option === value}>${toLabel(option, locale)}</option>`,
        )}
      </select>
    </label>`;
  }

  /**
   * The "Columns" button and its menu, whose checkboxes load when it first opens; focus then goes
   * into the menu, as it does on every later opening.
   */
  #renderColumnChooser(t: typeof recordsListMessages) {
    const locale = this.effectiveLocale;
    const labels = new Map(this.definition.columns.map(({ id, label }) => [id, label(locale)]));
    return html`<button class="button" type="button" popovertarget="column-menu">${t.columnsButton}</button>
      <div id="column-menu" class="column-menu" part="column-menu" popover @toggle=${this.#onColumnMenuToggle}>
        ${this.#columnMenu.value?.render(
          this.#offeredColumns.map((id) => ({ id, label: labels.get(id)! })),
          this.#visibleColumns,
          (visible) => (this.chosenColumns = visible),
          this.#columnStorage,
        )}
      </div>`;
  }

  get #visibleColumns(): string[] {
    return this.chosenColumns ?? this.#offeredColumns;
  }

  readonly #onColumnMenuToggle = (event: ToggleEvent) => {
    if (event.newState === 'open') void this.#columnMenu.get().then((menu) => menu?.focus());
  };

  /** One button that turns into "Cancel export" while exporting, so keyboard focus stays on it. */
  #renderExport(t: typeof recordsListMessages) {
    const running = this.#csvExport.value?.running;
    return html`<div class="export" part="export">
      <button class="button" type="button" ?disabled=${!running && !this.#records.page?.total} @click=${this.#toggleExport}>
        ${running ? t.cancelExport : t.exportCsv}
      </button>
      ${this.#csvExport.value?.renderProgress()}
    </div>`;
  }

  #renderContent(t: typeof recordsListMessages) {
    const common = this.t(commonMessages);
    // While its provider waits for a client, its own loading state: the same as when it loads.
    if (!this.crmClient && !this.waitsForClient) return renderAlert(common, common.noClient);
    if (this.#records.task.status === TaskStatus.ERROR) {
      return renderError(common, this.#records.task.error, () => {
        this.#focusAfterLoad = true;
        this.reload();
      });
    }
    const page = this.#records.page;
    const messages = this.t(this.definition.messages);
    // A page of empty rows under the real header, and the pager, where the records will be: nothing below moves when they come.
    if (!page) {
      return html`<div class="skeleton" part="skeleton" role="status" aria-busy="true">
        <span class="visually-hidden">${common.loading}</span>
        <div inert aria-hidden="true">${this.#renderTable(undefined, t, messages)} ${renderPagination(this.#query, 0, t, String, this.#goTo)}</div>
      </div>`;
    }
    if (!page.data.length && page.total === 0) {
      return this.#filtered
        ? renderEmpty(messages.noMatches, html`<button class="button" type="button" @click=${this.#clearFilters}>${t.clearFilters}</button>`)
        : renderEmpty(messages.noneYet);
    }
    const notShown = this.#notShown();
    return html`${notShown ? html`<div class="notice warning" part="problems">${notShown}</div>` : nothing}
      ${this.#renderTable(page.data, t, messages)} ${this.#scrolls ? nothing : renderPagination(this.#query, page.total, t, (value) => this.#count(value), this.#goTo)}`;
  }

  /** The table of `records`, or of a page of empty rows while they load. */
  #renderTable(records: R[] | undefined, t: typeof recordsListMessages, messages: RecordsListNouns) {
    const ids = new Set(this.#visibleColumns);
    const columns = this.definition.columns.filter(({ id }) => ids.has(id));
    // Keep the order the host or the user gave.
    columns.sort((a, b) => this.#visibleColumns.indexOf(a.id) - this.#visibleColumns.indexOf(b.id));
    const locale = this.effectiveLocale;
    const selectAll = this.#selection.stateOf(records ? [...this.#byId.keys()] : []);
    const busy = this.#records.task.status === TaskStatus.PENDING;
    const selectable = this.#selectable;
    const scroll = this.#scrolls;
    const page = records && this.#records.page;
    const scrollRows = scroll ? this.#scrollRows.value : undefined;
    // An empty row where a record will be, as tall as one (in scroll mode, at its place in the set); its controls do nothing, so no one reaches them.
    const placeholder = (index?: number) =>
      html`<tr class="placeholder" inert aria-hidden="true" aria-rowindex=${index === undefined ? nothing : index + 2}>
        ${selectable ? html`<td class="check"><input type="checkbox" /></td>` : nothing}
        ${columns.map(({ names, label }) => html`<td class=${names ? 'name' : nothing} data-label=${names ? nothing : label(locale)}><span class="skeleton-line"></span></td>`)}
        <td class="row-actions"><div class="actions"><button class="button">${t.edit}</button></div></td>
      </tr>`;
    return html`<div class="table-wrap ${busy ? 'busy' : ''}" @scroll=${this.#markScroll}>
      <table part="table" aria-label=${messages.tableLabel} aria-busy=${busy} aria-rowcount=${scroll && page ? (scrollRows?.total ?? page.total) + 1 : nothing}>
        <thead>
          <tr aria-rowindex=${scroll ? 1 : nothing}>
            ${selectable
              ? html`<th scope="col" class="check" part="header">
                  <input
                    type="checkbox"
                    aria-label=${messages.selectAll}
                    .checked=${selectAll === 'all'}
                    .indeterminate=${selectAll === 'some'}
                    @change=${(event: Event) => this.#select(this.#byId.keys(), (event.target as HTMLInputElement).checked)}
                  />
                </th>`
              : nothing}
            ${columns.map((column) => this.#renderHeader(column, locale))}
            <th scope="col" class="actions-header" part="header"><span class="visually-hidden">${t.actionsHeader}</span></th>
          </tr>
        </thead>
        <tbody @click=${this.#onRowsClick} @keydown=${this.#onRowsKeydown} @change=${this.#onRowsChange}>
          ${scrollRows && page
            ? scrollRows.render(page, JSON.stringify(this.#listParams), {
                row: (record, index) => this.#renderRow(record, columns, locale, t, selectable, index),
                placeholder,
                columns: columns.length + (selectable ? 2 : 1),
              })
            : records && !scroll
              ? repeat(
                  records,
                  (record) => record.id,
                  (record) => this.#renderRow(record, columns, locale, t, selectable),
                )
              : // Scroll mode's rows wait for its code; a frame's worth of empty rows till then.
                Array.from({ length: scroll ? Math.min(this.pageSize, SCROLL_FRAME_ROWS) : this.pageSize }, () => placeholder())}
        </tbody>
      </table>
    </div>`;
  }

  #renderHeader({ sort, label }: ColumnDefinition<R>, locale: string) {
    const sorted = this.sort === sort;
    const ariaSort = sorted ? (this.order === 'asc' ? 'ascending' : 'descending') : nothing;
    return html`<th scope="col" part="header" aria-sort=${ariaSort}>
      ${sort
        ? html`<button class="sort" type="button" @click=${() => this.#sortBy(sort)}>
            ${label(locale)}<span class="sort-icon" aria-hidden="true">${sorted ? (this.order === 'asc' ? '▲' : '▼') : '↕'}</span>
          </button>`
        : label(locale)}
    </th>`;
  }

  #renderRow(record: R, columns: ColumnDefinition<R>[], locale: string, t: typeof recordsListMessages, selectable: boolean, index?: number) {
    const name = clipText(this.definition.name(record, locale));
    const selected = this.#selection.has(record.id);
    return html`<tr part="row" tabindex="0" data-id=${record.id} class=${selected ? 'selected' : ''} aria-rowindex=${index === undefined ? nothing : index + 2}>
      ${selectable ? html`<td class="check"><input type="checkbox" data-select aria-label=${t.selectRow(name)} .checked=${selected} /></td>` : nothing}
      ${columns.map((column) => this.#renderCell(column, record, locale))}
      <td class="row-actions">
        <div class="actions" part="actions">
          ${this.#may('edit') ? html`<button class="button" type="button" data-action="edit" aria-label=${t.editLabel(name)}>${t.edit}</button>` : nothing}
          ${this.#menuActions(record).length
            ? html`<button
                class="button"
                type="button"
                data-action="menu"
                aria-haspopup="menu"
                aria-expanded=${this.#actions.value?.menuFor === record.id}
                aria-label=${t.moreLabel(name)}
              >
                <span aria-hidden="true">⋯</span>
              </button>`
            : nothing}
        </div>
      </td>
    </tr>`;
  }

  #may(permission: CrmPermission): boolean {
    return this.may(this.definition.resource, permission);
  }

  #menuActions(record: R): string[] {
    return this.definition.menuActions(record, (resource, permission) => this.may(resource, permission)).filter((action) => action !== false);
  }

  /** Rows are selectable for a bulk action the user may take. */
  get #selectable(): boolean {
    return this.#may('bulk') && (this.#may('edit') || this.#may('delete'));
  }

  /**
   * A cell shows its value cut to a readable length (a status to what fits its one-line badge);
   * the whole value is its tooltip then.
   */
  #renderCell(column: ColumnDefinition<R>, record: R, locale: string) {
    const { kind } = column;
    const full = column.text(record, locale);
    const text = clipText(full, kind === 'badge' ? BADGE_LENGTH : CELL_LENGTH);
    const content = kind === 'badge' ? html`<span class="badge" data-status=${column.status ? toneOf(column.status(record)) : nothing}>${text}</span>` : kind && text ? html`<a href="${kind}:${full}">${text}</a>` : text;
    return html`<td
      part="cell"
      class=${column.names ? 'name' : column.wrap ? 'wrap' : nothing}
      data-label=${column.names ? nothing : column.label(locale)}
      title=${text === full ? nothing : full}
    >${content}</td>`;
  }

  /**
   * Whether the table fits changes with its frame's width and its own: both are observed, so the
   * shadows are marked after the browser's own layout, not by reading the table's width after
   * every update. A new table is also marked on a timer once: a page in the background renders no
   * frames, so tells no observer.
   */
  readonly #overflowSizes = new ResizeObserver(() => this.#markScroll());
  #overflowWatched?: Element | null;

  #watchOverflow(): void {
    const table = this.renderRoot.querySelector('.table-wrap > table');
    if (table === this.#overflowWatched) return;
    this.#overflowWatched = table;
    this.#overflowSizes.disconnect();
    if (!table) return;
    for (const element of [table.parentElement!, table]) this.#overflowSizes.observe(element);
    setTimeout(this.#markScroll);
  }

  /** Marks the sides the table can scroll to (`data-more-start`, `data-more-end`), where a shadow then says so. */
  readonly #markScroll = () => {
    const wrap = this.renderRoot.querySelector('.table-wrap');
    if (!wrap) return;
    // Negative when right to left.
    const scrolled = Math.abs(wrap.scrollLeft);
    wrap.toggleAttribute('data-more-start', scrolled > 1);
    wrap.toggleAttribute('data-more-end', wrap.scrollWidth - wrap.clientWidth - scrolled > 1);
  };

  readonly #goTo = (page: number, pageSize = this.pageSize) => {
    this.page = page;
    this.pageSize = pageSize;
  };

  #sortBy(field: string): void {
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
  #setSearch(term: string): void {
    this.removeAttribute('search');
    this.search = term;
    this.page = 1;
  }

  readonly #clearFilters = () => {
    this.#setSearch('');
    for (const key of this.#filterKeys) Object.assign(this, { [key]: '' });
    // The button goes with the empty state; the search box is where the user goes on from.
    this.renderRoot.querySelector<HTMLElement>('#search')?.focus();
  };

  /** Focus to the list's content: Retry if loading failed, else the first row, else the search box. */
  #focusContent(): void {
    const root = this.renderRoot;
    (root.querySelector<HTMLElement>('[part="retry"]') ?? root.querySelector<HTMLElement>('tbody tr') ?? root.querySelector<HTMLElement>('#search'))?.focus();
  }

  /** The record of the row that `target` is in. */
  #recordOf(target: EventTarget | null): R | undefined {
    const row = (target as Element).closest('tr');
    return row ? [...this.#byId.values()].find((record) => String(record.id) === row.dataset.id) : undefined;
  }

  /** Row activation and row actions, delegated once for the whole table body to keep rows cheap. */
  readonly #onRowsClick = (event: MouseEvent) => {
    // Rows hold no shadow roots, so the target is the element clicked, in this tree.
    const target = event.target as Element;
    const record = this.#recordOf(target);
    if (!record) return;
    const control = target.closest<HTMLElement>('button, a, input, select, label');
    if (control) {
      const action = control.dataset.action;
      // Edit, and the menu of the row's other actions (delete, convert, …), load with the actions module.
      if (action) void this.#actions.get().then((actions) => (action === 'edit' ? actions?.edit(record) : actions?.openMenu(record, control)));
      return;
    }
    // A drag that selected text is reading, not choosing a row.
    if (!getSelection()?.toString()) this.#activate(target.closest('tr')!);
  };

  /** On a focused row: Enter or Space activates it; the arrow keys, Home and End move between rows. */
  readonly #onRowsKeydown = (event: KeyboardEvent) => {
    const scrollRows = this.#scrolls && this.#scrollRows.value;
    if (scrollRows) scrollRows.keydown(event, this.#activate);
    else onRowKeydown(event, this.#activate);
  };

  /** The host hears of the activated row; unless it cancels, the record's view opens (its code loads with the row actions). */
  readonly #activate = (row: HTMLTableRowElement): void => {
    const record = this.#recordOf(row);
    if (record && this.activate(record)) void this.#actions.get().then((actions) => actions?.openView(record, row));
  };

  readonly #onRowsChange = (event: Event) => {
    const box = event.target as HTMLInputElement;
    const record = this.#recordOf(box);
    if (record && box.hasAttribute('data-select')) this.#select([record.id], box.checked);
  };

  /** Selects or deselects rows; the bulk actions load with the first selection. */
  #select(ids: Iterable<CrmId>, selected: boolean): void {
    this.#selection.setAll(ids, selected);
    if (selected) void this.#actions.get();
  }

  /** A number in the list's locale. */
  #count(value: number): string {
    return formatNumber(value, this.effectiveLocale);
  }

  /**
   * Shows an action's outcome and moves focus to it: the control that started the action is often
   * gone by then (a deleted row, a bulk bar with nothing left selected), and focus must not fall
   * back to the page.
   */
  async #showNotice(notice: Notice): Promise<void> {
    this.notice = notice;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="notice"]')?.focus();
  }

  /** Shows a failure in plain words and reports it. */
  #failed(error: unknown, operation: CrmOperation): void {
    void this.#showNotice({ tone: 'error', text: describeError(error, this.t(commonMessages)) });
    this.reportError(error, operation);
  }

  override loadFailed(error: unknown): void {
    this.#failed(error, 'load');
  }

  /** Starts "Export CSV" (its code loads on the first export), or cancels the running one. */
  readonly #toggleExport = () => {
    const csvExport = this.#csvExport.value;
    if (csvExport?.running) return csvExport.cancel();
    const params = this.#listParams;
    const total = this.#records.page?.total ?? 0;
    void this.#csvExport.get().then((csvExport) => csvExport?.start(params, total));
  };
}
