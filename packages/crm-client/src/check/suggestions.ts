// Turns what the check found into adapter settings, and those into one config module to paste:
// a setting every collection needs is suggested once for all, the others under `resources`.

import { COLLECTIONS, type Suggestion } from './report.js';

/** Renames of a camelCase backend's keys, as the README's recipe writes them. */
const RENAME_HELPERS = [
  "const camel = (name) => name.replace(/_([a-z])/g, (_, letter) => letter.toUpperCase());",
  'const snake = (name) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);',
  'const renameKeys = (record, rename) => Object.fromEntries(Object.entries(record).map(([key, value]) => [rename(key), value]));',
];
export const CAMEL_CASE_TO_MODEL = '(record) => renameKeys(record, snake)';
export const CAMEL_CASE_TO_WIRE = '(record) => renameKeys(record, camel)';

/**
 * The same setting suggested for every collection becomes one for all; the rest stay per
 * collection. Suggestions for all (`update`) pass as they are.
 */
export function mergeSuggestions(suggestions: readonly Suggestion[]): Suggestion[] {
  const merged: Suggestion[] = [];
  for (const suggestion of suggestions) {
    const same = (other: Suggestion) => other.setting === suggestion.setting && other.code === suggestion.code;
    const forAll = COLLECTIONS.every((resource) => suggestions.some((other) => same(other) && other.resource === resource));
    if (!forAll) merged.push(suggestion);
    else if (!merged.some((other) => same(other) && other.resource === undefined)) merged.push({ setting: suggestion.setting, code: suggestion.code, reason: suggestion.reason });
  }
  return merged;
}

const settingLines = (suggestions: readonly Suggestion[], indent: string) =>
  suggestions.flatMap(({ setting, code, reason }) => [`${indent}// ${reason}`, `${indent}${setting}: ${code},`]);

/**
 * The suggestions as an adapter config module (plain JS, as `--config` loads it).
 * @example
 * renderAdapter([{ setting: 'update', code: "{ method: 'PATCH' }", reason: '…' }]);
 */
export function renderAdapter(suggestions: readonly Suggestion[]): string {
  const code = suggestions.map((suggestion) => suggestion.code).join('\n');
  const imports = ['readEnvelope', 'readArrayWithTotalHeader'].filter((name) => code.includes(`${name}(`));
  const lines = [
    ...(imports.length ? [`import { ${imports.join(', ')} } from '@mindbrite/crm-client';`, ''] : []),
    ...(code.includes('renameKeys(') ? [...RENAME_HELPERS, ''] : []),
    '// Settings to add to your adapter; what it sets already and fits stays as it is.',
    'export default {',
    ...settingLines(suggestions.filter((suggestion) => suggestion.resource === undefined), '  '),
  ];
  const perCollection = COLLECTIONS.map((resource) => [resource, suggestions.filter((suggestion) => suggestion.resource === resource)] as const).filter(
    ([, own]) => own.length,
  );
  if (perCollection.length) {
    lines.push('  resources: {');
    for (const [resource, own] of perCollection) lines.push(`    ${resource}: {`, ...settingLines(own, '      '), '    },');
    lines.push('  },');
  }
  lines.push('};');
  return lines.join('\n');
}
