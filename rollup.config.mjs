// Builds every workspace package to dist/: ES modules with source maps (one file per source
// module, so bundlers tree-shake them) and a bundled .d.ts per entry point.
import { existsSync, readFileSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { dts } from 'rollup-plugin-dts';

/** Each package's entry points, named as their `exports` subpaths' files. */
const packages = {
  'crm-client': ['index'],
  'crm-mocks': ['index', 'node', 'browser'],
};

const externalFor = (dir) => {
  const manifest = JSON.parse(readFileSync(`packages/${dir}/package.json`, 'utf8'));
  const deps = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });
  const builtins = /^node:/;
  return (id) => builtins.test(id) || deps.some((dep) => id === dep || id.startsWith(`${dep}/`));
};

export default Object.entries(packages).flatMap(([dir, entries]) => {
  const input = Object.fromEntries(entries.map((name) => [name, `packages/${dir}/src/${name}.ts`]));
  // A package is built once its entry points exist.
  if (!Object.values(input).every((file) => existsSync(file))) return [];
  const external = externalFor(dir);
  return [
    {
      input,
      external,
      plugins: [esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' })],
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
      plugins: [dts({ tsconfig: 'tsconfig.json' })],
      output: { dir: `packages/${dir}/dist`, format: 'es' },
    },
  ];
});
