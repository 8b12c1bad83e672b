/**
 * Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), the marks U+200E,
 * U+200F and U+061C, and the C0 and C1 controls other than tab and line breaks. Stored in a CRM
 * field they can only disguise it: `\u202Eredro\u202C Bidi\u202Egnp.exe` would read "order Bidiexe.png".
 */
const CONTROLS = /(?![\t\n\r])[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** How much of one value a widget shows: enough for any real name or address, not enough to flood the page. */
const SHOWN_LENGTH = 120;

/**
 * Text from the API as it may be shown: without the control characters that could reorder or
 * hide what is around it. Every element passes API text through this before rendering it.
 * @example
 * plainText('\u202Eredro\u202C Bidi\u202Egnp.exe'); // 'redro Bidignp.exe'
 */
export const plainText = (value: string | null | undefined): string => (value ?? '').replace(CONTROLS, '');

/**
 * `text` cut to `length` characters, ending in "…" when cut (never between the two halves of a
 * surrogate pair). Show the whole text on demand, e.g. in a `title`, when it differs.
 * @example
 * clipText('x'.repeat(100_000)).length; // 120
 */
export const clipText = (text: string, length = SHOWN_LENGTH): string =>
  text.length > length ? `${text.slice(0, length - 1).replace(/[\ud800-\udbff]$/, '')}…` : text;
