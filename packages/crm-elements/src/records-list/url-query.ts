// Loaded on demand (dynamic import) by lists with `sync-url`, so other hosts never download it.
import type { RecordsQuery } from './records-query.js';

/**
 * How a list's query appears in a URL: for each mirrored key, its name there. The search term
 * cannot be one: it is usually a patient's name, and URLs end up in browser history and server logs.
 */
export interface UrlQuery<Query extends RecordsQuery> {
  names: Partial<Record<Exclude<keyof Query, 'search'>, string>>;
  /** The query's defaults: a key at its default is left out of the URL, and a number stays a number. */
  defaults: Readonly<Query>;
}

const entries = <Query extends RecordsQuery>({ names }: UrlQuery<Query>) => Object.entries(names) as [keyof Query, string][];

/**
 * The mirrored keys a URL holds under `prefix`.
 * @example
 * readUrlQuery('?leads_status=new&leads_page=3', 'leads_', leadsUrl); // { status: 'new', page: 3 }
 */
export function readUrlQuery<Query extends RecordsQuery>(search: string, prefix: string, url: UrlQuery<Query>): Partial<Query> {
  const params = new URLSearchParams(search);
  const found: Partial<Record<keyof Query, unknown>> = {};
  for (const [key, name] of entries(url)) {
    const value = params.get(prefix + name);
    if (value !== null) found[key] = typeof url.defaults[key] === 'number' ? Number(value) : value;
  }
  return found as Partial<Query>;
}

/**
 * `location` with `query`'s mirrored keys under `prefix`; keys at their default are removed, so a
 * list in its default state leaves the URL clean. Other parameters are kept.
 * @example
 * writeUrlQuery(new URL('https://emr.example/p?tab=2'), { ...DEFAULT_QUERY, page: 2 }, 'leads_', leadsUrl).search;
 * // '?tab=2&leads_page=2'
 */
export function writeUrlQuery<Query extends RecordsQuery>(location: URL, query: Query, prefix: string, url: UrlQuery<Query>): URL {
  const next = new URL(location);
  for (const [key, name] of entries(url)) {
    const value = query[key];
    if (value === url.defaults[key]) next.searchParams.delete(prefix + name);
    else next.searchParams.set(prefix + name, String(value));
  }
  return next;
}

/** Mirrors `query` in the page URL under `prefix` with `replaceState`, so no history entry is added. */
export function mirrorInUrl<Query extends RecordsQuery>(query: Query, prefix: string, url: UrlQuery<Query>): void {
  const next = writeUrlQuery(new URL(location.href), query, prefix, url).href;
  if (next !== location.href) history.replaceState(history.state, '', next);
}
