import { plainText } from './text.js';

/** The `Intl` constructors the elements format with, by name. */
interface Formatters {
  DateTimeFormat: [Intl.DateTimeFormat, Intl.DateTimeFormatOptions];
  NumberFormat: [Intl.NumberFormat, Intl.NumberFormatOptions];
  RelativeTimeFormat: [Intl.RelativeTimeFormat, Intl.RelativeTimeFormatOptions];
  ListFormat: [Intl.ListFormat, Intl.ListFormatOptions];
}

// Building a formatter loads its locale's data (a fraction of a millisecond to several, each time),
// and a page of widgets formats hundreds of values: one formatter per kind, locale and options.
const cache = new Map<string, Formatters[keyof Formatters][0]>();

/**
 * `new Intl[kind](locale, options)`, built once and then shared. Throws as the constructor does
 * (an unknown currency, a malformed locale), and caches nothing then.
 * @example
 * intl('NumberFormat', 'en-US', { style: 'percent' }).format(0.5); // '50%'
 */
export function intl<Kind extends keyof Formatters>(kind: Kind, locale: string, options?: Formatters[Kind][1]): Formatters[Kind][0] {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (!formatter) {
    const Formatter = Intl[kind] as new (locale: string, options?: Formatters[Kind][1]) => Formatters[Kind][0];
    formatter = new Formatter(locale, options);
    cache.set(key, formatter);
  }
  return formatter as Formatters[Kind][0];
}

/** A date (or date-time) as a short local date; text the API sends that is no date stays as it is. */
export function formatDate(value: string | undefined | null, locale: string): string {
  if (!value) return '';
  // A date without a time (`2026-11-30`) is that day where the user is, not midnight UTC (the day before, west of Greenwich).
  const date = new Date(value.length === 10 ? `${value}T00:00` : value);
  if (Number.isNaN(date.getTime())) return plainText(value);
  return intl('DateTimeFormat', locale, { dateStyle: 'medium' }).format(date);
}

/** `value` in `locale`, with any `Intl.NumberFormat` options (formatters are cached per locale and options). */
export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  return intl('NumberFormat', locale, options).format(value);
}

/**
 * Money in `currency`, without cents for the whole amounts dashboards show. A code `Intl` does not
 * accept (a host's typo) shows the amount followed by that code rather than breaking the widget.
 */
export function formatMoney(value: number, locale: string, currency: string, options: Intl.NumberFormatOptions = {}): string {
  try {
    return formatNumber(value, locale, { style: 'currency', currency, maximumFractionDigits: 0, ...options });
  } catch {
    return `${formatNumber(value, locale, options)} ${currency}`;
  }
}

/** A percentage given as 0 to 100. */
export const formatPercent = (value: number, locale: string, options: Intl.NumberFormatOptions = {}): string =>
  formatNumber(value / 100, locale, { style: 'percent', maximumFractionDigits: 1, ...options });

/** The longest unbroken figure shown in full: about what the narrowest card holds on one line. */
const FIGURE_LENGTH = 12;

/**
 * A figure for a small space: `format(value)`, or when that holds a run longer than the space
 * (a line can break only at a plain space, as in "856,350 DOLLARS"), an abbreviation (compact, as
 * in "1.2M", up to trillions; scientific beyond, as in "1E308") with the full text for a `title`.
 * @example
 * formatFigure(1e308, (value, options) => formatMoney(value, 'en-US', 'USD', options)); // { text: '$1E308', full: '$100,000,…' }
 */
export function formatFigure(
  value: number,
  format: (value: number, options?: Intl.NumberFormatOptions) => string,
): { text: string; full?: string } {
  const full = format(value);
  if (full.split(' ').every((run) => run.length <= FIGURE_LENGTH)) return { text: full };
  const notation = Math.abs(value) < 1e15 ? 'compact' : 'scientific';
  return { text: format(value, { notation, maximumSignificantDigits: 3 }), full };
}
