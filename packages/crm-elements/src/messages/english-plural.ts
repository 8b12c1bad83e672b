/**
 * English's plural rule, written out: the singular for exactly 1, the plural otherwise (what
 * `Intl.PluralRules('en')` says of whole counts). Translations choose with their language's
 * `Intl.PluralRules`, through `plural()` in `localize/plural.ts`.
 */
export const en = (count: number, one: string, other: string): string => (count === 1 ? one : other);
