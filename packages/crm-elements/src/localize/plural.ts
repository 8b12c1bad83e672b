/**
 * Picks a wording by count with `locale`'s plural rules (`Intl.PluralRules`): `one` where the
 * language uses the singular (1 in English and Spanish; 0 and 1 in French), `other` elsewhere.
 * @example
 * const en = plural('en');
 * en(2, 'lead', 'leads'); // 'leads'
 */
export function plural(locale: string): (count: number, one: string, other: string) => string {
  const rules = new Intl.PluralRules(locale);
  return (count, one, other) => (rules.select(count) === 'one' ? one : other);
}
