// `npm run manifest` (part of `npm run build`): writes packages/crm-elements/custom-elements.json
// with the Custom Elements Manifest analyzer (config: custom-elements-manifest.config.mjs), then
// from it the VS Code custom data (vscode.html-custom-data.json, vscode.css-custom-data.json) and
// the JSX (React 19, Preact, Solid), Vue and Svelte type files in dist/types/. Last, it lists what
// each element documents and warns about JSDoc gaps the docs pages and editors would show as blanks.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { generateVsCodeCustomElementData, getVsCodeCssCustomData } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const root = fileURLToPath(new URL('..', import.meta.url));
const packageDir = `${root}packages/crm-elements`;
const typesDir = `${packageDir}/dist/types`;

// Everything is written to a scratch folder first and then renamed into place, so a reader (the
// Storybook build, a test running at the same time) never sees a half-written file. The scratch
// folder is inside dist/ (ignored by git), as the analyzer takes its output folder relative to cwd.
mkdirSync(`${packageDir}/dist`, { recursive: true });
const scratch = mkdtempSync(`${packageDir}/dist/.manifest-`);
const scratchTypes = join(scratch, 'types');
const { status } = spawnSync(
  process.execPath,
  [
    `${root}node_modules/@custom-elements-manifest/analyzer/cem.js`, 'analyze',
    '--config', `${root}custom-elements-manifest.config.mjs`, '--outdir', relative(packageDir, scratch),
  ],
  { cwd: packageDir, stdio: 'inherit' },
);
if (status !== 0) process.exit(status ?? 1);

const manifest = JSON.parse(readFileSync(join(scratch, 'custom-elements.json'), 'utf8'));

/**
 * The manifest as the type generators need it. They type an event handler as
 * `CustomEvent<event.type>`, so they get the `detail` type, imported inline from the package's
 * declarations (they only import plain names); and read-only getters (`crmClient`) are not props.
 */
function forTypeGenerators(source) {
  const copy = structuredClone(source);
  for (const declaration of copy.modules.flatMap((module) => module.declarations ?? [])) {
    declaration.members = declaration.members?.filter((member) => !member.readonly);
    for (const event of declaration.events ?? []) {
      if (event.name.startsWith('crm-')) event.type = { text: `import('../index.js').CrmEventDetailMap['${event.name}']` };
    }
  }
  return copy;
}

/**
 * VS Code's CSS data. The generator lists a custom property once per element that has it, so a
 * global token would come 7 times, each with the element's own note; here each property comes
 * once, from the declaration that introduces it (a global token from CrmElement, a knob from its
 * element), with its default. `::part()` names stay as the generator lists them.
 */
function cssCustomData(source) {
  const data = JSON.parse(getVsCodeCssCustomData(source, { hideLogs: true }));
  const properties = new Map();
  for (const declaration of source.modules.flatMap((module) => module.declarations ?? [])) {
    for (const property of declaration.cssProperties ?? []) {
      if (property.inheritedFrom || properties.has(property.name)) continue;
      const { name, description = '', default: fallback } = property;
      properties.set(name, { name, description: fallback ? `${description} Default: \`${fallback}\`.` : description, values: [] });
    }
  }
  return { ...data, properties: [...properties.values()] };
}

const typed = forTypeGenerators(manifest);
// Type paths are relative to dist/types/: the package's main declaration file names every class.
const typeOptions = { outdir: scratchTypes, globalTypePath: '../index.js', hideLogs: true };
generateJsxTypes(typed, { ...typeOptions, fileName: 'jsx.d.ts' });
generateVuejsTypes(typed, { ...typeOptions, fileName: 'vue.d.ts' });
generateSvelteTypes(typed, { ...typeOptions, fileName: 'svelte.d.ts' });
generateVsCodeCustomElementData(manifest, {
  outdir: scratch,
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: null,
  hideLogs: true,
});
writeFileSync(join(scratch, 'vscode.css-custom-data.json'), `${JSON.stringify(cssCustomData(manifest), null, 2)}\n`);

mkdirSync(typesDir, { recursive: true });
for (const file of readdirSync(scratchTypes)) renameSync(join(scratchTypes, file), join(typesDir, file));
for (const file of ['custom-elements.json', 'vscode.html-custom-data.json', 'vscode.css-custom-data.json']) {
  renameSync(join(scratch, file), join(packageDir, file));
}
rmSync(scratch, { recursive: true, force: true });

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
