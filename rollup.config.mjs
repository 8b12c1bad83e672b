// Builds every workspace package to dist/: ES modules with source maps (one file per source
// module, so bundlers tree-shake them) and a bundled .d.ts per entry point; plus the single-file
// bundle of the elements (lit, ky and zod inside) for a plain <script type="module">.
import { existsSync, readFileSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { dts } from 'rollup-plugin-dts';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyHTMLLiterals } from 'minify-literals';

/** Each package's entry points (paths under src/, without extension), as its `exports` name them. */
const packages = {
  'crm-client': ['index'],
  'crm-mocks': ['index', 'node', 'browser'],
  'crm-elements': [
    'index',
    'provider/crm-provider',
    'dashboard/crm-dashboard',
    'leads-list/crm-leads-list',
    'lead-form/crm-lead-form',
    'lead-dialog/crm-lead-dialog',
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
      plugins: [esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }), minifyTemplates()],
      output: {
        dir: `packages/${dir}/dist`,
        format: 'es',
        sourcemap: true,
        preserveModules: true,
        preserveModulesRoot: `packages/${dir}/src`,
      },
    },
    {
      input,
      external,
      onwarn,
      plugins: [dts({ tsconfig: 'tsconfig.json' })],
      output: { dir: `packages/${dir}/dist`, format: 'es' },
    },
  ];
});

export const sourceResolve = () =>
  nodeResolve({ exportConditions: ['@mindbrite/source', 'browser', 'import', 'module', 'default'] });

export const elementsBundle = existsSync('packages/crm-elements/src/bundle.ts')
  ? [
      {
        input: 'packages/crm-elements/src/bundle.ts',
        onwarn,
        plugins: [sourceResolve(), esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }), minifyTemplates()],
        output: {
          file: 'packages/crm-elements/dist/crm-elements.bundle.js',
          format: 'es',
          sourcemap: true,
          inlineDynamicImports: true,
          plugins: [terser({ module: true, compress: { passes: 2 } })],
        },
      },
    ]
  : [];

export default [...packageBuilds, ...elementsBundle];
