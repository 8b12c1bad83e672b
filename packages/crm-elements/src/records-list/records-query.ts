import type { SortOrder } from '@mindbrite/crm-client';

/**
 * What every records list shows, as its attributes set it: search, sort and page. A resource's
 * list adds its own filters (the leads list: `status`, `source`).
 */
export interface RecordsQuery<SortField extends string = string> {
  search: string;
  sort: SortField;
  order: SortOrder;
  page: number;
  pageSize: number;
}

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
 * field not among `sortFields` gives way to `defaultSort`. Filters are left as they are (a value
 * the server knows and the UI does not is still a filter).
 * @example
 * normalizeQuery({ ...query, sort: 'nope', page: -2 }, ['created_at', 'last_name'], 'created_at'); // sort 'created_at', page 1
 */
export function normalizeQuery<Query extends RecordsQuery>(query: Query, sortFields: readonly string[], defaultSort: Query['sort']): Query {
  return {
    ...query,
    search: query.search.trim(),
    sort: sortFields.includes(query.sort) ? query.sort : defaultSort,
    order: query.order === 'asc' ? 'asc' : 'desc',
    page: normalizePage(query.page),
    pageSize: normalizePageSize(query.pageSize),
  };
}
