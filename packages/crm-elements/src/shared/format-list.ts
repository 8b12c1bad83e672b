// A module of its own, so the elements that never list words in a sentence do not carry it.
import { intl } from './format.js';

/** `items` as one phrase in `locale` (`Intl.ListFormat`): "a, b and c", or with `unit`, "a, b, c". */
export const formatList = (items: string[], locale: string, type: Intl.ListFormatType = 'conjunction'): string =>
  intl('ListFormat', locale, { type }).format(items);
