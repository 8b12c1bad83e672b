import { HttpFailure, invalid, type FieldErrors } from './responses.js';

type Row = Record<string, unknown>;

/** Turns a query parameter's value into a record predicate, or throws a message for the 422. */
export type Filter = (value: string) => (record: Row) => boolean;

/** How one resource's list route searches, filters and sorts. */
export interface ListSpec {
  sortFields: readonly string[];
  defaultSort: { field: string; order: SortOrder };
  /** The texts `search` looks in, case-insensitively; absent when the route has no search. */
  searchIn?: (record: Row) => ReadonlyArray<unknown>;
  filters: Readonly<Record<string, Filter>>;
}

type SortOrder = 'asc' | 'desc';

export const DEFAULT_PER_PAGE = 25;
export const MAX_PER_PAGE = 100;

class InvalidParameter extends Error {}

/** `status=lost`: the field equals the value exactly. */
export const equals = (field: string): Filter => (value) => (record) => record[field] === value;

const positiveInteger = (value: string) => {
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < 1) {
    throw new InvalidParameter('Must be a positive whole number');
  }
  return number;
};

/** `contact_id=4`. */
export const idEquals = (field: string): Filter => (value) => {
  const id = positiveInteger(value);
  return (record) => record[field] === id;
};

/** `completed=true|false`. */
export const booleanEquals = (field: string): Filter => (value) => {
  if (value !== 'true' && value !== 'false') throw new InvalidParameter('Must be true or false');
  const expected = value === 'true';
  return (record) => record[field] === expected;
};

const DAY_MS = 86_400_000;

/** `2026-05-01` as the moment its UTC day starts; throws a message for the 422. */
const utcDayStart = (value: string) => {
  const start = Date.parse(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(start)) throw new InvalidParameter('Must be a date as YYYY-MM-DD');
  // `Date` rolls a day that does not exist (Feb 30) over into the next month; the client refuses it.
  if (new Date(start).toISOString().slice(0, 10) !== value) throw new InvalidParameter('Must be a date that exists');
  return start;
};

/** The moment a date-time field names, whatever its offset (`NaN` when it names none). */
const moment = (value: unknown) => (typeof value === 'string' ? Date.parse(value) : Number.NaN);

/** `from=2026-05-01`: the date-time field's moment falls on or after that UTC day (inclusive). */
export const dayFrom = (field: string): Filter => (value) => {
  const start = utcDayStart(value);
  return (record) => moment(record[field]) >= start;
};

/** `to=2026-05-31`: the date-time field's moment falls on or before that UTC day (inclusive). */
export const dayTo = (field: string): Filter => (value) => {
  const end = utcDayStart(value) + DAY_MS;
  return (record) => moment(record[field]) < end;
};

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

const isEmpty = (value: unknown) => value === null || value === undefined || value === '';

const isDateTime = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value);

/**
 * Orders two values of one field: date-times by the moment they name (their offsets may differ,
 * so their text does not order them), other text by collation, numbers and booleans by value,
 * empty last.
 */
function compareValues(a: unknown, b: unknown, order: SortOrder): number {
  if (isEmpty(a) || isEmpty(b)) return Number(isEmpty(a)) - Number(isEmpty(b));
  const direction = order === 'asc' ? 1 : -1;
  if (isDateTime(a) && isDateTime(b)) return (moment(a) - moment(b)) * direction;
  if (typeof a === 'string' && typeof b === 'string') return collator.compare(a, b) * direction;
  return (Number(a) - Number(b)) * direction;
}

function readPaging(params: URLSearchParams, errors: FieldErrors) {
  const read = (name: string, fallback: number) => {
    const value = params.get(name);
    if (value === null) return fallback;
    try {
      return positiveInteger(value);
    } catch (error) {
      errors[name] = [(error as Error).message];
      return fallback;
    }
  };
  // The contract caps pages at 100 records; asking for more is answered with 100, not refused.
  return { page: read('page', 1), perPage: Math.min(read('per_page', DEFAULT_PER_PAGE), MAX_PER_PAGE) };
}

function readSort(params: URLSearchParams, spec: ListSpec, errors: FieldErrors) {
  const field = params.get('sort');
  const order = params.get('order');
  if (field !== null && !spec.sortFields.includes(field)) {
    errors.sort = [`Must be one of: ${spec.sortFields.join(', ')}`];
  }
  if (order !== null && order !== 'asc' && order !== 'desc') errors.order = ['Must be asc or desc'];
  if (field === null || errors.sort) return spec.defaultSort;
  return { field, order: order === 'desc' ? 'desc' : 'asc' } as const;
}

/**
 * Answers a list request over `records`: search, filters, sort (ties by id), then the page.
 * Throws a 422 naming each invalid query parameter.
 */
export function queryList<Record extends object>(records: Record[], params: URLSearchParams, spec: ListSpec) {
  const errors: FieldErrors = {};
  const predicates: Array<(record: Row) => boolean> = [];
  for (const [name, filter] of Object.entries(spec.filters)) {
    const value = params.get(name);
    if (value === null || value === '') continue;
    try {
      predicates.push(filter(value));
    } catch (error) {
      errors[name] = [(error as Error).message];
    }
  }
  const search = params.get('search')?.trim().toLowerCase();
  const { searchIn } = spec;
  if (search && searchIn) {
    predicates.push((record) => searchIn(record).some((text) => typeof text === 'string' && text.toLowerCase().includes(search)));
  }
  const { page, perPage } = readPaging(params, errors);
  const sort = readSort(params, spec, errors);
  if (Object.keys(errors).length) throw new HttpFailure(invalid(errors));

  const matching = (records as Row[]).filter((record) => predicates.every((matches) => matches(record)));
  matching.sort((a, b) => compareValues(a[sort.field], b[sort.field], sort.order) || Number(a.id) - Number(b.id));
  const start = (page - 1) * perPage;
  return { data: matching.slice(start, start + perPage) as Record[], total: matching.length };
}
