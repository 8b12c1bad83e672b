// Recognises how a backend wraps a list page, from the body's keys and the response's headers
// (never its values beyond "is this an array, is that a number"), so the check can name the shape
// and the adapter's `readList` that reads it.

/** A list page's shape as found, and the `readList` that reads it, when one can. */
export interface DetectedEnvelope {
  /** e.g. `{ results, count }`, `[ … ] with X-Total-Count`. */
  description: string;
  /** The records, where the body has an array of them. */
  records?: unknown[];
  /** The `readList` setting that reads this shape, as code; absent when the shape has no total to read. */
  readList?: string;
}

/** Where backends commonly put a page's records, most common first; any other array comes after. */
const DATA_KEYS = ['data', 'results', 'items', 'records', 'rows', 'content', 'list', 'entries'];
/** Where backends commonly put the total, most common first; any other numeric *total* or *count* key (not of pages) comes after. */
const TOTAL_KEYS = ['total', 'count', 'totalCount', 'total_count', 'totalItems', 'total_items', 'totalElements', 'totalResults', 'total_results'];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** The first of `preferred`, then of every other key, that `accepts` the object's value at. */
function findKey(object: Record<string, unknown>, preferred: string[], accepts: (key: string, value: unknown) => boolean) {
  const keys = [...preferred.filter((key) => key in object), ...Object.keys(object).filter((key) => !preferred.includes(key))];
  return keys.find((key) => accepts(key, object[key]));
}

const findTotal = (object: Record<string, unknown>) =>
  findKey(object, TOTAL_KEYS, (key, value) => isCount(value) && (TOTAL_KEYS.includes(key) || (/total|count/i.test(key) && !/page/i.test(key))));

/** `x-total-count` as servers spell it in documentation, `X-Total-Count` (headers match case-insensitively). */
const headerName = (lowerCase: string) => lowerCase.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => `${dash}${letter.toUpperCase()}`);

/**
 * Names a list body's shape and the `readList` that reads it.
 * @example
 * detectEnvelope({ results: [], count: 0 }, new Headers()).readList; // "readEnvelope('results', 'count')"
 */
export function detectEnvelope(body: unknown, headers: Headers): DetectedEnvelope {
  if (Array.isArray(body)) {
    // A count of records, not of pages (X-Total-Pages often comes beside X-Total-Count).
    const totalHeader = [...headers.keys()].find((name) => /total/i.test(name) && !/page/i.test(name) && isCount(Number(headers.get(name))));
    if (!totalHeader) return { description: '[ … ] without a total header', records: body };
    const name = headerName(totalHeader);
    return { description: `[ … ] with ${name}`, records: body, readList: `readArrayWithTotalHeader('${name}')` };
  }
  if (!isObject(body)) return { description: body === null ? 'null' : `a ${typeof body}, not a list` };

  const dataKey = findKey(body, DATA_KEYS, (_key, value) => Array.isArray(value));
  // Its keys go unnamed: an object that is no list may be keyed by anything, names included.
  if (dataKey === undefined) return { description: 'an object without an array of records' };
  const records = body[dataKey] as unknown[];
  const totalKey = findTotal(body);
  if (totalKey !== undefined) {
    return { description: `{ ${dataKey}, ${totalKey} }`, records, readList: `readEnvelope('${dataKey}', '${totalKey}')` };
  }
  // A total one level down, as in `{ data, meta: { total } }`, which readEnvelope cannot reach.
  for (const [outerKey, value] of Object.entries(body)) {
    const innerKey = isObject(value) ? findTotal(value) : undefined;
    if (innerKey === undefined) continue;
    return {
      description: `{ ${dataKey}, ${outerKey}: { ${innerKey} } }`,
      records,
      readList: `(body) => ({ data: body['${dataKey}'], total: body['${outerKey}']['${innerKey}'] })`,
    };
  }
  return { description: `{ ${dataKey} } without a total`, records };
}
