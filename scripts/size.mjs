// `npm run size`: the size of what a host page downloads, minified and gzipped, per entry point,
// with its dependencies (ky, zod, lit) bundled in. `--check` fails when a budget is exceeded.
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const KB = 1024;
/** name, entry module (source), budget in bytes gzipped. */
const entries = [
  ['@mindbrite/crm-client (with ky + zod/mini)', 'packages/crm-client/src/index.ts', 20 * KB],
];

async function gzippedSize(input) {
  const bundle = await rollup({
    input,
    plugins: [
      nodeResolve({ exportConditions: ['@mindbrite/source', 'browser', 'import', 'module', 'default'] }),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    ],
    // zod's explanatory comments beside its pure annotations are harmless to the bundle.
    onwarn: (warning, warn) => (warning.code === 'INVALID_ANNOTATION' ? undefined : warn(warning)),
  });
  const { output } = await bundle.generate({
    format: 'es',
    inlineDynamicImports: true,
    plugins: [terser({ module: true, compress: { passes: 2 } })],
  });
  await bundle.close();
  const code = output[0].code;
  return { minified: Buffer.byteLength(code), gzipped: gzipSync(code, { level: 9 }).length };
}

const check = process.argv.includes('--check');
let overBudget = 0;
for (const [name, input, budget] of entries) {
  if (!existsSync(input)) continue;
  const { minified, gzipped } = await gzippedSize(input);
  const ok = gzipped <= budget;
  if (!ok) overBudget += 1;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${name}: ${(minified / KB).toFixed(1)} KB minified, ` +
      `${(gzipped / KB).toFixed(2)} KB gzipped (budget ${(budget / KB).toFixed(0)} KB)`,
  );
}
if (check && overBudget) {
  console.error(`${overBudget} entry point(s) over budget.`);
  process.exit(1);
}
