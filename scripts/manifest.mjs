// `npm run manifest`: writes packages/crm-elements/custom-elements.json with the Custom Elements
// Manifest analyzer (config: custom-elements-manifest.config.mjs), and from it the VS Code custom
// data (vscode.html-custom-data.json, vscode.css-custom-data.json) and the JSX, Vue and Svelte
// type files (dist/types/). Then it lists what each element documents, and warns about gaps in
// the JSDoc that the docs pages and editors would show as blanks.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const packageDir = `${root}packages/crm-elements`;

const { status } = spawnSync(
  `${root}node_modules/.bin/cem`,
  ['analyze', '--config', `${root}custom-elements-manifest.config.mjs`],
  { cwd: packageDir, stdio: 'inherit' },
);
if (status !== 0) process.exit(status ?? 1);

const manifest = JSON.parse(readFileSync(`${packageDir}/custom-elements.json`, 'utf8'));
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);

for (const element of elements) {
  const count = (list) => list?.length ?? 0;
  console.log(
    `  <${element.tagName}> ${count(element.attributes)} attributes, ${count(element.events)} events, ` +
      `${count(element.slots)} slots, ${count(element.cssParts)} parts, ${count(element.cssProperties)} CSS properties`,
  );
  const gaps = [
    !element.summary && 'no @summary',
    ...(element.attributes ?? []).filter((attribute) => !attribute.description).map((attribute) => `attribute "${attribute.name}" undocumented`),
    ...(element.events ?? []).filter((event) => !event.description).map((event) => `event "${event.name}" undocumented`),
  ].filter(Boolean);
  for (const gap of gaps) console.warn(`    warning: <${element.tagName}> ${gap}`);
}
