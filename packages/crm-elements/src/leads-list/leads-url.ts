// Loaded on demand (dynamic import) by lists with `sync-url`, so other hosts never download it.
import { mirrorInUrl, readUrlQuery, type UrlQuery } from '../records-list/url-query.js';
import { DEFAULT_QUERY, type LeadsQuery } from './leads-query.js';

/** The leads list's keys in the URL: filters, sort and page (never the search). */
const leadsUrl: UrlQuery<LeadsQuery> = {
  names: { status: 'status', source: 'source', sort: 'sort', order: 'order', page: 'page', pageSize: 'page_size' },
  defaults: DEFAULT_QUERY,
};

/** The leads query a URL holds under `prefix`. */
export const readLeadsUrl = (search: string, prefix: string): Partial<LeadsQuery> => readUrlQuery(search, prefix, leadsUrl);

/** Mirrors the leads query in the page URL under `prefix`. */
export const mirrorLeadsInUrl = (query: LeadsQuery, prefix: string): void => mirrorInUrl(query, prefix, leadsUrl);
