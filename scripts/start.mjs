// `npm start`: builds the single-file elements bundle and the demo's mock CRM, then serves the
// demo EMR host page on a local URL (PORT, else 8080, else any free port) until stopped.
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import replace from '@rollup/plugin-replace';
import commonjs from '@rollup/plugin-commonjs';
import { elementsBundle, onwarn, sourceResolve } from '../rollup.config.mjs';
import { startDemoServer } from './demo-server.mjs';

const demoBuild = {
  input: { demo: 'demo/demo.ts', frameworks: 'demo/frameworks.ts' },
  // The page loads the elements from the single-file bundle, as a host without a bundler would.
  external: ['/crm-elements.bundle.js'],
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

console.log('Building the elements bundle and the demo…');
await Promise.all([...elementsBundle, demoBuild].map(build));

const requested = Number(process.env.PORT ?? 8080);
let started;
try {
  started = await startDemoServer({ port: requested });
} catch (error) {
  if (error.code !== 'EADDRINUSE') throw error;
  started = await startDemoServer({ port: 0 });
}
console.log(`MindBrite CRM demo EMR page: ${started.url}`);
console.log(`React and Vue hosts:         ${started.url}frameworks.html`);
console.log('Press Ctrl+C to stop.');
