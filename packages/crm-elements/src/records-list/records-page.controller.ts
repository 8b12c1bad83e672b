import type { CrmId, ListResult } from '@mindbrite/crm-client';
import type { CrmElement } from '../base/crm-element.js';
import { CrmTask } from '../controllers/crm-task.js';
import { SlowLoadController } from '../controllers/slow-load.controller.js';

export interface RecordsPageOptions<Record> {
  /** What the page depends on (client, query, …): a change of any loads again, aborting the stale load. */
  args: () => readonly unknown[];
  /** Loads the page; `undefined` while there is nothing to load (no client yet). */
  load: (signal: AbortSignal) => Promise<ListResult<Record>> | undefined;
  /** The most rows a page shows. */
  pageSize: () => number;
  /** Each page once it is shown, e.g. to keep the selection to its rows and announce the count. */
  onPage: (page: ListResult<Record>) => void;
}

/**
 * Loads a list's page of records through a `Task` (a stale load is aborted; so is the load of a
 * removed host, which loads again when back in the page), with the slow-load note and its Cancel.
 * A failure is the `Task`'s error state and one `crm-error` (never for an abort); records the client
 * left out of the page are reported by `crm-warning`.
 *
 * Rows are records, identified by id: a page that repeats an id shows the record once, and never
 * more rows than a page. The client already does this; it holds even for a client that does not,
 * since a row must always hand over the record it shows.
 *
 * @example
 * private readonly records = new RecordsPageController<Lead>(this, {
 *   args: () => [this.crmClient, this.page],
 *   load: (signal) => this.crmClient?.leads.list({ page: this.page }, { signal }),
 *   pageSize: () => 25,
 *   onPage: (page) => this.announce(`${page.data.length} of ${page.total}`),
 * });
 */
export class RecordsPageController<Record extends { id: CrmId }> {
  /** The page shown; `undefined` while there is none (not loaded yet, or failed). */
  page?: ListResult<Record>;
  /** The records shown, by id. */
  byId = new Map<CrmId, Record>();
  readonly task: CrmTask<readonly unknown[], ListResult<Record> | undefined>;
  readonly slowLoad: SlowLoadController;

  constructor(
    private readonly host: CrmElement,
    private readonly options: RecordsPageOptions<Record>,
  ) {
    this.task = new CrmTask(host, {
      args: options.args,
      task: (_, { signal }) => options.load(signal),
      onComplete: (result) => this.show(result),
      onError: (error) => {
        this.page = undefined;
        host.reportError(error, 'load');
      },
    });
    this.slowLoad = new SlowLoadController(host, this.task);
  }

  /** Records the client had to leave out that this page should have shown (repeated or unreadable). */
  get notShown(): number {
    const problems = this.page?.problems;
    // Records beyond the page asked for belong to no page the user could open: `crm-warning`
    // reports them, this counts only the records this page should have shown.
    return problems ? problems.duplicateIds.length + problems.invalid.length : 0;
  }

  /** Loads the page again, e.g. after the host changed data behind the client's back. */
  reload(): void {
    this.task.reload();
  }

  private show(result: ListResult<Record> | undefined): void {
    if (!result) return void (this.page = undefined);
    const rows = new Map<CrmId, Record>();
    const pageSize = this.options.pageSize();
    for (const record of result.data) if (!rows.has(record.id) && rows.size < pageSize) rows.set(record.id, record);
    this.byId = rows;
    this.page = { ...result, data: [...rows.values()] };
    const { problems } = result;
    if (problems) this.host.emit('crm-warning', { operation: 'load', problems });
    this.options.onPage(this.page);
  }
}
