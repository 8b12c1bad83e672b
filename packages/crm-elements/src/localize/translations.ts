import { fieldCheckMessages } from '../messages/field-checks.js';
import { english } from './english.js';
import { refresh, words } from './localize.js';
import type { CrmTranslation, SectionName } from './types.js';

/*
 * Every element's words in other languages than English, and the host's overrides: loaded with the
 * first element whose language is not English, or with the host's first override, so a page in
 * English carries none of it. English is in the elements' code (the sections of `messages/`);
 * other languages are layers on top of it, looked up section by section: ours, loaded on demand
 * (a page in Spanish downloads no French), then the host's overrides for every language (`*`),
 * then the host's for the language. A tag falls back through its parents: `es-MX`, then `es`, then
 * English.
 */
/**
 * Each English section's name, by the section itself: what an element asks for is the section it
 * imported. Knowing them all means loading every English word with the translations: a page in
 * another language pays that, so the elements' first load in English names no section.
 */
const sectionNames = new Map<object, SectionName>(Object.entries(english).map(([name, section]) => [section, name as SectionName]));

const ours = new Map<string, CrmTranslation>();
const hosts = new Map<string, CrmTranslation[]>();
const loaders: Record<string, () => Promise<{ default: CrmTranslation }>> = {
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
};
/** Our words for a tag on their way; once they came (or failed to), `ours` holds the tag. */
const loads: Record<string, Promise<void> | undefined> = {};
const merged = new Map<string, object>();

/** `es-MX` → `['es', 'es-MX']`: a tag and its parents, the most general first. */
const lineage = (locale: string): string[] => locale.split('-').map((_, i, parts) => parts.slice(0, i + 1).join('-'));

/** Copies `over` onto `base`, nested objects merged; a value of another kind than English's (a string for a function, an unknown key) is left out. */
function merge(base: object, over: object | undefined): object {
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over ?? {})) {
    const english = result[key];
    if (typeof value === typeof english) result[key] = typeof value === 'object' ? merge(english as object, value as object) : value;
  }
  return result;
}

/** The words of `section` (one of `messages/`, in English) in `locale`. */
function localize<T extends object>(section: T, locale: string): T {
  const name = sectionNames.get(section);
  if (!name) return section;
  const key = `${locale} ${name}`;
  let said = merged.get(key);
  if (!said) {
    const tags = lineage(locale);
    const layers = [...tags.map((tag) => ours.get(tag)), ...['*', ...tags].flatMap((tag) => hosts.get(tag) ?? [])];
    said = layers.reduce<object>((result, layer) => merge(result, layer?.[name]), section);
    merged.set(key, said);
  }
  return said as T;
}

/** Words changed: merged sections are made again, and every element re-renders. */
function changed(): void {
  merged.clear();
  refresh();
}

/**
 * Starts loading our words for `locale` and its parents; while any is on its way, a promise of
 * them (rejected if one could not load: the element then shows English).
 */
function loading(locale: string): Promise<unknown> | undefined {
  const waits = lineage(locale)
    .filter((tag) => loaders[tag] && !ours.has(tag))
    .map((tag) =>
      (loads[tag] ??= loaders[tag]!().then(
        (module) => {
          ours.set(tag, module.default);
          changed();
        },
        (error: unknown) => {
          ours.set(tag, {});
          throw error;
        },
      )),
    );
  return waits.length ? Promise.all(waits) : undefined;
}

const canonical = (locale: string): string => (locale === '*' ? locale : Intl.getCanonicalLocales(locale.replaceAll('_', '-'))[0]!);

/**
 * A host's words, checked against English's as they are given: an unknown key, or text where
 * English has a function (or the other way round), is a mistake said at once, in its own words.
 */
function checkWords(given: object, inEnglish: object, path: string): void {
  for (const [key, value] of Object.entries(given)) {
    const where = path ? `${path}.${key}` : key;
    if (!Object.hasOwn(inEnglish, key)) throw new TypeError(`setCrmMessages: there is no message "${where}"; the keys are those of CrmMessages.`);
    const expected = (inEnglish as Record<string, unknown>)[key];
    if (typeof value !== typeof expected) throw new TypeError(`setCrmMessages: ${where} must be ${typeof expected === 'object' ? 'an object' : `a ${typeof expected}`}.`);
    if (typeof value === 'object') checkWords(value as object, expected as object, where);
  }
}

/**
 * Replaces any of the elements' words, for one language (`es`, `es-MX`) or for all (`*`), on top
 * of ours; a later call for the same language adds to an earlier one. Every element re-renders.
 * Keys are checked by TypeScript: `CrmTranslation` lists them all.
 * @example
 * setCrmMessages('en', { leadsList: { tableLabel: 'Patient inquiries' } });
 */
export function setCrmMessages(locale: string, messages: CrmTranslation): void {
  const tag = canonical(locale);
  checkWords(messages, english, '');
  hosts.set(tag, [...(hosts.get(tag) ?? []), messages]);
  changed();
}

/**
 * Teaches the elements a language of the host's: `load` is called the first time an element needs
 * `locale` (or a tag under it) and gives its words, complete or not (English fills the gaps).
 * @example
 * registerCrmLocale('de', () => import('./crm-de.js'));
 */
export function registerCrmLocale(locale: string, load: () => Promise<{ default: CrmTranslation }>): void {
  const tag = canonical(locale);
  loaders[tag] = load;
  loads[tag] = undefined;
  ours.delete(tag);
  changed();
}

/**
 * A message of the client's checks (its schemas speak English) in the words of `locale`, naming
 * the field by its label in the form; a message we do not know stays as the client said it.
 */
function check(message: string, field: string, locale: string): string {
  const checks = localize(fieldCheckMessages, locale);
  const tooLong = /at most (\d+) characters/.exec(message);
  if (message.endsWith(' is required')) return checks.required(field);
  if (tooLong) return checks.tooLong(field, tooLong[1]!);
  if (message === fieldCheckMessages.email) return checks.email;
  if (message === fieldCheckMessages.phone) return checks.phone;
  return message === fieldCheckMessages.phoneDigits ? checks.phoneDigits : message;
}

Object.assign(words, { localize, loading, check });
