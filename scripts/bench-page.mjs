// For the browser benchmarks: a page script (which imports the elements from source, so a figure
// is never stale) bundled with esbuild and minified.
import { build } from 'esbuild';

const options = (source) => ({
  stdin: { contents: source, resolveDir: new URL('.', import.meta.url).pathname, loader: 'ts' },
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  conditions: ['@mindbrite/source'],
  tsconfig: 'tsconfig.json',
  minify: true,
  write: false,
});

/** `source`, a module of scripts/ (imports relative to it) in TypeScript or JavaScript, as one module. */
export async function bundlePage(source) {
  const { outputFiles } = await build(options(source));
  return outputFiles[0].text;
}

/** The same with what loads on demand as chunks beside the page, as in a host page: `{ name, text }` files. */
export async function bundlePageWithChunks(source) {
  const { outputFiles } = await build({ ...options(source), splitting: true, outdir: 'bench-out' });
  return outputFiles.map(({ path, text }) => ({ name: path.slice(path.lastIndexOf('/') + 1), text }));
}
