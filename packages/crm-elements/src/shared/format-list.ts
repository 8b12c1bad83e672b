// A module of its own, so the elements that never list words in a sentence do not carry it.
/** `items` as one phrase in `locale` (`Intl.ListFormat`): "a, b and c", or with `unit`, "a, b, c". */
export const formatList = (items: string[], locale: string, type: Intl.ListFormatType = 'conjunction'): string =>
  new Intl.ListFormat(locale, { type }).format(items);
