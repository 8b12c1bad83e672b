import type { SortOrder } from '@mindbrite/crm-client';

/**
 * What every records list shows, as its attributes set it: search, sort and page, and its filters
 * by key (the leads list: `status`, `source`), each a value or '' for all.
 */
export interface RecordsQuery {
  search: string;
  sort: string;
  order: SortOrder;
  page: number;
  pageSize: number;
  [filter: string]: string | number;
}

/** The query a list starts from, written once: the element's properties start here. */
export const QUERY_DEFAULTS = { search: '', sort: 'created_at', order: 'desc', page: 1, pageSize: 25 } as const;

/** The page sizes a list offers. */
export const PAGE_SIZES = [10, 25, 50, 100] as const;

/** A page size the list offers: the nearest allowed one at or above `value`. */
export function normalizePageSize(value: number): number {
  return PAGE_SIZES.find((size) => size >= value) ?? PAGE_SIZES[PAGE_SIZES.length - 1]!;
}

/** A 1-based whole page number. */
export const normalizePage = (value: number): number => (Number.isFinite(value) && value >= 1 ? Math.floor(value) : 1);

/**
 * `query` with every value brought into range, so attributes and URLs can hold anything: a sort
 * field not among `sortFields` gives way to the default. Filters are left as they are (a value
 * the server knows and the UI does not is still a filter).
 * @example
 * normalizeQuery({ ...query, sort: 'nope', page: -2 }, ['created_at', 'last_name']); // sort 'created_at', page 1
 */
export function normalizeQuery<Query extends RecordsQuery>(query: Query, sortFields: readonly string[]): Query {
  return {
    ...query,
    search: query.search.trim(),
    sort: sortFields.includes(query.sort) ? query.sort : QUERY_DEFAULTS.sort,
    order: query.order === 'asc' ? 'asc' : 'desc',
    page: normalizePage(query.page),
    pageSize: normalizePageSize(query.pageSize),
  };
}

/**
 * The list request for `query`: its filters (`filterKeys`) and search, empty ones left out, with
 * sort and paging.
 * @example
 * toListParams({ ...query, status: 'new', source: '' }, ['status', 'source']); // { status: 'new', sort, order, page, per_page }
 */
export function toListParams({ search, sort, order, page, pageSize, ...filters }: RecordsQuery, filterKeys: readonly string[]) {
  const params: Record<string, string | number | undefined> = { search: search || undefined, sort, order, page, per_page: pageSize };
  for (const key of filterKeys) params[key] = filters[key] || undefined;
  return params;
}
