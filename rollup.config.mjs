// Builds every workspace package to dist/: ES modules with source maps (one file per source
// module, so bundlers tree-shake them) and a bundled .d.ts per entry point; plus the single-file
// bundle of the elements (lit, ky and zod inside) for a plain <script type="module">, and the same
// as a classic script.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { dts } from 'rollup-plugin-dts';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyHTMLLiterals } from 'minify-literals';

/** Each package's entry points (paths under src/, without extension), as its `exports` name them. */
const packages = {
  'crm-client': ['index', 'check/check-api'], // check/check-api: for the crm-check-api bin, not exported
  'crm-mocks': ['index', 'node', 'browser'],
  'crm-elements': [
    'index',
    'provider/crm-provider',
    'dashboard/crm-dashboard',
    'leads-list/crm-leads-list',
    'lead-form/crm-lead-form',
    'lead-dialog/crm-lead-dialog',
    'contacts-list/crm-contacts-list',
    'contact-form/crm-contact-form',
    'contact-dialog/crm-contact-dialog',
    'pipeline/crm-pipeline',
    'forecast/crm-forecast',
    'opportunity-form/crm-opportunity-form',
    'opportunity-dialog/crm-opportunity-dialog',
    'follow-ups/crm-follow-ups',
    'follow-up-form/crm-follow-up-form',
    'follow-up-dialog/crm-follow-up-dialog',
    'activity-timeline/crm-activity-timeline',
    'localize/pseudo-locale',
    'localize/translations',
    'react/index',
  ],
};

// zod's comments beside pure annotations and its internal import cycle are harmless.
const quietWarnings = new Set(['INVALID_ANNOTATION', 'CIRCULAR_DEPENDENCY']);
export const onwarn = (warning, warn) => (quietWarnings.has(warning.code) ? undefined : warn(warning));

/**
 * Minifies the HTML and CSS inside the elements' `html` and `css` templates, which a JS minifier
 * leaves as written: Lit's recommended production step.
 */
export const minifyTemplates = () => ({
  name: 'minify-templates',
  async transform(code, id) {
    if (!/packages\/crm-elements\/src\/.*\.ts$/.test(id) || !/\b(html|css|svg)`/.test(code)) return null;
    return (await minifyHTMLLiterals(code, { fileName: id })) ?? null;
  },
});

/**
 * esbuild's helper for `experimentalDecorators`, exactly as esbuild (0.28) writes it at the top of
 * every module that uses a decorator, after the two globals it reads.
 */
const decorateClassGlobals = ['var __defProp = Object.defineProperty;', 'var __getOwnPropDesc = Object.getOwnPropertyDescriptor;'];
const decorateClass = `var __decorateClass = (decorators, target, key, kind) => {
  var result = kind > 1 ? void 0 : kind ? __getOwnPropDesc(target, key) : target;
  for (var i = decorators.length - 1, decorator; i >= 0; i--)
    if (decorator = decorators[i])
      result = (kind ? decorator(target, key, result) : decorator(result)) || result;
  if (kind && result) __defProp(target, key, result);
  return result;
};
`;
/** What modules import the helper from, and the id of the one module that holds it. */
const decorateClassImport = 'virtual:decorate-class';
const decorateClassModule = '\0decorate-class';

/**
 * Gives a bundle one copy of esbuild's decorator helper: put after `esbuild()`, it replaces the
 * copy esbuild inlines into each module that uses `@property`/`@state` by an import from one
 * shared module (17 to 34 B gzipped less per element, 207 B less for the single-file bundle, when
 * measured; the saving grows with every decorated module). The replacement keeps every line where
 * it was, so the source maps stay right. A module that calls `__decorateClass(` without the helper
 * text expected fails the build: an esbuild that writes the helper differently must not bring the
 * copies back unnoticed.
 */
export const sharedDecoratorHelper = () => ({
  name: 'shared-decorator-helper',
  resolveId: (id) => (id === decorateClassImport ? decorateClassModule : null),
  load: (id) =>
    id === decorateClassModule ? `${decorateClassGlobals.join('\n')}\n${decorateClass}export { __decorateClass };\n` : null,
  transform(code, id) {
    if (id.startsWith('\0') || !code.includes('__decorateClass(')) return null;
    if (!code.includes(decorateClass)) {
      throw new Error(
        `${id} calls __decorateClass but not with the helper that shared-decorator-helper (rollup.config.mjs) ` +
          'expects from esbuild; update the helper text there to what this esbuild emits.',
      );
    }
    const lines = decorateClass.split('\n').length - 1;
    let shared = code.replace(decorateClass, `import { __decorateClass } from '${decorateClassImport}';${'\n'.repeat(lines)}`);
    // The globals the helper read go too, unless the module uses them for something else.
    for (const global of decorateClassGlobals) {
      const name = global.split(' ')[1];
      if (shared.match(new RegExp(`\\b${name}\\b`, 'g'))?.length === 1) shared = shared.replace(global, '');
    }
    // Lines only emptied, never removed: esbuild's source map still fits.
    return { code: shared, map: null };
  },
});

const externalFor = (dir) => {
  const manifest = JSON.parse(readFileSync(`packages/${dir}/package.json`, 'utf8'));
  const deps = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });
  return (id) => id.startsWith('node:') || deps.some((dep) => id === dep || id.startsWith(`${dep}/`));
};

const packageBuilds = Object.entries(packages).flatMap(([dir, entries]) => {
  const input = Object.fromEntries(
    entries
      .map((name) => [name, `packages/${dir}/src/${name}.ts`])
      .filter(([, file]) => existsSync(file)),
  );
  // A package is built once its main entry exists.
  if (!input.index) return [];
  const external = externalFor(dir);
  return [
    {
      input,
      external,
      onwarn,
      plugins: [esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }), sharedDecoratorHelper(), minifyTemplates()],
      output: {
        dir: `packages/${dir}/dist`,
        format: 'es',
        sourcemap: true,
        preserveModules: true,
        preserveModulesRoot: `packages/${dir}/src`,
      },
    },
    {
      // Types for the entries a package exports; the crm-check-api bin's module needs none.
      input: Object.fromEntries(Object.entries(input).filter(([name]) => !name.startsWith('check/'))),
      external,
      onwarn,
      plugins: [dts({ tsconfig: 'tsconfig.json' })],
      output: { dir: `packages/${dir}/dist`, format: 'es' },
    },
  ];
});

/** Modules imported for their side effects alone, which have no types: left out of a types build. */
const withoutTypes = (pattern) => ({
  name: 'without-types',
  resolveId: (id) => (pattern.test(id) ? '\0no-types' : null),
  load: (id) => (id === '\0no-types' ? 'export {};' : null),
});

/** Resolves the packages' types from their sources (as tsc does with the `@mindbrite/source` condition). */
const sourceResolveTypes = () => nodeResolve({ exportConditions: ['@mindbrite/source', 'types', 'import', 'default'], extensions: ['.d.ts', '.ts', '.mjs', '.js'] });

export const sourceResolve = () =>
  nodeResolve({ exportConditions: ['@mindbrite/source', 'browser', 'import', 'module', 'default'] });

export const elementsBundle = existsSync('packages/crm-elements/src/bundle.ts')
  ? [
      {
        input: 'packages/crm-elements/src/bundle.ts',
        onwarn,
        plugins: [sourceResolve(), esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }), sharedDecoratorHelper(), minifyTemplates()],
        output: [
          {
            file: 'packages/crm-elements/dist/crm-elements.bundle.js',
            format: 'es',
            sourcemap: true,
            inlineDynamicImports: true,
            plugins: [terser({ module: true, compress: { passes: 2 } })],
          },
          // The same as a classic script, for a page's <head>: it runs before the page is parsed
          // further, so the tags are defined (and take their loading states' space) before its
          // first paint, in every browser. Its exports are the global `MindBriteCrm`'s.
          {
            file: 'packages/crm-elements/dist/crm-elements.global.js',
            format: 'iife',
            name: 'MindBriteCrm',
            sourcemap: true,
            inlineDynamicImports: true,
            plugins: [terser({ compress: { passes: 2 } })],
          },
        ],
      },
      // Its types, in one file beside it with what it inlines (the client's, lit's and zod's), so a
      // page that loads the bundle by URL can type it too: `declare module '/crm-elements.bundle.js'`.
      {
        input: 'packages/crm-elements/src/bundle.ts',
        onwarn,
        plugins: [withoutTypes(/trusted-types-hint\.js$/), sourceResolveTypes(), dts({ tsconfig: 'tsconfig.json', respectExternal: true })],
        output: { file: 'packages/crm-elements/dist/crm-elements.bundle.d.ts', format: 'es' },
      },
    ]
  : [];

/** The loader of the cdn build, and the elements it loads: each one the package exports, named for its tag. */
const loaderSource = 'packages/crm-elements/src/loader.ts';
const elementsExports = JSON.parse(readFileSync('packages/crm-elements/package.json', 'utf8')).exports;
export const cdnElements = Object.fromEntries(
  Object.entries(elementsExports).flatMap(([name, target]) =>
    /^\.\/crm-[a-z-]+\.js$/.test(name) && target['@mindbrite/source']
      ? [[name.slice(2, -3), `packages/crm-elements/${target['@mindbrite/source'].slice(2)}`]]
      : [],
  ),
);

/**
 * Fails the build when the loader's list of tags and the elements the package exports differ: an
 * element missing from the list would never load, a tag without its module would load a 404.
 */
const loaderKnowsEveryElement = () => ({
  name: 'loader-knows-every-element',
  buildStart() {
    const list = readFileSync(loaderSource, 'utf8').match(/new Set\(\[([^\]]*)\]\)/)?.[1] ?? '';
    const listed = new Set([...list.matchAll(/'(crm-[a-z-]+)'/g)].map(([, tag]) => tag));
    const exported = new Set(Object.keys(cdnElements));
    const unlisted = [...exported].filter((tag) => !listed.has(tag));
    const unexported = [...listed].filter((tag) => !exported.has(tag));
    if (unlisted.length || unexported.length) {
      this.error(
        `${loaderSource} must list exactly the elements package.json exports: ` +
          `${unlisted.length ? `it misses ${unlisted.join(', ')}` : ''}${unlisted.length && unexported.length ? '; ' : ''}` +
          `${unexported.length ? `the package exports no ${unexported.join(', ')}` : ''}.`,
      );
    }
  },
});

/**
 * Empties the output folder just before a build writes it (not when it only generates, as
 * `npm run size` does): chunk names change with their content, and stale ones would ship.
 */
const emptyOutputDir = () => ({
  name: 'empty-output-dir',
  generateBundle(options, _bundle, isWrite) {
    if (isWrite) rmSync(options.dir, { recursive: true, force: true });
  },
});

/**
 * The cdn build, for a page without a bundler that wants only the elements it uses: each element's
 * define module an entry named for its tag (`crm-dashboard.js`), with lit, the client, ky and zod
 * inside, split into chunks the entries share (`chunks/*-<hash>.js`) and minified as the
 * single-file bundle is; beside them `crm-elements.loader.js`, which loads an element's entry when
 * its tag first appears in the page. The elements' own on-demand modules (dialogs, CSV, languages)
 * stay on demand: an element that opens another loads that element's entry.
 */
export const cdnBuild = {
  input: { ...cdnElements, 'crm-elements.loader': loaderSource },
  onwarn,
  plugins: [
    loaderKnowsEveryElement(),
    sourceResolve(),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    sharedDecoratorHelper(),
    minifyTemplates(),
    emptyOutputDir(),
  ],
  output: {
    dir: 'packages/crm-elements/dist/cdn',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    plugins: [terser({ module: true, compress: { passes: 2 } })],
  },
};

const cdn = existsSync(loaderSource)
  ? [
      cdnBuild,
      // The loader's types (`discover`), for a host that imports it by URL.
      {
        input: { 'crm-elements.loader': loaderSource },
        onwarn,
        plugins: [withoutTypes(/trusted-types-hint\.js$/), dts({ tsconfig: 'tsconfig.json' })],
        output: { dir: 'packages/crm-elements/dist/cdn', format: 'es' },
      },
    ]
  : [];

export default [...packageBuilds, ...elementsBundle, ...cdn];
