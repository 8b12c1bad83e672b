// Builds what the demo pages load: the single-file elements bundle, and the pages' own scripts
// (the in-browser mock CRM, the React and Vue hosts) into demo/dist/.
import { rmSync } from 'node:fs';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import replace from '@rollup/plugin-replace';
import commonjs from '@rollup/plugin-commonjs';
import { elementsBundle, onwarn, sourceResolve } from '../rollup.config.mjs';

const demoScripts = {
  input: { demo: 'demo/demo.ts', frameworks: 'demo/frameworks.ts', 'mock-crm': 'demo/mock-crm.ts' },
  onwarn,
  plugins: [
    sourceResolve(),
    commonjs(), // React ships CommonJS
    // React and Vue read NODE_ENV to pick their production builds, as a host's bundler would set it.
    replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: true }),
  ],
  output: { dir: 'demo/dist', format: 'es', sourcemap: true },
};

async function build(options) {
  const bundle = await rollup(options);
  for (const output of [options.output].flat()) await bundle.write(output);
  await bundle.close();
}

/** Builds the elements bundle and the demo scripts. */
export async function buildDemo() {
  rmSync('demo/dist', { recursive: true, force: true });
  await Promise.all([...elementsBundle, demoScripts].map(build));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('Building the elements bundle and the demo pages…');
  await buildDemo();
}
