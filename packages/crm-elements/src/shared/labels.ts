import { plainText } from './text.js';

/** `walk_in` → `Walk in`: how a status or source the UI does not know is still shown readably. */
export function humanize(value: string): string {
  const spaced = plainText(value).replace(/[_-]+/g, ' ').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/**
 * The label of `value`: its own entry in `labels`, else `value` humanised. Own entries only, so a
 * status the API names `constructor` or `__proto__` is shown as that text, not as `Object`'s.
 * @example
 * labelFor(leadSourceLabels, 'walk_in'); // 'Walk-in'
 * labelFor(leadSourceLabels, 'constructor'); // 'Constructor'
 */
export const labelFor = (labels: Readonly<Record<string, string>>, value: string): string =>
  Object.hasOwn(labels, value) ? labels[value]! : humanize(value);

/**
 * The options of a select: the known values, then `current` when the API (or an attribute) holds
 * one the UI does not know, so the select still shows it.
 * @example
 * withCurrent(['new', 'lost'], 'on_hold'); // ['new', 'lost', 'on_hold']
 */
export const withCurrent = (known: readonly string[], current: string): readonly string[] =>
  current && !known.includes(current) ? [...known, current] : known;
