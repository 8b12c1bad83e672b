import { plainText } from './text.js';

// Intl formatters are costly to build and a table formats hundreds of cells: one per locale+kind.
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

/** A date (or date-time) as a short local date; text the API sends that is no date stays as it is. */
export function formatDate(value: string | undefined | null, locale: string): string {
  if (!value) return '';
  // A date without a time (`2026-11-30`) is that day where the user is, not midnight UTC (the day before, west of Greenwich).
  const date = new Date(value.length === 10 ? `${value}T00:00` : value);
  if (Number.isNaN(date.getTime())) return plainText(value);
  return cached(`date:${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })).format(date);
}

/** `value` in `locale`, with any `Intl.NumberFormat` options (formatters are cached per locale and options). */
export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  return cached(`number:${locale}:${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options)).format(value);
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
