// Loaded on demand by "Export CSV" (dynamic import), so hosts that never export never download it.
import type { CrmClient, Lead, LeadListParams } from '@mindbrite/crm-client';
import { html, type ReactiveController } from 'lit';
import type { CrmElement } from '../base/crm-element.js';
import { leadsListExportMessages as t, leadsListMessages } from '../messages/index.js';
import type { CrmOperation } from '../shared/events.js';
import { sourceLabel, statusLabel } from './lead-columns.js';

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

/**
 * The exported columns. Notes are left out on purpose: free-text clinical notes should not leave
 * the CRM in a file that is easily forwarded.
 */
const { columns } = leadsListMessages;
const EXPORTED: ReadonlyArray<readonly [string, (lead: Lead) => string | number | null | undefined]> = [
  [t.csvColumns.id, (lead) => lead.id],
  [t.csvColumns.firstName, (lead) => lead.first_name],
  [t.csvColumns.lastName, (lead) => lead.last_name],
  [columns.company, (lead) => lead.company],
  [columns.email, (lead) => lead.email],
  [columns.phone, (lead) => lead.phone],
  [columns.status, (lead) => statusLabel(lead.status)],
  [columns.source, (lead) => sourceLabel(lead.source)],
  [columns.created, (lead) => lead.created_at],
];

export interface LeadsCsvOptions {
  /** Called after each lead with the count so far, to show progress. */
  onProgress?: (done: number) => void;
}

/**
 * Reads every lead `leads` yields (e.g. `client.leads.iterate(params, { signal })`, which pages
 * through the whole result and stops with an `AbortError` when cancelled) into a CSV file.
 * @example
 * const file = await leadsToCsv(client.leads.iterate({ status: 'new' }, { signal }), { onProgress: show });
 */
export async function leadsToCsv(leads: AsyncIterable<Lead>, { onProgress }: LeadsCsvOptions = {}): Promise<Blob> {
  const lines = [BOM + csvRow(EXPORTED.map(([header]) => header))];
  for await (const lead of leads) {
    lines.push(csvRow(EXPORTED.map(([, read]) => read(lead))));
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

/**
 * "Export CSV": downloads every lead matching `params` (all pages, whatever page `params` names),
 * as a file named for today, calling `onProgress` with the count so far. Resolves with the count
 * exported; once `signal` is aborted it rejects with an `AbortError` and downloads nothing.
 * @example
 * const count = await exportLeadsCsv(client, { status: 'new', sort: 'email' }, abort.signal, show);
 */
export async function exportLeadsCsv(
  client: CrmClient,
  params: LeadListParams,
  signal: AbortSignal,
  onProgress: (done: number) => void,
): Promise<number> {
  let done = 0;
  const file = await leadsToCsv(client.leads.iterate({ ...params, page: undefined, per_page: 100 }, { signal }), {
    onProgress: (count) => onProgress((done = count)),
  });
  signal.throwIfAborted();
  downloadFile(file, t.exportFileName(new Date().toISOString().slice(0, 10)));
  return done;
}

/** What the export uses of `<crm-leads-list>` (its `@internal` members). */
export interface LeadsExportHost extends CrmElement {
  count(value: number): string;
  announce(text: string): void;
  failed(error: unknown, operation: CrmOperation): void;
}

/**
 * The list's "Export CSV" while it runs: its progress, its cancellation (also when the list leaves
 * the page) and the announcement of how it ended.
 */
export class LeadsCsvExport implements ReactiveController {
  private run?: { abort: AbortController; done: number; total: number };

  constructor(private readonly list: LeadsExportHost) {
    list.addController(this);
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

  /** Exports every lead matching `params`; `total` is the count known so far, for the progress bar. */
  async start(params: LeadListParams, total: number): Promise<void> {
    const client = this.list.crmClient;
    if (!client || this.run) return;
    const run = (this.run = { abort: new AbortController(), done: 0, total });
    this.list.requestUpdate();
    try {
      const done = await exportLeadsCsv(client, params, run.abort.signal, (count) => {
        run.done = count;
        this.list.requestUpdate();
      });
      this.list.announce(t.exportDone(this.list.count(done)));
    } catch (error) {
      if (run.abort.signal.aborted) this.list.announce(t.exportCancelled);
      else this.list.failed(error, 'export');
    } finally {
      this.run = undefined;
      this.list.requestUpdate();
    }
  }

  renderProgress() {
    const run = this.run;
    if (!run) return undefined;
    const total = Math.max(run.total, run.done);
    return html`<progress max=${total} value=${run.done} aria-labelledby="export-label"></progress>
      <span id="export-label">${t.exportProgress(this.list.count(run.done), this.list.count(total))}</span>`;
  }
}
