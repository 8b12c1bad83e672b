// The one place that knows how a backend spells its URLs and its lists. Everything else asks the
// adapter for a request target or a page, so a backend that differs from the contract is
// described here, in configuration, without forking any resource code.

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

/** Describes a backend that differs from the default contract. Every part is optional. */
export interface CrmAdapter {
  /** Path of each collection below the base URL. Defaults: `/leads`, `/contacts`, `/opportunities`, `/follow-ups`, `/statistics`. */
  paths?: Partial<Record<CrmPathName, string>>;
  /**
   * Either renames of list parameters (`{ search: 'q', per_page: 'limit' }`, unnamed ones keep their
   * name), or a function that builds the whole query, e.g. for offset paging.
   * Default: the contract's names.
   */
  query?: Partial<Record<string, string>> | ((params: QueryParams, resource: CrmResourceName) => URLSearchParams);
  /** Reads a list body into `{ data, total }`. Default {@link readEnvelope}`('data', 'total')`. */
  readList?: (body: unknown, response: ListResponseInfo) => RawListPage;
}

/** Where a request goes: `url` for fetch, `path` (no origin, no query) for error messages. */
export interface RequestTarget {
  url: string;
  path: string;
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
}

/**
 * Builds the client's adapter from the base URL and the host's adapter options.
 * @example
 * const adapter = createAdapter('https://emr.example/api/crm', { paths: { followUps: '/followups' } });
 * adapter.target('followUps', [7]).url; // 'https://emr.example/api/crm/followups/7'
 */
export function createAdapter(baseUrl: string, options: CrmAdapter = {}): Adapter {
  const base = baseUrl.replace(/\/+$/, '');
  const paths = { ...DEFAULT_PATHS, ...options.paths };
  const { query = {} } = options;
  const buildQuery = typeof query === 'function' ? query : (params: QueryParams) => renamedQuery(params, query);
  return {
    target(resource, segments = [], params) {
      const path = `/${paths[resource].replace(/^\/+|\/+$/g, '')}`;
      const suffix = segments.map((segment) => `/${encodeURIComponent(String(segment))}`).join('');
      const url = `${base}${path === '/' ? '' : path}${suffix}` || '/';
      const search = params && resource !== 'statistics' ? buildQuery(params, resource).toString() : '';
      return { url: search ? `${url}?${search}` : url, path: stripOrigin(url) };
    },
    readList: options.readList ?? readEnvelope('data', 'total'),
  };
}
