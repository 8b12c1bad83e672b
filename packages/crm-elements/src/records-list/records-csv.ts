// Loaded on demand by a list's "Export CSV" (dynamic import), so hosts that never export never download it.
import type { CrmClient, QueryParams } from '@mindbrite/crm-client';
import { html, type ReactiveController } from 'lit';
import type { RecordsListContext, RecordsListExport } from './crm-records-list.js';

/** Makes Excel read the file as UTF-8, so accented names survive. */
const BOM = '\uFEFF';

/** Characters that make a spreadsheet read a cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: always quoted (RFC 4180), quotes doubled, and text a spreadsheet could run as a
 * formula prefixed with `'` so it is shown as text instead.
 * @example
 * csvCell('=HYPERLINK("http://evil")'); // '"\'=HYPERLINK(""http://evil"")"'
 */
export function csvCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  const guarded = typeof value === 'string' && FORMULA_START.test(text) ? `'${text}` : text;
  return `"${guarded.replaceAll('"', '""')}"`;
}

/** One CSV line, CRLF-terminated as RFC 4180 says. */
export const csvRow = (cells: readonly (string | number | null | undefined)[]): string => `${cells.map(csvCell).join(',')}\r\n`;

/** A column of the file: its header, and what it holds of a record. */
export type CsvColumn<Record> = readonly [header: string, read: (record: Record) => string | number | null | undefined];

/**
 * Reads every record `records` yields (e.g. `client.leads.iterate(params, { signal })`, which pages
 * through the whole result and stops with an `AbortError` when cancelled) into a CSV file of
 * `columns`, calling `onProgress` after each record with the count so far.
 * @example
 * const file = await recordsToCsv(client.leads.iterate({ status: 'new' }, { signal }), leadColumns, show);
 */
export async function recordsToCsv<Record>(
  records: AsyncIterable<Record>,
  columns: readonly CsvColumn<Record>[],
  onProgress?: (done: number) => void,
): Promise<Blob> {
  const lines = [BOM + csvRow(columns.map(([header]) => header))];
  for await (const record of records) {
    lines.push(csvRow(columns.map(([, read]) => read(record))));
    onProgress?.(lines.length - 1);
  }
  return new Blob(lines, { type: 'text/csv;charset=utf-8' });
}

/** Hands `file` to the browser as a download named `fileName`. */
export function downloadFile(file: Blob, fileName: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started from the URL by the time the click returns; give it a moment anyway.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** What a list exports: its collection, the file's columns (headers in `locale`) and the section of the run's words. */
export interface CsvSpec<Record> {
  iterate: (client: CrmClient, params: QueryParams, signal: AbortSignal) => AsyncIterable<Record>;
  columns: (locale: string) => readonly CsvColumn<Record>[];
  words: {
    exportProgress: (done: string, total: string, n: number) => string;
    exportDone: (count: string, n: number) => string;
    exportCancelled: string;
    exportFileName: (date: string) => string;
  };
}

/** One export's file: the records, their columns and the file's name. */
interface CsvFile<Record> {
  iterate: CsvSpec<Record>['iterate'];
  columns: readonly CsvColumn<Record>[];
  fileName: (date: string) => string;
}

/**
 * "Export CSV": downloads every record matching `params` (all pages, whatever page `params` names),
 * as a file named for today, calling `onProgress` with the count so far. Resolves with the count
 * exported; once `signal` is aborted it rejects with an `AbortError` and downloads nothing.
 * @example
 * const count = await exportCsv(client, leadsCsv, { status: 'new', sort: 'email' }, abort.signal, show);
 */
export async function exportCsv<Record>(
  client: CrmClient,
  spec: CsvFile<Record>,
  params: QueryParams,
  signal: AbortSignal,
  onProgress: (done: number) => void,
): Promise<number> {
  let done = 0;
  const records = spec.iterate(client, { ...params, page: undefined, per_page: 100 }, signal);
  const file = await recordsToCsv(records, spec.columns, (count) => onProgress((done = count)));
  signal.throwIfAborted();
  downloadFile(file, spec.fileName(new Date().toISOString().slice(0, 10)));
  return done;
}

/**
 * The list's "Export CSV" while it runs: its progress, its cancellation (also when the list leaves
 * the page) and the announcement of how it ended.
 */
export class CsvExport<Record> implements ReactiveController, RecordsListExport {
  private run?: { abort: AbortController; done: number; total: number };

  constructor(
    private readonly list: RecordsListContext<Record>,
    private readonly spec: CsvSpec<Record>,
  ) {
    list.host.addController(this);
  }

  get running(): boolean {
    return Boolean(this.run);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  cancel(): void {
    this.run?.abort.abort();
  }

  /** Exports every record matching `params`; `total` is the count known so far, for the progress bar. */
  async start(params: QueryParams, total: number): Promise<void> {
    const { list, spec } = this;
    const t = list.host.t(spec.words);
    const client = list.client();
    if (!client || this.run) return;
    const run = (this.run = { abort: new AbortController(), done: 0, total });
    list.host.requestUpdate();
    try {
      const file = { iterate: spec.iterate, columns: spec.columns(list.locale()), fileName: t.exportFileName };
      const done = await exportCsv(client, file, params, run.abort.signal, (count) => {
        run.done = count;
        list.host.requestUpdate();
      });
      list.announce(t.exportDone(list.count(done), done));
    } catch (error) {
      if (run.abort.signal.aborted) list.announce(t.exportCancelled);
      else list.failed(error, 'export');
    } finally {
      this.run = undefined;
      list.host.requestUpdate();
    }
  }

  renderProgress() {
    const run = this.run;
    if (!run) return undefined;
    const total = Math.max(run.total, run.done);
    return html`<progress max=${total} value=${run.done} aria-labelledby="export-label"></progress>
      <span id="export-label">${this.list.host.t(this.spec.words).exportProgress(this.list.count(run.done), this.list.count(total), total)}</span>`;
  }
}
