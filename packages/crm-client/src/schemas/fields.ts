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

/** An optional field a backend may also send as `null`. */
export const maybe = <Schema extends z.core.SomeType>(schema: Schema) => z.optional(z.nullable(schema));

/** A required, trimmed, non-empty text of bounded length; messages name the field, never its value. */
export const requiredText = (label: string, max = 100) =>
  z.string().check(
    z.trim(),
    z.minLength(1, `${label} is required`),
    z.maxLength(max, `${label} must be at most ${max} characters`),
  );

export const optionalText = (label: string, max: number) =>
  z.string().check(z.trim(), z.maxLength(max, `${label} must be at most ${max} characters`));

export const emailField = z.string().check(
  z.trim(),
  z.minLength(1, 'Email is required'),
  z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'Enter a valid email address'),
);

/** Digits with the usual separators and an optional leading +; 7 to 15 digits in all (E.164). */
export const phoneField = z.string().check(
  z.trim(),
  z.refine((value) => value === '' || /^\+?[\d\s().-]+$/.test(value), 'Enter a valid phone number'),
  z.refine((value) => {
    const digits = value.replace(/\D/g, '').length;
    return value === '' || (digits >= 7 && digits <= 15);
  }, 'A phone number has 7 to 15 digits'),
);

/** An ISO 8601 calendar date, `YYYY-MM-DD`. */
export const isoDate = z.iso.date({ error: 'Enter a date as YYYY-MM-DD' });

/** An ISO 8601 date-time with an offset, as the contract sends them. */
export const isoDateTime = z.iso.datetime({ offset: true, error: 'Enter a date and time in ISO 8601 form' });

export const positiveId = z.int().check(z.positive());

export const sortOrder = z.enum(['asc', 'desc']);
export type SortOrder = z.infer<typeof sortOrder>;

/** Paging and ordering shared by every list call. `per_page` is capped at 100 by the contract. */
export const pagingFields = {
  page: z.optional(positiveId),
  per_page: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
  order: z.optional(sortOrder),
};
