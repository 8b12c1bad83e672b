// The demo's server answers as a production host would (issue 17): compressed, cacheable but
// checked again on each visit, and never `no-store`, which keeps a page out of the back/forward cache.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { after, before, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startDemoServer } from '../../scripts/demo-server.mjs';

const page = readFileSync(new URL('../../demo/index.html', import.meta.url));
let server;
before(async () => {
  server = await startDemoServer({ port: 0 });
});
after(() => server?.server.close());

/** The answer as sent, through `node:http`: `fetch` would decode it. */
function get(path, headers = {}) {
  return new Promise((resolve, reject) => {
    http.get(new URL(path, server.url), { headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: new Headers(response.headers), bytes: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

test('the page is compressed for a browser that takes brotli or gzip, and plain for one that takes neither', async () => {
  const br = await get('/', { 'accept-encoding': 'gzip, deflate, br' });
  assert.equal(br.headers.get('content-encoding'), 'br');
  assert.equal(br.headers.get('vary'), 'accept-encoding');
  assert.ok(br.bytes.length < page.length / 2, `${br.bytes.length} bytes for a page of ${page.length}`);
  assert.deepEqual(brotliDecompressSync(br.bytes), page);

  const gzip = await get('/', { 'accept-encoding': 'gzip' });
  assert.equal(gzip.headers.get('content-encoding'), 'gzip');
  assert.deepEqual(gunzipSync(gzip.bytes), page);

  const plain = await get('/', { 'accept-encoding': 'identity' });
  assert.equal(plain.headers.get('content-encoding'), null);
  assert.deepEqual(plain.bytes, page);
});

test('nothing is no-store: every answer may be cached and is revalidated by its ETag', async () => {
  for (const path of ['/', '/crm-elements.bundle.js', '/mockServiceWorker.js']) {
    const first = await get(path, { 'accept-encoding': 'br' });
    assert.equal(first.status, 200, path);
    assert.equal(first.headers.get('cache-control'), 'no-cache', path);
    const etag = first.headers.get('etag');
    assert.match(etag ?? '', /^".+"$/, `${path} has an ETag`);
    const again = await get(path, { 'accept-encoding': 'br', 'if-none-match': etag });
    assert.equal(again.status, 304, path);
    assert.equal(again.bytes.length, 0, path);
  }
});
