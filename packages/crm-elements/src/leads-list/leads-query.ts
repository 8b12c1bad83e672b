import type { LEAD_SORT_FIELDS, LeadListParams } from '@mindbrite/crm-client';
import type { RecordsQuery } from '../records-list/records-query.js';

export type LeadSortField = (typeof LEAD_SORT_FIELDS)[number];

/** What the leads list shows: the query of every records list, and the status and source filters. */
export interface LeadsQuery extends RecordsQuery<LeadSortField> {
  status: string;
  source: string;
}

export const DEFAULT_QUERY: Readonly<LeadsQuery> = {
  search: '',
  status: '',
  source: '',
  sort: 'created_at',
  order: 'desc',
  page: 1,
  pageSize: 25,
};

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
