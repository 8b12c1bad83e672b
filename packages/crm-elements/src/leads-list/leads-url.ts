// Loaded on demand (dynamic import) by lists with `sync-url`, so other hosts never download it.
import { DEFAULT_QUERY, type LeadsQuery } from './leads-query.js';

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

/** Mirrors `query` in the page URL under `prefix` with `replaceState`, so no history entry is added. */
export function mirrorInUrl(query: LeadsQuery, prefix: string): void {
  const next = writeUrlQuery(new URL(location.href), query, prefix).href;
  if (next !== location.href) history.replaceState(history.state, '', next);
}
