import { LEAD_SORT_FIELDS, type LeadListParams, type SortOrder } from '@mindbrite/crm-client';

export type LeadSortField = (typeof LEAD_SORT_FIELDS)[number];

/** What the list shows: its search, filters, sort and page, as its attributes set them. */
export interface LeadsQuery {
  search: string;
  status: string;
  source: string;
  sort: LeadSortField;
  order: SortOrder;
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [10, 25, 50, 100] as const;

export const DEFAULT_QUERY: Readonly<LeadsQuery> = {
  search: '',
  status: '',
  source: '',
  sort: 'created_at',
  order: 'desc',
  page: 1,
  pageSize: 25,
};

/**
 * The query keys `sync-url` mirrors, and their names in the URL. The search term is left out on
 * purpose: it is usually a patient's name, and URLs end up in browser history and server logs.
 */
const URL_KEYS = {
  status: 'status',
  source: 'source',
  sort: 'sort',
  order: 'order',
  page: 'page',
  pageSize: 'page_size',
} as const satisfies Partial<Record<keyof LeadsQuery, string>>;
type UrlKey = keyof typeof URL_KEYS;

export const isSortField = (value: string): value is LeadSortField => (LEAD_SORT_FIELDS as readonly string[]).includes(value);

/** A page size the list offers: the nearest allowed one at or above `value`. */
export function normalizePageSize(value: number): number {
  return PAGE_SIZES.find((size) => size >= value) ?? PAGE_SIZES[PAGE_SIZES.length - 1]!;
}

/** A 1-based whole page number. */
export const normalizePage = (value: number): number => (Number.isFinite(value) && value >= 1 ? Math.floor(value) : 1);

/** `query` with every value brought into range, so attributes and URLs can hold anything. */
export function normalizeQuery(query: LeadsQuery): LeadsQuery {
  return {
    ...query,
    search: query.search.trim(),
    sort: isSortField(query.sort) ? query.sort : DEFAULT_QUERY.sort,
    order: query.order === 'asc' ? 'asc' : 'desc',
    page: normalizePage(query.page),
    pageSize: normalizePageSize(query.pageSize),
  };
}

/** The list request for `query`: empty filters are left out. */
export function toListParams(query: LeadsQuery): LeadListParams {
  return {
    search: query.search || undefined,
    status: query.status || undefined,
    source: query.source || undefined,
    sort: query.sort,
    order: query.order,
    page: query.page,
    per_page: query.pageSize,
  };
}

/**
 * The query keys a URL holds under `prefix` (filters, sort, page; never the search).
 * @example
 * readUrlQuery('?leads_status=new&leads_page=3', 'leads_'); // { status: 'new', page: 3 }
 */
export function readUrlQuery(search: string, prefix: string): Partial<LeadsQuery> {
  const params = new URLSearchParams(search);
  const found: Partial<Record<UrlKey, string | number>> = {};
  for (const [key, name] of Object.entries(URL_KEYS) as [UrlKey, string][]) {
    const value = params.get(prefix + name);
    if (value === null) continue;
    found[key] = key === 'page' || key === 'pageSize' ? Number(value) : value;
  }
  return found as Partial<LeadsQuery>;
}

/**
 * `url` with `query`'s filter, sort and page keys under `prefix`; keys at their default are
 * removed, so a list in its default state leaves the URL clean. Other parameters are kept.
 * @example
 * writeUrlQuery(new URL('https://emr.example/p?tab=2'), { ...DEFAULT_QUERY, page: 2 }, 'leads_').search;
 * // '?tab=2&leads_page=2'
 */
export function writeUrlQuery(url: URL, query: LeadsQuery, prefix: string): URL {
  const next = new URL(url);
  for (const [key, name] of Object.entries(URL_KEYS) as [UrlKey, string][]) {
    const value = query[key];
    if (value === DEFAULT_QUERY[key]) next.searchParams.delete(prefix + name);
    else next.searchParams.set(prefix + name, String(value));
  }
  return next;
}
