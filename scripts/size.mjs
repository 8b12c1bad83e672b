// `npm run size`: what a host page downloads, minified and gzipped, per entry point.
// - the client, with ky and zod/mini bundled in;
// - each element, on top of lit and the client (those are shared by every element, so they are
//   left out), lazily loaded chunks (CSV export, …) not counted in its first load;
// - the single-file bundle of all elements with lit, ky and zod inside.
// `--check` exits non-zero when any budget is exceeded.
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from '../rollup.config.mjs';

const KB = 1024;
const quietWarnings = new Set(['INVALID_ANNOTATION', 'CIRCULAR_DEPENDENCY']);
const sharedByElements = /^(lit|lit-html|lit-element|@lit\/[^/]+|@mindbrite\/crm-client|ky|zod)(\/|$)/;
const elementDir = 'packages/crm-elements/src';

/**
 * name, entry module (source), budget in bytes gzipped, what stays out of the count, and whether
 * it ships as one file (the bundle inlines its lazy chunks, so all of it counts).
 */
const entries = [
  ['@mindbrite/crm-client (with ky + zod/mini)', 'packages/crm-client/src/index.ts', 20 * KB, null],
  // The budgets decided in issue 10: the dashboard and each form or dialog ≤ 7 KB, a list or board
  // ≤ 10 KB, each on top of lit and the client.
  ['<crm-dashboard> (on top of lit + client)', `${elementDir}/dashboard/crm-dashboard.ts`, 7 * KB, sharedByElements],
  ['<crm-leads-list> (on top of lit + client)', `${elementDir}/leads-list/crm-leads-list.ts`, 10 * KB, sharedByElements],
  ['<crm-lead-form> (on top of lit + client)', `${elementDir}/lead-form/crm-lead-form.ts`, 7 * KB, sharedByElements],
  // Grows by what each new element weighs, up to 90 KB with every element (issue 10). Issue 9's
  // reliability work (page cleaning, lost answers, slow-load note, text containment, the Trusted
  // Types hint) took it from 44.9 to 46.5 KB with the same elements.
  ['crm-elements.bundle.js (all elements and the client, lit, ky, zod)', `${elementDir}/bundle.ts`, 47 * KB, null, true],
];

async function measure(input, external, singleFile, alsoExternal = new Set()) {
  const bundle = await rollup({
    input,
    external: external ? (id) => external.test(id) || alsoExternal.has(id) : [],
    plugins: [
      nodeResolve({ exportConditions: ['@mindbrite/source', 'browser', 'import', 'module', 'default'] }),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
      minifyTemplates(),
    ],
    // zod's comments beside pure annotations and its internal import cycle are harmless here.
    onwarn: (warning, warn) => (quietWarnings.has(warning.code) ? undefined : warn(warning)),
  });
  const { output } = await bundle.generate({
    format: 'es',
    inlineDynamicImports: singleFile,
    plugins: [terser({ module: true, compress: { passes: 2 } })],
  });
  await bundle.close();
  // What loads first is the entry chunk and every chunk it imports statically; chunks reached
  // only through import() load when a user needs them.
  const chunks = new Map(output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const firstLoad = new Set();
  const visit = (chunk) => {
    if (firstLoad.has(chunk)) return;
    firstLoad.add(chunk);
    for (const name of chunk.imports) if (chunks.has(name)) visit(chunks.get(name));
  };
  visit([...chunks.values()].find((chunk) => chunk.isEntry));
  const code = [...firstLoad].map((chunk) => chunk.code).join('\n');
  const lazy = [...chunks.values()].filter((chunk) => !firstLoad.has(chunk));
  const gz = (text) => gzipSync(text, { level: 9 }).length;
  return {
    minified: Buffer.byteLength(code),
    gzipped: gz(code),
    lazyGzipped: lazy.reduce((sum, chunk) => sum + gz(chunk.code), 0),
    modules: new Set([...firstLoad].flatMap((chunk) => Object.keys(chunk.modules))),
  };
}

const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;

const check = process.argv.includes('--check');
let overBudget = 0;
const elementModules = new Map();
for (const [name, input, budget, external, singleFile = false] of entries) {
  if (!existsSync(input)) continue;
  const { minified, gzipped, lazyGzipped, modules } = await measure(input, external, singleFile);
  if (external === sharedByElements) elementModules.set(name, { input, modules });
  const ok = gzipped <= budget;
  if (!ok) overBudget += 1;
  const lazyNote = lazyGzipped ? `, +${kb(lazyGzipped)} gzipped loaded lazily` : '';
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${name}: ${(minified / KB).toFixed(1)} KB minified, ` +
      `${kb(gzipped)} gzipped [${gzipped} B] (budget ${(budget / KB).toFixed(budget % KB ? 1 : 0)} KB)${lazyNote}`,
  );
}

// For information, not a budget: what each element adds to a page that already has another one,
// i.e. without the modules that two or more elements load first (base class, theme, states,
// common messages, …), which such a page downloads once.
const loadCounts = new Map();
for (const { modules } of elementModules.values()) for (const id of modules) loadCounts.set(id, (loadCounts.get(id) ?? 0) + 1);
const foundation = new Set([...loadCounts].filter(([, count]) => count > 1).map(([id]) => id));
console.log(`info the elements' shared foundation (${foundation.size} modules) counted once:`);
for (const [name, { input }] of elementModules) {
  const { gzipped } = await measure(input, sharedByElements, false, foundation);
  console.log(`info   ${name.replace(/ \(.*/, '')} beyond it: ${kb(gzipped)} gzipped`);
}
if (check && overBudget) {
  console.error(`${overBudget} entry point(s) over budget.`);
  process.exit(1);
}
