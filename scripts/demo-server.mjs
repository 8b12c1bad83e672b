// A small static server for the demo EMR host page: the page and its assets, the single-file
// elements bundle (and its classic-script twin), and MSW's worker at the root so the mock CRM can answer the page's requests.
// Served as a production host would (issue 17): compressed, and cacheable but checked again on each
// visit (`no-cache` with an ETag), never `no-store`, which keeps a page out of the back/forward cache.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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
  '/crm-elements.global.js': 'packages/crm-elements/dist/crm-elements.global.js',
  '/crm-elements.global.js.map': 'packages/crm-elements/dist/crm-elements.global.js.map',
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

/** Each file's validator and compressed forms, made on its first request and whenever it changes. */
const encoded = new Map();

function representations(body) {
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  let cached = encoded.get(etag);
  if (!cached) {
    cached = {
      etag,
      br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
      gzip: gzipSync(body, { level: 9 }),
    };
    encoded.set(etag, cached);
  }
  return cached;
}

/** Answers with `body`, compressed when the client takes it, or 304 when it holds this version. */
function send(request, response, body, headers) {
  const { etag, br, gzip } = representations(body);
  const common = { ...headers, 'cache-control': 'no-cache', etag, vary: 'accept-encoding' };
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, common);
    response.end();
    return;
  }
  const accepts = request.headers['accept-encoding'] ?? '';
  const [encoding, sent] = /\bbr\b/.test(accepts) ? ['br', br] : /\bgzip\b/.test(accepts) ? ['gzip', gzip] : [undefined, body];
  response.writeHead(200, { ...common, ...(encoding ? { 'content-encoding': encoding } : {}), 'content-length': sent.length });
  response.end(sent);
}

/**
 * Starts the server on `port` (0 picks a free one); resolves with its URL and the server.
 * `pages` adds pages by path (HTML, or of the type their extension says), for tests that need a
 * page of their own beside the demo's.
 */
export function startDemoServer({ port = 0, host = '127.0.0.1', pages = {} } = {}) {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pages[pathname]) {
      send(request, response, Buffer.from(pages[pathname]), { 'content-type': types[extname(pathname)] ?? types['.html'] });
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
    send(request, response, body, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      ...(pathname === '/mockServiceWorker.js' ? { 'service-worker-allowed': '/' } : {}),
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({ server, url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}/` });
    });
  });
}
