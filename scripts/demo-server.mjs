// A small static server for the demo EMR host page: the page and its assets, the single-file
// elements bundle, and MSW's worker at the root so the mock CRM can answer the page's requests.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const mswWorker = require.resolve('msw/mockServiceWorker.js', { paths: [join(root, 'packages/crm-mocks')] });

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** URL path → file on disk; anything else under /demo/ is served from demo/ and its build. */
const routes = {
  '/': 'demo/index.html',
  '/frameworks.html': 'demo/frameworks.html',
  '/mockServiceWorker.js': mswWorker,
  '/crm-elements.bundle.js': 'packages/crm-elements/dist/crm-elements.bundle.js',
  '/crm-elements.bundle.js.map': 'packages/crm-elements/dist/crm-elements.bundle.js.map',
};

function fileFor(pathname) {
  if (routes[pathname]) return routes[pathname];
  if (!pathname.startsWith('/demo/')) return null;
  const relative = normalize(pathname).replace(/^\/+/, '');
  if (!relative.startsWith('demo/')) return null; // no climbing out of demo/
  const built = relative.replace(/^demo\//, 'demo/dist/');
  return [built, relative];
}

async function readFirst(paths) {
  for (const path of paths) {
    try {
      return await readFile(path.startsWith('/') ? path : join(root, path));
    } catch {
      // try the next candidate
    }
  }
  return null;
}

/**
 * Starts the server on `port` (0 picks a free one); resolves with its URL and the server.
 * `pages` adds HTML pages by path, for tests that need a page of their own beside the demo's.
 */
export function startDemoServer({ port = 0, host = '127.0.0.1', pages = {} } = {}) {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pages[pathname]) {
      response.writeHead(200, { 'content-type': types['.html'], 'cache-control': 'no-store' });
      response.end(pages[pathname]);
      return;
    }
    const target = fileFor(pathname);
    const body = target ? await readFirst([target].flat()) : null;
    if (!body) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    const file = [target].flat()[0];
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...(pathname === '/mockServiceWorker.js' ? { 'service-worker-allowed': '/' } : {}),
    });
    response.end(body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({ server, url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}/` });
    });
  });
}
