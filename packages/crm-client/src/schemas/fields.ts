import * as z from 'zod/mini';

/**
 * A string that is usually one of the known values, but may be any other string a backend sends.
 * `(string & {})` keeps the known values offered for autocompletion instead of widening to `string`.
 */
export type OpenString<Known extends string> = Known | (string & {});

/** Reads a string that is one of `known` or any other string: tolerant reading of status-like fields. */
export function openEnum<const Known extends readonly string[]>(_known: Known) {
  return z.custom<OpenString<Known[number]>>((value) => typeof value === 'string', {
    error: 'Expected a string',
  });
}

/**
 * One of a closed set of strings. A refinement rather than `z.enum`, which would add ~0.3 KB
 * gzipped to the client for the same check (the other refinements pay for `z.custom` already).
 */
export function oneOf<const Values extends readonly string[]>(values: Values, error: string) {
  return z.custom<Values[number]>((value) => (values as readonly unknown[]).includes(value), { error });
}

/**
 * The same object with every field optional, for updates. Built from the shape rather than with
 * `z.partial`, which would add ~0.35 KB gzipped to the client for the same schema.
 */
export function partialOf<Shape extends z.core.$ZodShape>(schema: z.ZodMiniObject<Shape>) {
  const optional: Record<string, z.core.$ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape)) optional[key] = z.optional(field);
  return z.object(optional as { [Key in keyof Shape]: z.ZodMiniOptional<Shape[Key]> });
}

/** An optional field a backend may also send as `null`. */
export const maybe = <Schema extends z.core.SomeType>(schema: Schema) => z.optional(z.nullable(schema));

// Lengths, ranges and patterns are checked with refinements: zod's own checks for them would each
// add a class to the client (~0.65 KB gzipped in all) for the same answers under the same messages.

const matches = (pattern: RegExp, error: string, abort?: boolean) =>
  z.refine<string>((value) => pattern.test(value), { error, abort });

const filled = (error: string) => z.refine<string>((value) => value !== '', error);

const atMost = (label: string, max: number) =>
  z.refine<string>((value) => value.length <= max, `${label} must be at most ${max} characters`);

/** A required, trimmed, non-empty text of bounded length; messages name the field, never its value. */
export const requiredText = (label: string, max = 100) =>
  z.string().check(z.trim(), filled(`${label} is required`), atMost(label, max));

export const optionalText = (label: string, max: number) => z.string().check(z.trim(), atMost(label, max));

/**
 * What an email address must look like: something, `@`, something with a dot, no spaces. The one
 * pattern for the schemas and for anything that asks whether a typed value is an address yet.
 * @example
 * EMAIL_PATTERN.test('jane@clinic.example'); // true
 */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const emailField = z.string().check(z.trim(), filled('Email is required'), matches(EMAIL_PATTERN, 'Enter a valid email address'));

/** Digits with the usual separators and an optional leading +; 7 to 15 digits in all (E.164). */
export const phoneField = z.string().check(
  z.trim(),
  z.refine((value) => value === '' || /^\+?[\d\s().-]+$/.test(value), 'Enter a valid phone number'),
  z.refine((value) => {
    const digits = value.replace(/\D/g, '').length;
    return value === '' || (digits >= 7 && digits <= 15);
  }, 'A phone number has 7 to 15 digits'),
);

// Dates are checked with one regular expression each rather than `z.iso.*`: zod's ISO formats
// cost ~0.8 KB gzipped in the client bundle for the same answers on what a form or server sends.
const datePattern = '\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])';

/** The pattern lets Feb 30 through; a day that does not exist rolls over into the next month in `Date`. */
const realDay = z.refine<string>((value) => new Date(`${value.slice(0, 10)}T00:00Z`).getUTCDate() === +value.slice(8, 10), 'Enter a date that exists');

/** An ISO 8601 calendar date, `YYYY-MM-DD`. */
export const isoDate = z.string().check(matches(new RegExp(`^${datePattern}$`), 'Enter a date as YYYY-MM-DD', true), realDay);

/** An ISO 8601 date-time with seconds optional and a `Z` or `±hh:mm` offset, as the contract sends them. */
export const isoDateTime = z.string().check(
  matches(
    new RegExp(`^${datePattern}T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$`),
    'Enter a date and time in ISO 8601 form',
    true,
  ),
  realDay,
);

/** A whole number, checked with a refinement: `z.int()` would add ~0.7 KB gzipped for the same rule. */
export const integer = z.number().check(z.refine(Number.isInteger, 'Expected a whole number'));

export const positiveId = integer.check(z.refine((value) => value > 0, 'Expected a number above 0'));

/** A record's id: a whole number in our contract, a string (a UUID, say) in backends that use them. */
export type CrmId = number | string;

/** A record's id, or a reference to one (`contact_id`): a whole number above 0 or a non-empty string. */
export const recordId = z.custom<CrmId>((value) => (Number.isInteger(value) && (value as number) > 0) || (typeof value === 'string' && value !== ''), {
  error: 'Expected an id: a whole number above 0 or a text',
});

export const sortOrder = oneOf(['asc', 'desc'], 'Expected asc or desc');
export type SortOrder = z.infer<typeof sortOrder>;

/** Paging and ordering shared by every list call. `per_page` is capped at 100 by the contract. */
export const pagingFields = {
  page: z.optional(positiveId),
  per_page: z.optional(integer.check(z.refine((value) => value >= 1 && value <= 100, 'Expected 1 to 100'))),
  order: z.optional(sortOrder),
};

/**
 * A record's type without the index signature of a loose schema: the fields the contract names,
 * so reading one it does not (`lead.nope`) is a type error, while parsing still keeps every field
 * the server sent.
 */
export type KnownFields<T> = { [Key in keyof T as string extends Key ? never : Key]: T[Key] };
