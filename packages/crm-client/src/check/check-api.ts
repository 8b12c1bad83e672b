// `crm-check-api`: does a backend fit the client, with the host's adapter? It reads through the
// real client with validation off and checks what came back against the client's own schemas, so
// it can say what does not fit field by field instead of stopping at the first rejected record.
// Node-only: the client's browser entry never imports it.

// The client as a host uses it, through its entry; only the adapter's builder is internal.
import type { Adapter, RequestTarget } from '../adapter.js';
import { createAdapter } from '../adapter.js';
import type { CrmAdapter, CrmClient, CrmResourceName } from '../index.js';
import { createCrmClient, ResponseValidationError } from '../index.js';
import { detectEnvelope, type DetectedEnvelope } from './envelope.js';
import { camelCase, camelCaseFields, checkRecords } from './fields.js';
import { requestProblem } from './problems.js';
import { COLLECTIONS, type CheckReport, type ListReport, type Problem, type RequestSummary, type ResourceReport, type Suggestion } from './report.js';
import { CAMEL_CASE_TO_MODEL, CAMEL_CASE_TO_WIRE, mergeSuggestions, renderAdapter } from './suggestions.js';
import { checkWrites } from './write-check.js';

export type * from './report.js';
export { formatReport } from './format.js';

/** Options of {@link checkApi}. */
export interface CheckApiOptions {
  /** The API's base URL, absolute. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <token>`; none when absent. */
  token?: string | undefined;
  /** The adapter the host's app uses. */
  adapter?: CrmAdapter | undefined;
  /** Also create, update and delete a test lead. Default: read only. */
  write?: boolean | undefined;
}

/** The check could not run at all (no answer from the server): exit code 2, not a misfit. */
export class CheckCouldNotRun extends Error {
  override readonly name = 'CheckCouldNotRun';
}

/** A page small enough to read little patient data, big enough to see a server ignore its size. */
const PAGE = { page: 1, per_page: 2 } as const;
/** As long as the client waits for an attempt by default. */
const PROBE_TIMEOUT = 15_000;

/** What every step of the check shares. */
interface CheckContext {
  client: CrmClient;
  adapter: Adapter;
  token: string | undefined;
  requests: RequestSummary[];
}

/** A list as fetched by the check itself (its body only when it is JSON), or why that failed. */
type Probe = { status: number; headers: Headers; body?: unknown } | { problem: Problem };

/** Fetches a list page as the client would, but raw: the envelope the adapter may fail to read is what it inspects. */
async function probeList({ token, requests }: CheckContext, target: RequestTarget, first: boolean): Promise<Probe> {
  const headers: Record<string, string> = { Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) };
  let response: Response;
  let text: string;
  try {
    response = await fetch(target.url, { headers, signal: AbortSignal.timeout(PROBE_TIMEOUT) });
    text = await response.text();
  } catch (error) {
    requests.push({ method: 'GET', path: target.path, status: 0 });
    // No answer to the very first request: there is no backend to check. Said with the system's
    // error code (ECONNREFUSED, ENOTFOUND, a certificate's), which quotes nothing.
    const code = (error as { cause?: { code?: unknown } }).cause?.code ?? (error as Error).name;
    if (first) throw new CheckCouldNotRun(`no answer from the server to GET ${target.path}${typeof code === 'string' ? ` (${code})` : ''}`);
    return { problem: { severity: 'failure', code: 'no_answer', message: 'list (fetched raw): no answer', method: 'GET', path: target.path } };
  }
  requests.push({ method: 'GET', path: target.path, status: response.status });
  const answer = { status: response.status, headers: response.headers };
  if (!response.ok) return answer;
  try {
    return { ...answer, body: JSON.parse(text) };
  } catch {
    return answer;
  }
}

/** A list's validation error about its envelope (no records array, no total): the adapter's `readList` does not fit. */
const isEnvelopeError = (error: unknown) =>
  error instanceof ResponseValidationError && error.issues.some(({ path: [key] }) => key === 'data' || key === 'total');

/** What to say, and suggest, about a list the adapter could not read. */
function envelopeProblem(resource: CrmResourceName, detected: DetectedEnvelope | undefined): { problem: Problem; suggestion?: Suggestion } {
  const shape = detected?.description ?? 'a body that is not JSON';
  if (detected?.readList) {
    return {
      problem: { severity: 'failure', code: 'envelope', message: `the adapter's readList does not read this list, sent as ${shape}` },
      suggestion: { resource, setting: 'readList', code: detected.readList, reason: `lists come as ${shape}` },
    };
  }
  if (detected?.records) {
    return {
      problem: {
        severity: 'failure',
        code: 'no_total',
        message: `the list, sent as ${shape}, says nowhere how many records match: the client needs that total, in a header (e.g. X-Total-Count, which browsers see only when Access-Control-Expose-Headers names it) or beside the records`,
      },
    };
  }
  return { problem: { severity: 'failure', code: 'envelope', message: `the list is ${shape}` } };
}

/** Reads one page and one record by id of a collection, and checks them. */
async function checkCollection(context: CheckContext, resource: CrmResourceName, first: boolean): Promise<{ report: ResourceReport; suggestions: Suggestion[] }> {
  const { client, adapter } = context;
  const target = adapter.target(resource, [], PAGE);
  const problems: Problem[] = [];
  const suggestions: Suggestion[] = [];
  const probe = await probeList(context, target, first);
  if ('problem' in probe) problems.push(probe.problem);
  const detected = 'body' in probe ? detectEnvelope(probe.body, probe.headers) : undefined;

  let records: unknown[] = [];
  let received: number | undefined;
  let readByAdapter = false;
  try {
    const { data, problems: left } = await client[resource].list(PAGE);
    records = data;
    readByAdapter = true;
    received = data.length + (left ? left.surplus + left.duplicateIds.length : 0);
  } catch (error) {
    if (!isEnvelopeError(error)) problems.push(requestProblem(`list ${resource}`, error, { collectionPath: true }));
    else {
      const { problem, suggestion } = envelopeProblem(resource, detected);
      problems.push(problem);
      if (suggestion) suggestions.push(suggestion);
      // The records are still worth checking, where the check found them itself.
      records = (detected?.records ?? []).slice(0, PAGE.per_page).map((record) => adapter.toModel(resource, record));
      received = detected?.records?.length;
    }
  }

  const query = [...new URL(target.url).searchParams.keys()];
  const list: ListReport | undefined =
    detected && 'status' in probe
      ? { path: target.path, status: probe.status, envelope: detected.description, readByAdapter, query, asked: PAGE.per_page, received: received ?? 0 }
      : undefined;
  if (received !== undefined && received > PAGE.per_page) {
    problems.push({
      severity: 'failure',
      code: 'page_size_ignored',
      message: `the list sent ${received} records for a page of ${PAGE.per_page}: the backend does not read the page size the adapter sends (query: ${query.join(', ') || 'none'}); name its parameters in the adapter's query`,
    });
  }

  const withId = records.find((record) => Number.isInteger((record as { id?: unknown } | null)?.id));
  if (withId) {
    const id = (withId as { id: number }).id;
    try {
      records = [...records, await client[resource].get(id)];
    } catch (error) {
      problems.push(requestProblem(`get one ${resource} by id`, error));
    }
  } else if (records.length === 0 && readByAdapter) {
    problems.push({ severity: 'warning', code: 'no_records', message: 'the list is empty: there were no records to check the fields of' });
  }

  const fields = checkRecords(resource, records);
  const renamed = camelCaseFields(records, fields);
  if (renamed.length) {
    const reason = `fields come in camelCase (${renamed.slice(0, 3).map(camelCase).join(', ')}…)`;
    suggestions.push(
      { resource, setting: 'toModel', code: CAMEL_CASE_TO_MODEL, reason },
      { resource, setting: 'toWire', code: CAMEL_CASE_TO_WIRE, reason: 'and the records the client sends' },
    );
  }
  const fits = ![...fields, ...problems].some((finding) => finding.severity === 'failure');
  return { report: { resource, fits, records: records.length, ...(list ? { list } : {}), fields, problems }, suggestions };
}

/** Reads the statistics and checks them. */
async function checkStatistics({ client }: CheckContext): Promise<ResourceReport> {
  const problems: Problem[] = [];
  const bodies: unknown[] = [];
  try {
    bodies.push(await client.statistics.get());
  } catch (error) {
    problems.push(requestProblem('get statistics', error, { collectionPath: true }));
  }
  const fields = checkRecords('statistics', bodies);
  const fits = ![...fields, ...problems].some((finding) => finding.severity === 'failure');
  return { resource: 'statistics', fits, records: bodies.length, fields, problems };
}

/** The base URL as a report may show it: no credentials, no query, no fragment. */
const shownUrl = (baseUrl: string) => {
  const url = new URL(baseUrl);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
};

/**
 * Checks whether a backend fits the client with the given adapter: one small page and one record
 * by id of each collection, and the statistics; with `write`, also a test lead created, updated,
 * read back and deleted. Rejects with {@link CheckCouldNotRun} when the server does not answer.
 * @example
 * const report = await checkApi({ baseUrl: 'https://emr.example/api/crm', token, adapter });
 * process.stdout.write(`${formatReport(report)}\n`); // paths, field names and counts only
 * process.exitCode = report.fits ? 0 : 1;
 */
export async function checkApi({ baseUrl, token, adapter: adapterOptions, write = false }: CheckApiOptions): Promise<CheckReport> {
  // No retries: a backend that fails now and then is shown as it is, not smoothed over.
  const client = createCrmClient({ baseUrl, getToken: () => token ?? null, validation: 'off', retry: { limit: 0 }, adapter: adapterOptions });
  const requests: RequestSummary[] = [];
  client.addEventListener('exchange', ({ detail }) => requests.push({ method: detail.method, path: detail.path, status: detail.status }));
  const context: CheckContext = { client, adapter: createAdapter(baseUrl, adapterOptions), token, requests };

  const resources: ResourceReport[] = [];
  const suggestions: Suggestion[] = [];
  for (const resource of COLLECTIONS) {
    const checked = await checkCollection(context, resource, resources.length === 0);
    resources.push(checked.report);
    suggestions.push(...checked.suggestions);
  }
  resources.push(await checkStatistics(context));
  const writes = write ? await checkWrites(client, context.adapter) : undefined;
  if (writes) suggestions.push(...writes.suggestions);

  const findings = [...resources, ...(writes ? [writes.report] : [])].flatMap((report) => [...report.fields, ...report.problems]);
  const failures = findings.filter((finding) => finding.severity === 'failure').length;
  const merged = mergeSuggestions(suggestions);
  return {
    baseUrl: shownUrl(baseUrl),
    write,
    fits: failures === 0,
    failures,
    warnings: findings.length - failures,
    resources,
    ...(writes ? { writes: writes.report } : {}),
    suggestions: merged,
    ...(merged.length ? { suggestedAdapter: renderAdapter(merged) } : {}),
    requests,
  };
}
