/**
 * A web-test-runner plugin. The React wrappers are promised to React 18 hosts too, while the
 * repo's own React is 19. The files test/elements/react18*.test.ts, and the wrappers they import
 * (served under a `?react18` URL so other test pages keep their own copy), get React 18 (the
 * `react18` / `react-dom18` aliases) wherever they would get React 19.
 */
const REACT18_MARK = 'react18';
const REACT18_ROOT = '/__react18__/';
/** The React 19 module each React 18 entry stands in for, as the node resolver serves it. */
const REACT18_ENTRIES = {
  'react.js': { replaces: '/node_modules/react/index.js', package: 'react18' },
  'react-dom.js': { replaces: '/node_modules/react-dom/index.js', package: 'react-dom18' },
  'react-dom-client.js': { replaces: '/node_modules/react-dom/client.js', package: 'react-dom18/client' },
};

/**
 * React 18 as ES modules: React ships CommonJS only, so esbuild bundles its three entries, with
 * code splitting so that react-dom and the test share one React instance.
 */
async function buildReact18() {
  const { build } = await import('esbuild');
  const react18Options = {
    bundle: true,
    alias: { react: 'react18', 'react-dom': 'react-dom18' },
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  };
  // A CommonJS module's export names are known only once it runs: run each entry's bundle here.
  const exportNames = async (name) => {
    const contents = `module.exports = require('${name}');`;
    const bundled = await build({ ...react18Options, stdin: { contents, resolveDir: import.meta.dirname }, format: 'cjs', write: false });
    const module = { exports: {} };
    new Function('module', 'exports', bundled.outputFiles[0].text)(module, module.exports);
    return Object.keys(module.exports).filter((key) => key !== 'default');
  };
  const entries = {
    name: 'react18-entries',
    setup(esbuild) {
      esbuild.onResolve({ filter: /^react18-entry:/ }, (args) => ({ path: args.path.slice('react18-entry:'.length), namespace: 'react18-entry' }));
      esbuild.onLoad({ filter: /.*/, namespace: 'react18-entry' }, async (args) => {
        const { package: name } = REACT18_ENTRIES[args.path];
        const names = await exportNames(name);
        return {
          contents: `import cjs from '${name}'; export default cjs; export const { ${names.join(', ')} } = cjs;`,
          resolveDir: import.meta.dirname,
        };
      });
    },
  };
  const result = await build({
    entryPoints: Object.keys(REACT18_ENTRIES).map((file) => ({ in: `react18-entry:${file}`, out: file.replace(/\.js$/, '') })),
    ...react18Options,
    splitting: true,
    format: 'esm',
    outdir: REACT18_ROOT,
    write: false,
    plugins: [entries],
  });
  return new Map(result.outputFiles.map((file) => [file.path, file.text]));
}

export function react18ForItsTests() {
  let built;
  const importsReact18 = (context) =>
    /^\/test\/elements\/react18[^/]*\.test\.ts$/.test(context.path) || context.URL.searchParams.has(REACT18_MARK);
  return {
    name: 'react18-for-its-tests',
    async serve(context) {
      if (!context.path.startsWith(REACT18_ROOT)) return undefined;
      built ??= buildReact18();
      const body = (await built).get(context.path);
      return body === undefined ? undefined : { body, type: 'js' };
    },
    transformImport({ source, context }) {
      if (!importsReact18(context)) return undefined;
      // Resolved imports are relative to the importing file.
      const url = new URL(source, new URL(context.path, 'http://localhost'));
      for (const [file, entry] of Object.entries(REACT18_ENTRIES)) {
        if (url.pathname === entry.replaces) return REACT18_ROOT + file;
      }
      if (/^\/node_modules\/react(-dom)?\//.test(url.pathname)) {
        throw new Error(`${context.path} imports ${url.pathname}, which has no React 18 entry in web-test-runner.config.mjs`);
      }
      if (url.pathname.startsWith('/packages/crm-elements/src/react/')) {
        url.searchParams.set(REACT18_MARK, '');
        return url.pathname + url.search;
      }
      return undefined;
    },
  };
}
