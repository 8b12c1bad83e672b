/*
 * What every element needs of localisation on its first load, and no more: English is in the
 * elements' code (the sections of `messages/`, plain objects), and an element in English needs
 * nothing else.
 * Other languages and a host's overrides live in `translations.ts`, loaded with the first element
 * in another language (or imported with `setCrmMessages`), which installs itself in `words`.
 */

/** The translations, once loaded: the words of a section in a locale, and a load of a locale's words. */
export const words: {
  localize?: <T extends object>(english: T, locale: string) => T;
  loading?: (locale: string) => Promise<unknown> | undefined;
  check?: (message: string, field: string, locale: string) => string;
} = {};

let engine: Promise<unknown> | undefined;

/** The words of `english` (a section) in `locale`: English until translations are loaded. */
export const localize = <T extends object>(english: T, locale: string): T => words.localize?.(english, locale) ?? english;

/**
 * Starts loading the words of `locale` (and, first, the translations' code, unless `locale` is
 * English); while any is on its way, a promise of them, rejected if something could not load
 * (the element then renders anyway, and what did not load is said in English).
 */
export const localeLoading = (locale: string): Promise<unknown> | undefined =>
  words.loading ? words.loading(locale) : /^en\b/.test(locale) ? undefined : (engine ??= import('./translations.js')).then(() => words.loading!(locale));

const live = new Set<{ requestUpdate(): void }>();
let observer: MutationObserver | undefined;

/** Re-renders every element: the words, or a `lang` in the page, changed. */
export function refresh(): void {
  for (const element of live) element.requestUpdate();
}

/** Re-renders `element` when a `lang` in the page or the words change. */
export function watchLocale(element: { requestUpdate(): void }): void {
  live.add(element);
  if (!observer) {
    observer = new MutationObserver(refresh);
    observer.observe(document, { attributeFilter: ['lang'], subtree: true });
  }
}

export const unwatchLocale = (element: { requestUpdate(): void }): boolean => live.delete(element);
