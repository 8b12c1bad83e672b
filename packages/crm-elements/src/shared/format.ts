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
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return cached(`date:${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })).format(date);
}

export function formatNumber(value: number, locale: string): string {
  return cached(`number:${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

/**
 * Money in `currency`, without cents for the whole amounts dashboards show. A code `Intl` does not
 * accept (a host's typo) shows the amount followed by that code rather than breaking the widget.
 */
export function formatMoney(value: number, locale: string, currency: string): string {
  try {
    return cached(
      `money:${locale}:${currency}`,
      () => new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }),
    ).format(value);
  } catch {
    return `${formatNumber(value, locale)} ${currency}`;
  }
}

/** A percentage given as 0 to 100. */
export function formatPercent(value: number, locale: string): string {
  return cached(`percent:${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })).format(
    value / 100,
  );
}

/** `walk_in` → `Walk in`: how a status or source the UI does not know is still shown readably. */
export function humanize(value: string): string {
  const spaced = value.replace(/[_-]+/g, ' ').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
