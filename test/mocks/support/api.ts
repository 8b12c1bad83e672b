/** Plain `fetch` against the mock, so these tests prove the HTTP contract itself. */
export const BASE = '/api/crm';

export interface Answer<Body = unknown> {
  status: number;
  headers: Headers;
  body: Body;
}

/** Sends a request (a JSON body when given) and reads the answer, JSON or not. */
export async function call<Body = unknown>(
  method: string,
  path: string,
  body?: unknown,
  init: RequestInit = {},
): Promise<Answer<Body>> {
  const response = await fetch(`${BASE}${path}`, {
    ...init,
    method,
    headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...init.headers },
    body: body === undefined ? init.body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    // Not JSON: the raw text is the body (the malformed scenarios produce these).
  }
  return { status: response.status, headers: response.headers, body: parsed as Body };
}

export const get = <Body = unknown>(path: string, init?: RequestInit) => call<Body>('GET', path, undefined, init);

export interface Page<T> {
  data: T[];
  total: number;
}

/** Reads every page of a list (100 per page), checking each page's `total` agrees. */
export async function pageThrough<T = Record<string, unknown>>(path: string): Promise<{ pages: unknown[]; records: T[] }> {
  const separator = path.includes('?') ? '&' : '?';
  const pages: unknown[] = [];
  const records: T[] = [];
  for (let page = 1; ; page += 1) {
    const { status, body } = await get<Page<T>>(`${path}${separator}per_page=100&page=${page}`);
    if (status !== 200) throw new Error(`GET ${path} page ${page} answered ${status}`);
    pages.push(body);
    records.push(...body.data);
    if (body.data.length < 100 || records.length >= body.total) {
      if (records.length !== body.total) throw new Error(`GET ${path}: read ${records.length} of ${body.total}`);
      return { pages, records };
    }
  }
}
