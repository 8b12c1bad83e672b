// Builds what the demo pages load: the single-file elements bundle, and the pages' own scripts
// (the in-browser mock CRM, the React and Vue hosts) into demo/dist/.
import { rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import replace from '@rollup/plugin-replace';
import commonjs from '@rollup/plugin-commonjs';
import { elementsBundle, onwarn, sourceResolve } from '../rollup.config.mjs';

/** The demo's seed and sizes: demo/mock-crm.ts's (the default sizes). */
const DEMO_SEED = 2026;
const root = fileURLToPath(new URL('..', import.meta.url));
const seedSource = `${root}packages/crm-mocks/src/db/seed.ts`;

/**
 * The mocks' seeded rows for the demo, generated here in Node: faker and its data tables (most of
 * the mock's weight) then stay out of the page. Built from the mocks' source beside node_modules,
 * so faker resolves.
 */
async function generateSeed() {
  const outDir = `${root}node_modules/.cache/mindbrite-demo-seed`;
  await build({
    input: { seed: seedSource, database: `${root}packages/crm-mocks/src/db/database.ts` },
    onwarn,
    external: (id) => id.startsWith('@faker-js/'),
    plugins: [sourceResolve(), esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' })],
    output: { dir: outDir, format: 'es' },
  });
  const { seedRows } = await import(pathToFileURL(`${outDir}/seed.js`).href);
  const { DEFAULT_SIZES: sizes } = await import(pathToFileURL(`${outDir}/database.js`).href);
  const madeAt = Date.now();
  return { seed: DEMO_SEED, sizes, madeAt, rows: seedRows(DEMO_SEED, sizes, new Date(madeAt)) };
}

/**
 * Puts the generated rows where the mocks' database imports its generator (see demo/precomputed-seed.ts),
 * as a JSON string: V8 parses one faster than the same rows written as a literal.
 */
const precomputedSeed = (seed) => ({
  name: 'demo-precomputed-seed',
  resolveId(source, importer) {
    return source === './seed.js' && importer?.endsWith('/crm-mocks/src/db/database.ts') ? '\0demo-seed' : null;
  },
  load(id) {
    if (id !== '\0demo-seed') return null;
    return `import { seedRowsFrom } from ${JSON.stringify(`${root}demo/precomputed-seed.ts`)};
export const seedRows = seedRowsFrom(JSON.parse(${JSON.stringify(JSON.stringify(seed))}));`;
  },
});

/**
 * MSW keeps a cookie jar for mocks that set and read cookies; the mock CRM does neither (the client
 * sends a bearer token, never cookies). The jar's library, tough-cookie, carries the public suffix
 * list (tldts, ~140 KB): the demo gets an empty jar in its place, which MSW reads and never fills.
 */
const emptyCookieJar = () => ({
  name: 'demo-empty-cookie-jar',
  resolveId(source, importer) {
    return source === 'tough-cookie' && importer?.includes('/node_modules/msw/') ? '\0demo-cookie-jar' : null;
  },
  load(id) {
    if (id !== '\0demo-cookie-jar') return null;
    return `export class MemoryCookieStore { idx = {}; }
export class CookieJar {
  getCookiesSync() { return []; }
  async setCookie() {}
}
export const Cookie = { fromJSON: () => undefined };`;
  },
});

const demoScripts = (seed) => ({
  input: { demo: 'demo/demo.ts', frameworks: 'demo/frameworks.ts', 'mock-crm': 'demo/mock-crm.ts' },
  onwarn,
  plugins: [
    precomputedSeed(seed),
    emptyCookieJar(),
    sourceResolve(),
    commonjs(), // React ships CommonJS
    // React and Vue read NODE_ENV to pick their production builds, as a host's bundler would set it.
    replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: true }),
  ],
  output: { dir: 'demo/dist', format: 'es', sourcemap: true },
});

async function build(options) {
  const bundle = await rollup(options);
  for (const output of [options.output].flat()) await bundle.write(output);
  await bundle.close();
}

/** Builds the elements bundle and the demo scripts. */
export async function buildDemo() {
  rmSync('demo/dist', { recursive: true, force: true });
  const seed = await generateSeed();
  await Promise.all([...elementsBundle, demoScripts(seed)].map(build));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('Building the elements bundle and the demo pages…');
  await buildDemo();
}
