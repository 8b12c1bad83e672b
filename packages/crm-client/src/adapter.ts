// The one place that knows how a backend spells its URLs and its lists. Everything else asks the
// adapter for a request target or a page, so a backend that differs from the contract is
// described here, in configuration, without forking any resource code.
import type { CrmId } from './schemas/fields.js';

/** The collections of the CRM API. */
export type CrmResourceName = 'leads' | 'contacts' | 'opportunities' | 'followUps';
/** Everything that has a path: the collections and the statistics endpoint. */
export type CrmPathName = CrmResourceName | 'statistics';

/** List parameters as the client's callers give them, before the adapter names them for the wire. */
export type QueryParams = { readonly [name: string]: string | number | boolean | null | undefined };

/** What a list reader gets besides the parsed body. */
export interface ListResponseInfo {
  resource: CrmResourceName;
  status: number;
  headers: Headers;
}

/** A page as a list reader found it; the resource checks its shape and validates its records. */
export interface RawListPage {
  data: unknown;
  total: unknown;
}

/** A record as JSON: what a record mapping receives and returns. */
export type WireRecord = Record<string, unknown>;

/** How a backend changes a record. */
export interface UpdateStyle {
  /** The method of an update. Default `PUT`, the contract's; `PATCH` for a backend whose `PUT` replaces the whole record. */
  method?: 'PUT' | 'PATCH';
  /**
   * What an update sends: the changed fields (`changes`, the default), or the whole record as it
   * is stored with the changes applied (`record`: read first, then sent whole), for a backend that
   * replaces on `PUT` and has no `PATCH`.
   */
  send?: 'changes' | 'record';
}

/** How one collection of a backend differs from the contract; every part is optional. */
export interface CrmResourceAdapter {
  /**
   * Either renames of list parameters (`{ search: 'q', per_page: 'limit' }`, unnamed ones keep their
   * name), or a function that builds the whole query, e.g. for offset paging.
   * Default: the contract's names.
   */
  query?: Partial<Record<string, string>> | ((params: QueryParams, resource: CrmResourceName) => URLSearchParams);
  /** Reads a list body into `{ data, total }`. Default {@link readEnvelope}`('data', 'total')`. */
  readList?: (body: unknown, response: ListResponseInfo) => RawListPage;
  /** The method of an update and what it sends. Default: `PUT` with the changed fields. */
  update?: UpdateStyle;
  /**
   * A record as the backend sends it, turned into the contract's shape before it is validated:
   * renamed, camelCase or nested fields. Called for every record read (lists too), never for
   * the statistics.
   */
  toModel?: (record: WireRecord, resource: CrmResourceName) => WireRecord;
  /** A record, or the fields of one, as the client sends it (create, update, convert), turned into the backend's shape. */
  toWire?: (record: WireRecord, resource: CrmResourceName) => WireRecord;
}

/**
 * Describes a backend that differs from the default contract. Every part is optional; what is
 * set under `resources` is for that collection only, and wins over the same part set for all.
 */
export interface CrmAdapter extends CrmResourceAdapter {
  /** Path of each collection below the base URL. Defaults: `/leads`, `/contacts`, `/opportunities`, `/follow-ups`, `/statistics`. */
  paths?: Partial<Record<CrmPathName, string>>;
  /** What differs for one collection: its query, its lists, its updates, its records' shape. */
  resources?: Partial<Record<CrmResourceName, CrmResourceAdapter>>;
}

/**
 * Where a request goes: `url` for fetch, `path` (no origin, no query) for error messages and the
 * `exchange` event, and the collection and record it is about, where known.
 */
export interface RequestTarget {
  url: string;
  path: string;
  resource?: CrmPathName;
  id?: CrmId;
}

export const DEFAULT_PATHS: Record<CrmPathName, string> = {
  leads: '/leads',
  contacts: '/contacts',
  opportunities: '/opportunities',
  followUps: '/follow-ups',
  statistics: '/statistics',
};

/**
 * Reads lists sent as an object with the records and the total under the given keys.
 * @example
 * createCrmClient({ adapter: { readList: readEnvelope('items', 'count') } });
 */
export function readEnvelope(dataKey: string, totalKey: string): NonNullable<CrmAdapter['readList']> {
  return (body) => {
    const envelope = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    return { data: envelope[dataKey], total: envelope[totalKey] };
  };
}

/**
 * Reads lists sent as a bare JSON array with the total in a response header.
 * @example
 * createCrmClient({ adapter: { readList: readArrayWithTotalHeader('X-Total-Count') } });
 */
export function readArrayWithTotalHeader(header: string): NonNullable<CrmAdapter['readList']> {
  return (body, { headers }) => {
    const total = headers.get(header);
    return { data: body, total: total === null || total.trim() === '' ? undefined : Number(total) };
  };
}

/** The contract's query: each defined parameter under its (possibly renamed) name. */
function renamedQuery(params: QueryParams, renames: Partial<Record<string, string>>): URLSearchParams {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    query.set(renames[name] ?? name, String(value));
  }
  return query;
}

const stripOrigin = (url: string) => url.replace(/^[a-z][a-z\d+.-]*:\/\/[^/]*/i, '') || '/';

/** The adapter as the client uses it, with every default applied. */
export interface Adapter {
  /** The target for a resource's path, optional path segments (ids, actions) and a list query. */
  target(resource: CrmPathName, segments?: readonly (string | number)[], params?: QueryParams): RequestTarget;
  /** Reads a list body into a raw page. */
  readList(body: unknown, response: ListResponseInfo): RawListPage;
  /** How `resource`'s updates are sent. */
  update(resource: CrmResourceName): Required<UpdateStyle>;
  /** A record read from `resource`, in the contract's shape (anything but an object passes as it is, for validation to name). */
  toModel(resource: CrmResourceName, record: unknown): unknown;
  /** A record or fields sent to `resource`, in the backend's shape. */
  toWire(resource: CrmResourceName, record: object): unknown;
}

const isRecord = (value: unknown): value is WireRecord => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Builds the client's adapter from the base URL and the host's adapter options.
 * @example
 * const adapter = createAdapter('https://emr.example/api/crm', { paths: { followUps: '/followups' } });
 * adapter.target('followUps', [7]).url; // 'https://emr.example/api/crm/followups/7'
 */
export function createAdapter(baseUrl: string, options: CrmAdapter = {}): Adapter {
  const base = baseUrl.replace(/\/+$/, '');
  const paths = { ...DEFAULT_PATHS, ...options.paths };
  const part = <Key extends keyof CrmResourceAdapter>(resource: CrmResourceName, key: Key) => options.resources?.[resource]?.[key] ?? options[key];
  const readList = (body: unknown, response: ListResponseInfo) => (part(response.resource, 'readList') ?? readEnvelope('data', 'total'))(body, response);
  return {
    target(resource, segments = [], params) {
      const path = `/${paths[resource].replace(/^\/+|\/+$/g, '')}`;
      const suffix = segments.map((segment) => `/${encodeURIComponent(String(segment))}`).join('');
      const url = `${base}${path === '/' ? '' : path}${suffix}` || '/';
      let search = '';
      if (params && resource !== 'statistics') {
        const query = part(resource, 'query') ?? {};
        search = (typeof query === 'function' ? query(params, resource) : renamedQuery(params, query)).toString();
      }
      const [id] = segments;
      return { url: search ? `${url}?${search}` : url, path: stripOrigin(url), resource, ...(id === undefined ? {} : { id }) };
    },
    readList,
    update: (resource) => ({ method: 'PUT', send: 'changes', ...part(resource, 'update') }),
    toModel(resource, record) {
      const map = part(resource, 'toModel');
      return map && isRecord(record) ? map(record, resource) : record;
    },
    toWire(resource, record) {
      const map = part(resource, 'toWire');
      return map ? map(record as WireRecord, resource) : record;
    },
  };
}
