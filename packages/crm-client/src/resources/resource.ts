import type * as z from 'zod/mini';
import type { CrmResourceName, QueryParams } from '../adapter.js';
import { AbortError } from '../errors/abort-error.js';
import { ResponseValidationError } from '../errors/response-validation-error.js';
import type { ValidationIssue } from '../errors/response-validation-error.js';
import type { CrmId, ListResult } from '../schemas/index.js';
import type { BulkOptions, BulkResult } from './bulk.js';
import { runBulk } from './bulk.js';
import type { Exchange, RequestOptions, ResourceContext } from './context.js';
import { readJson, send, validate } from './context.js';
import { cleanPage } from './list-page.js';

/** The operations every CRM collection offers. */
export interface CrmResource<Model, Input, Update, Params extends QueryParams> {
  /**
   * One page of records matching `params`, and how many match in all. The page is cleaned rather
   * than rejected: records beyond `per_page` (default 25), every record after the first with the
   * same id, and (with strict validation) records that do not fit the schema are left out and
   * reported in `problems`, which is there only when something was left out.
   * @example
   * const { data, total, problems } = await client.leads.list({ status: 'new', page: 2, per_page: 50 });
   * if (problems) notice(`${countListProblems(problems)} records could not be shown`);
   */
  list(params?: Params, options?: RequestOptions): Promise<ListResult<Model>>;
  /**
   * One record by id.
   * @example
   * const lead = await client.leads.get(7);
   */
  get(id: CrmId, options?: RequestOptions): Promise<Model>;
  /**
   * Creates a record and returns it as stored. Sent with an `Idempotency-Key`, so retries are safe.
   * @example
   * const lead = await client.leads.create({ first_name: 'Ana', last_name: 'Silva', ... });
   */
  create(input: Input, options?: RequestOptions): Promise<Model>;
  /**
   * Changes some fields of a record and returns it as stored.
   * @example
   * await client.leads.update(7, { status: 'contacted' });
   */
  update(id: CrmId, changes: Update, options?: RequestOptions): Promise<Model>;
  /**
   * Deletes a record. A `404` on a retry counts as deleted: the attempt before it may have deleted
   * the record and lost its answer. A `404` on the first attempt is an `HttpError`.
   * @example
   * await client.leads.delete(7);
   */
  delete(id: CrmId, options?: RequestOptions): Promise<void>;
  /**
   * Every record matching `params`, page after page (`per_page` defaults to 100, the contract's
   * maximum), as an async iterator, until `total` records or an empty page; a server that serves
   * fewer per page than asked is followed in its own page size. Records `list` leaves out are
   * skipped (use `list` to see its `problems`). Stops early when `break` ends the loop or the
   * signal aborts.
   * @example
   * for await (const lead of client.leads.iterate({ status: 'new' })) queueReminder(lead.id);
   */
  iterate(params?: Params, options?: RequestOptions): AsyncIterableIterator<Model>;
  /**
   * Deletes many records, a few at a time, and reports each id's outcome.
   * @example
   * const { succeeded, failed } = await client.leads.bulkDelete([1, 2, 3]);
   */
  bulkDelete(ids: readonly CrmId[], options?: BulkOptions): Promise<BulkResult<void>>;
  /**
   * Applies the same changes to many records, a few at a time, and reports each id's outcome.
   * @example
   * const { results } = await client.leads.bulkUpdate([1, 2], { status: 'lost' });
   */
  bulkUpdate(ids: readonly CrmId[], changes: Update, options?: BulkOptions): Promise<BulkResult<Model>>;
}

/** Records per page while iterating: the contract's maximum, for the fewest requests. */
const ITERATE_PAGE_SIZE = 100;

/** Checks the envelope the adapter read, whatever the validation mode: without it there is no list. */
function checkPage(resource: string, page: { data: unknown; total: unknown }, exchange: Exchange) {
  const issues: ValidationIssue[] = [];
  if (!Array.isArray(page.data)) issues.push({ path: ['data'], code: 'invalid_type', message: 'Expected an array of records' });
  if (typeof page.total !== 'number' || !Number.isFinite(page.total) || page.total < 0) {
    issues.push({ path: ['total'], code: 'invalid_type', message: 'Expected a non-negative number' });
  }
  if (issues.length) throw new ResponseValidationError(resource, issues, exchange.method, exchange.target.path);
  return page as { data: unknown[]; total: number };
}

/**
 * Builds a collection's operations from its name and record schema: the one implementation of
 * CRUD, paging and bulk behind leads, contacts, opportunities and follow-ups.
 * @example
 * const contacts = createResource<Contact, ContactInput, ContactUpdate, ContactListParams>(context, 'contacts', ContactSchema);
 */
export function createResource<Model extends { id: CrmId }, Input, Update, Params extends QueryParams>(
  context: ResourceContext,
  name: CrmResourceName,
  schema: z.core.$ZodType<Model>,
): CrmResource<Model, Input, Update, Params> {
  const { adapter } = context;
  const record = async (exchange: Promise<Exchange>) => {
    const sent = await exchange;
    return validate(context, schema, adapter.toModel(name, readJson(name, sent)), name, sent);
  };
  const changed = (action: 'create' | 'update' | 'delete', id: CrmId) => context.notify({ resource: name, action, id });

  const resource: CrmResource<Model, Input, Update, Params> = {
    async list(params, options = {}) {
      const exchange = await send(context, 'GET', adapter.target(name, [], params ?? {}), options);
      const { response } = exchange;
      const raw = adapter.readList(readJson(name, exchange), { resource: name, status: response.status, headers: response.headers });
      const page = checkPage(name, raw, exchange);
      return cleanPage(context, schema, { ...page, data: page.data.map((item) => adapter.toModel(name, item)) }, params);
    },

    get: (id, options = {}) => record(send(context, 'GET', adapter.target(name, [id]), options)),

    async create(input, options = {}) {
      const created = await record(send(context, 'POST', adapter.target(name), options, adapter.toWire(name, input as object)));
      changed('create', created.id);
      return created;
    },

    async update(id, changes, options = {}) {
      const { method, send: sent } = adapter.update(name);
      // A backend that replaces on update gets the record as stored, with the changes on top.
      const body = sent === 'record' ? { ...(await resource.get(id, options)), ...changes } : changes;
      const updated = await record(send(context, method, adapter.target(name, [id]), options, adapter.toWire(name, body as object)));
      changed('update', id);
      return updated;
    },

    async delete(id, options = {}) {
      await send(context, 'DELETE', adapter.target(name, [id]), options);
      changed('delete', id);
    },

    async *iterate(params, options = {}) {
      const { signal } = options;
      const firstPage = Number(params?.page ?? 1);
      let perPage = Number(params?.per_page ?? ITERATE_PAGE_SIZE);
      // How many records precede the next page: those of the pages skipped, then those yielded.
      let position = (firstPage - 1) * perPage;
      for (let page = firstPage; ; page += 1) {
        const { data, total, problems } = await resource.list({ ...params, page, per_page: perPage } as unknown as Params, options);
        for (const item of data) {
          if (signal?.aborted) throw new AbortError('GET', adapter.target(name).path, { cause: signal.reason });
          yield item;
        }
        // Records left out as duplicates or invalid still held places on the server's page.
        const served = data.length + (problems ? problems.duplicateIds.length + problems.invalid.length : 0);
        position += served;
        if (served === 0 || position >= total) return;
        // A first page shorter than asked, with more to come, shows the server's own page size (it
        // caps `per_page`). Asking for that size keeps the page numbers, and any offsets an adapter
        // computes from them, in step with what was served.
        if (page === firstPage) perPage = served;
      }
    },

    bulkDelete: (ids, options) => runBulk(ids, (id, signal) => resource.delete(id, { signal }), options),

    bulkUpdate: (ids, changes, options) => runBulk(ids, (id, signal) => resource.update(id, changes, { signal }), options),
  };
  return resource;
}
