// Loaded on demand (dynamic import) by lists with `sync-url`, so other hosts never download it.
import { QUERY_DEFAULTS, type RecordsQuery } from './records-query.js';

/**
 * The keys of a list's query mirrored in the URL, with their names there: sort, order, page, page
 * size and the list's filters. Never the search term: it is usually a patient's name, and URLs end
 * up in browser history and server logs.
 */
const mirrored = (filterKeys: readonly string[]): [key: string, name: string][] => [
  ...filterKeys.map((key): [string, string] => [key, key]),
  ['sort', 'sort'],
  ['order', 'order'],
  ['page', 'page'],
  ['pageSize', 'page_size'],
];

/** A key's default: a key at its default is left out of the URL, and a number stays a number. */
const defaultOf = (key: string): string | number => QUERY_DEFAULTS[key as keyof typeof QUERY_DEFAULTS] ?? '';

/**
 * The mirrored keys a URL holds under `prefix`.
 * @example
 * readUrlQuery('?leads_status=new&leads_page=3', 'leads_', ['status', 'source']); // { status: 'new', page: 3 }
 */
export function readUrlQuery(search: string, prefix: string, filterKeys: readonly string[]): Partial<RecordsQuery> {
  const params = new URLSearchParams(search);
  const found: Partial<RecordsQuery> = {};
  for (const [key, name] of mirrored(filterKeys)) {
    const value = params.get(prefix + name);
    if (value !== null) found[key] = typeof defaultOf(key) === 'number' ? Number(value) : value;
  }
  return found;
}

/**
 * `location` with `query`'s mirrored keys under `prefix`; keys at their default are removed, so a
 * list in its default state leaves the URL clean. Other parameters are kept.
 * @example
 * writeUrlQuery(new URL('https://emr.example/p?tab=2'), { ...query, page: 2 }, 'leads_', ['status']).search;
 * // '?tab=2&leads_page=2'
 */
export function writeUrlQuery(location: URL, query: RecordsQuery, prefix: string, filterKeys: readonly string[]): URL {
  const next = new URL(location);
  for (const [key, name] of mirrored(filterKeys)) {
    const value = query[key];
    if (value === defaultOf(key)) next.searchParams.delete(prefix + name);
    else next.searchParams.set(prefix + name, String(value));
  }
  return next;
}

/** Mirrors `query` in the page URL under `prefix` with `replaceState`, so no history entry is added. */
export function mirrorInUrl(query: RecordsQuery, prefix: string, filterKeys: readonly string[]): void {
  const next = writeUrlQuery(new URL(location.href), query, prefix, filterKeys).href;
  if (next !== location.href) history.replaceState(history.state, '', next);
}
