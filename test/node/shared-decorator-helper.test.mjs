// The build's shared-decorator-helper plugin (rollup.config.mjs): two modules with decorators,
// through esbuild as our builds run it, give a bundle with one copy of esbuild's decorator helper
// whose decorators still run; and a module whose helper text is not the expected one fails the build.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { fileURLToPath } from 'node:url';
import { sharedDecoratorHelper } from '../../rollup.config.mjs';

// The modules live (in memory) inside the repository, so esbuild finds our tsconfig.json as it
// does for the sources: `experimentalDecorators`, `useDefineForClassFields: false`.
const dir = fileURLToPath(new URL('in-memory/', import.meta.url));

const sources = {
  'record.ts': `export const declared: string[] = [];
    export const record = () => (proto: object, key: string) => { declared.push(key); };`,
  'first.ts': `import { record } from './record.ts';
    export class First { @record() name?: string; @record() private count = 1; }`,
  'second.ts': `import { record } from './record.ts';
    export class Second { @record() title?: string; }`,
  'entry.ts': `export { First } from './first.ts'; export { Second } from './second.ts'; export { declared } from './record.ts';`,
};

/** Serves `sources` as modules, as if they were files. */
const inMemory = (files) => ({
  name: 'in-memory',
  resolveId: (id) => (id.split('/').pop() in files ? dir + id.split('/').pop() : null),
  load: (id) => (id.startsWith(dir) ? files[id.slice(dir.length)] : null),
});

async function build(files, plugins = [sharedDecoratorHelper()]) {
  const bundle = await rollup({
    input: `${dir}entry.ts`,
    plugins: [inMemory(files), esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }), ...plugins],
  });
  try {
    const { output } = await bundle.generate({ format: 'es' });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

/** Copies of the helper's loop (rollup may trim the rest of a copy to what its callers use). */
const copies = (code) => code.split('decorators.length - 1').length - 1;

test('without the plugin, esbuild inlines the helper into each module (what the plugin is for)', async () => {
  const code = await build(sources, []);
  assert.match(code, /__decorateClass/, 'legacy decorators, as tsconfig.json asks');
  assert.equal(copies(code), 2);
});

test('a bundle of two modules with decorators holds the helper once, and the decorators run', async () => {
  const code = await build(sources);
  assert.equal(copies(code), 1);
  const { declared } = await import(`data:text/javascript,${encodeURIComponent(code)}`);
  assert.deepEqual(declared, ['name', 'count', 'title']);
});

test('a module calling the helper without the expected helper text fails the build', async () => {
  const changed = { ...sources, 'second.ts': 'const __decorateClass = (...args: unknown[]) => args; __decorateClass([], {}, "x", 2); export class Second {}' };
  await assert.rejects(build(changed), /second\.ts calls __decorateClass but not with the helper/);
});
