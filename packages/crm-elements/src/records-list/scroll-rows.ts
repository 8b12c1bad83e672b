import type { CrmId, ListResult } from '@mindbrite/crm-client';
import { css, html, type ReactiveController } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ModuleHost } from '../base/module-host.js';
import { addStyles } from '../shared/add-styles.js';
import { onRowKeydown } from './row-keys.js';

/** Rows rendered beyond each edge of the view: a short scroll or an arrow key finds its row there. */
const MARGIN = 8;

/** A spacer stands for the rows it replaces: no padding, border or card of its own. */
const spacerStyles = css`
  tr.spacer,
  tr.spacer > td {
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    pointer-events: none;
  }
`;

/** What the list gives its scroll mode. */
export interface ScrollRowsOptions<Record> {
  host: ModuleHost;
  /** Loads page `page` (from 1) of the list's current query, in pages of `pageSize()` rows. */
  load: (page: number, signal: AbortSignal) => Promise<ListResult<Record>> | undefined;
  pageSize: () => number;
  /** A page that failed to load (reported as the list's `crm-error`). */
  failed: (error: unknown) => void;
}

/** How the list renders one row: a record at its index, or the placeholder of a row still loading. */
export interface RowRenders<Record> {
  row: (record: Record, index: number) => unknown;
  placeholder: (index: number) => unknown;
  /** Columns of the table, which each spacer's one cell spans. */
  columns: number;
}

/**
 * A list's scroll mode: the rows of the whole result set under one scroll, its pages loaded as
 * they come into view (the first page is the list's own), and only the rows in view plus a margin
 * in the DOM, spacer rows of the measured row height standing for the rest. A row with focus
 * stays rendered while scrolled out of view, so focus is never lost to the page; the arrow keys,
 * Home and End reach any row, loading its page first. Rows carry `aria-rowindex` against the
 * table's `aria-rowcount`, so assistive technology announces each row's place in the whole set.
 *
 * A change of the first page under the same query (a reload after a change) keeps the place: the
 * other pages in view load again and the rest are dropped. A new query starts at the top.
 */
export class ScrollRows<Record extends { id: CrmId }> implements ReactiveController {
  /** Every record loaded, by id: the rows a click, a selection or an action can reach. */
  byId = new Map<CrmId, Record>();
  /** The records the query matches, as the latest page said. */
  total = 0;
  /** The loaded pages' records, by page number. */
  readonly #pages = new Map<number, Record[]>();
  /** Pages loaded before a reload: shown until their new version comes. */
  readonly #stale = new Set<number>();
  /** Pages loading: their abort, and their end (however it ends). */
  readonly #loading = new Map<number, { controller: AbortController; done: Promise<unknown> }>();
  /** Pages whose load failed: tried again on the next scroll, not on every render. */
  readonly #failed = new Set<number>();
  #firstPage?: ListResult<Record>;
  #query = '';
  /** The rows rendered: `[#from, #to)`, plus the focused row wherever it is. */
  #from = 0;
  #to = 3 * MARGIN;
  /** A row's height with its gap, measured; until then the view is not known either. */
  #stride = 0;
  #wrap?: HTMLElement;
  /** Whether the host's update rendered these rows. */
  #rendered = false;
  /** Ends the listeners on `#wrap`. */
  #listening?: AbortController;
  readonly #resizes = new ResizeObserver(() => setTimeout(() => this.#onScroll()));

  constructor(private readonly options: ScrollRowsOptions<Record>) {
    options.host.addController(this);
    addStyles(options.host.renderRoot, spacerStyles);
  }

  hostUpdated(): void {
    // Only a frame these rows are in (not the loading state's, which would cost a layout for nothing).
    const wrap = this.#rendered ? (this.options.host.renderRoot.querySelector<HTMLElement>('.table-wrap') ?? undefined) : undefined;
    this.#rendered = false;
    if (wrap !== this.#wrap) this.#watch(wrap);
  }

  hostDisconnected(): void {
    // Nothing loads for a list no longer in the page; what is missing loads when it is back.
    this.#abortLoads();
    this.#watch(undefined);
  }

  /** Follows the scroll and the size of `wrap`, the table's frame, where the rows scroll. */
  #watch(wrap: HTMLElement | undefined): void {
    this.#listening?.abort();
    this.#resizes.disconnect();
    this.#wrap = wrap;
    if (!wrap) return;
    const signal = (this.#listening = new AbortController()).signal;
    wrap.addEventListener('scroll', this.#onScroll, { passive: true, signal });
    this.#resizes.observe(wrap);
    this.#onScroll();
  }

  #abortLoads(): void {
    for (const { controller } of this.#loading.values()) controller.abort();
    this.#loading.clear();
  }

  /**
   * The table body's rows for `firstPage` of `query` (the list's query but for its page): the rows
   * in view and the focused one, with spacers for the rest.
   */
  render(firstPage: ListResult<Record>, query: string, renders: RowRenders<Record>): unknown {
    this.#rendered = true;
    if (firstPage !== this.#firstPage) this.#takeFirstPage(firstPage, query);
    this.#loadMissing();
    const { row, placeholder, columns } = renders;
    const to = Math.min(this.#to, this.total);
    const indices: number[] = [];
    // The row with focus (or holding it) stays, wherever it is: read from the shadow root, which
    // keeps its focused element while the window is in the background.
    // Its index: -1 for the header row, -2 for none.
    const focused = Number(this.options.host.renderRoot.activeElement?.closest('tr')?.getAttribute('aria-rowindex') ?? 0) - 2;
    if (focused >= 0 && focused < this.#from) indices.push(focused);
    for (let index = Math.min(this.#from, to); index < to; index++) indices.push(index);
    if (focused >= to && focused < this.total) indices.push(focused);
    // Rows to render, and where rows are left out a gap: `-(its first row) - 1`.
    const items: number[] = [];
    let next = 0;
    for (const index of indices) {
      if (index > next) items.push(-next - 1);
      items.push(index);
      next = index + 1;
    }
    if (next < this.total) items.push(-next - 1);
    // A record two pages both hold (rows moved between their loads) is shown once, at its first place.
    const shown = new Set<CrmId>();
    const recordAt = (index: number) => {
      const record = this.#pages.get(this.#pageOf(index))?.[index % this.options.pageSize()];
      if (!record || shown.has(record.id)) return undefined;
      shown.add(record.id);
      return record;
    };
    const keyed = items.map((item) => ({ item, record: item >= 0 ? recordAt(item) : undefined }));
    return repeat(
      keyed,
      ({ item, record }) => record?.id ?? `\0${item}`,
      ({ item, record }, position) => {
        if (item >= 0) return record ? row(record, item) : placeholder(item);
        // A spacer as tall as the rows it stands for (before a first measure, none).
        const after = keyed[position + 1]?.item ?? this.total;
        return html`<tr class="spacer" aria-hidden="true"><td colspan=${columns} style="height:${(after + item + 1) * this.#stride}px"></td></tr>`;
      },
    );
  }

  /**
   * The keys on a focused row: Up and Down, Home and End go to that row of the whole set, loading
   * it first if need be; Enter and Space activate the row.
   */
  keydown(event: KeyboardEvent, activate: (row: HTMLTableRowElement) => void): void {
    const row = event.target;
    if (!(row instanceof HTMLTableRowElement)) return;
    const at = Number(row.getAttribute('aria-rowindex')) - 2;
    const to = ({ ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: this.total - 1 } as Partial<{ [key: string]: number }>)[event.key];
    if (to === undefined) return onRowKeydown(event, activate);
    event.preventDefault();
    if (to >= 0 && to < this.total) void this.#reveal(to);
  }

  /** Scrolls row `index` into view, renders it, waits for its page, then focuses it. */
  async #reveal(index: number): Promise<void> {
    const { host } = this.options;
    const find = () => host.renderRoot.querySelector<HTMLElement>(`tbody tr[aria-rowindex="${index + 2}"][data-id]`);
    if (!find() && this.#wrap) {
      this.#wrap.scrollTop = this.#rowsTop() + index * this.#stride - this.#wrap.clientHeight / 2;
      this.#onScroll();
      await host.updateComplete;
      await this.#loading.get(this.#pageOf(index))?.done;
      await host.updateComplete;
    }
    find()?.focus();
  }

  #pageOf(index: number): number {
    return Math.floor(index / this.options.pageSize()) + 1;
  }

  #takeFirstPage(firstPage: ListResult<Record>, query: string): void {
    if (query !== this.#query) {
      // Another query: its rows from the top.
      this.#query = query;
      this.#abortLoads();
      this.#pages.clear();
      this.#stale.clear();
      if (this.#wrap) {
        this.#wrap.scrollTop = 0;
        // Other rows, other widths.
        for (const header of this.#wrap.querySelectorAll<HTMLElement>('thead th')) header.style.minWidth = '';
      }
      this.#from = 0;
      this.#to = 3 * MARGIN;
    } else {
      // The same query loaded again: the pages in view load again, the others are dropped.
      for (const page of this.#pages.keys()) {
        if (this.#inView(page)) this.#stale.add(page);
        else this.#pages.delete(page);
      }
    }
    this.#firstPage = firstPage;
    this.#failed.clear();
    this.#stale.delete(1);
    this.#pages.set(1, firstPage.data);
    this.total = firstPage.total;
    this.#index();
  }

  #inView(page: number): boolean {
    return page >= this.#pageOf(this.#from) && page <= this.#pageOf(Math.max(this.#from, this.#to - 1));
  }

  #index(): void {
    this.byId = new Map([...this.#pages.values()].flatMap((records) => records.map((record) => [record.id, record] as const)));
  }

  /** Loads the pages of the rows in view not loaded yet, or loaded before a reload. */
  #loadMissing(): void {
    const last = Math.min(this.#to, this.total) - 1;
    for (let page = this.#pageOf(this.#from); last >= 0 && page <= this.#pageOf(last); page++) {
      if ((this.#pages.has(page) && !this.#stale.has(page)) || this.#loading.has(page) || this.#failed.has(page)) continue;
      const controller = new AbortController();
      const loading = this.options.load(page, controller.signal);
      if (!loading) continue;
      const firstPage = this.#firstPage;
      const done = loading.then(
        (result) => {
          if (controller.signal.aborted || firstPage !== this.#firstPage) return;
          this.#pages.set(page, result.data);
          this.#stale.delete(page);
          this.total = result.total;
          this.#index();
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          this.#failed.add(page);
          this.options.failed(error);
        },
      );
      this.#loading.set(page, { controller, done });
      void done.finally(() => {
        if (this.#loading.get(page)?.controller === controller) this.#loading.delete(page);
        this.options.host.requestUpdate();
      });
    }
  }

  /** Where the first row starts in the scrolled content (below the header, and any note above the table). */
  #rowsTop(): number {
    const wrap = this.#wrap!;
    const body = wrap.querySelector('tbody');
    return body ? body.getBoundingClientRect().top - wrap.getBoundingClientRect().top + wrap.scrollTop : 0;
  }

  /** Measures a row and the view, and renders the rows now in view if they changed; on a scroll, holds the columns. */
  readonly #onScroll = (scroll?: Event) => {
    const wrap = this.#wrap;
    if (!wrap?.isConnected) return;
    const rows = wrap.querySelectorAll<HTMLElement>('tbody tr:not(.spacer)');
    if (rows.length > 1) {
      const first = rows[0]!.getBoundingClientRect();
      const last = rows[rows.length - 1]!.getBoundingClientRect();
      const rowIndex = (row: HTMLElement) => Number(row.getAttribute('aria-rowindex'));
      const between = rowIndex(rows[rows.length - 1]!) - rowIndex(rows[0]!);
      // Rows in one run (the focused row may sit apart); a card's gap is part of its stride.
      if (between > 0 && between === rows.length - 1) this.#stride = (last.top - first.top) / between;
    }
    if (scroll) this.#holdColumns(wrap);
    if (!this.#stride) return;
    const top = wrap.scrollTop - this.#rowsTop();
    const from = Math.max(0, Math.floor(top / this.#stride) - MARGIN);
    const to = Math.ceil((top + wrap.clientHeight) / this.#stride) + MARGIN;
    this.#failed.clear();
    if (from !== this.#from || to !== this.#to) {
      this.#from = from;
      this.#to = to;
      this.options.host.requestUpdate();
    }
  };

  /**
   * A table's columns widen to the widest value scrolled past and never narrow, so rows coming and
   * going do not move them. Cards (the narrow layout) keep their own widths.
   */
  #holdColumns(wrap: HTMLElement): void {
    const headers = wrap.querySelectorAll<HTMLElement>('thead th');
    const table = headers[0] && getComputedStyle(headers[0]).display === 'table-cell';
    for (const header of headers) {
      const width = header.getBoundingClientRect().width;
      if (!table) header.style.minWidth = '';
      else if (width > (parseFloat(header.style.minWidth) || 0) + 0.5) header.style.minWidth = `${width}px`;
    }
  }
}
