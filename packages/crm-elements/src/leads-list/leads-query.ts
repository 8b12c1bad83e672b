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
