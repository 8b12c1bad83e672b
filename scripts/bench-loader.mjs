// `node scripts/bench-loader.mjs`: what a page without a bundler downloads of the elements through
// the cdn build's loader (dist/cdn/crm-elements.loader.js), in headless Chromium, beside the same
// page on the single-file bundle (dist/crm-elements.bundle.js), served alike: every file gzipped
// (level 9, as `npm run size` counts), no cache. Two pages: one widget (<crm-dashboard>), and every
// element inside a <crm-provider>. Each against the mock CRM over HTTP (scripts/mock-api.mjs), so
// the widgets load their data and with it the code they load on demand.
// Counted from the page's resource timing: the gzipped bodies of the elements' files (the loader,
// the entries, the chunks; the bundle), first when every element is defined ("first load", what
// `npm run size` walks statically), then once the network is idle ("settled").
// Needs the build: `rollup -c rollup.config.mjs`.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from './find-chrome.mjs';
import { startMockApi } from './mock-api-process.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'packages/crm-elements/dist');
const KB = 1024;

/** Every element, as package.json's exports name them (the loader's list is checked against them at build time). */
const tags = Object.keys(JSON.parse(readFileSync(join(root, 'packages/crm-elements/package.json'), 'utf8')).exports)
  .map((name) => name.match(/^\.\/(crm-(?!elements\.)[a-z-]+)\.js$/)?.[1])
  .filter(Boolean);

/** The pages and the elements' files, each gzipped once as it is first asked for. */
function startPageServer(pages) {
  const gzipped = new Map();
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pages[pathname]) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(pages[pathname]);
      return;
    }
    const file = normalize(join(dist, pathname));
    if (!file.startsWith(`${dist}/`) || extname(file) !== '.js' || !existsSync(file)) {
      response.writeHead(404);
      response.end();
      return;
    }
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file), { level: 9 }));
    response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'content-encoding': 'gzip', 'cache-control': 'no-store' });
    response.end(gzipped.get(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const page = (script, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="${script}"></script></head><body>${body}</body></html>`;

/** Opens `url` in a fresh context and counts the elements' files it downloads. */
async function measure(browser, url, expected) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    await tab.setCacheEnabled(false);
    await tab.setViewport({ width: 1280, height: 900 });
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    // In the page before its scripts: what it has downloaded of the elements' files, and that list
    // taken the moment every expected element is defined (before anything they load on demand).
    await tab.evaluateOnNewDocument((names) => {
      const files = () =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => /\/(cdn\/|crm-elements\.bundle\.js)/.test(entry.name))
          .map((entry) => ({ name: entry.name, bytes: entry.encodedBodySize }));
      Object.assign(window, { elementFiles: files, firstLoad: Promise.all(names.map((name) => customElements.whenDefined(name))).then(files) });
    }, expected);
    await tab.goto(url);
    const first = await tab.evaluate(() => Promise.race([window.firstLoad, new Promise((resolve) => setTimeout(resolve, 60_000))]));
    if (!first) throw new Error(`${url}: not every element was defined within a minute`);
    await tab.waitForNetworkIdle({ idleTime: 500, timeout: 60_000 });
    const settled = await tab.evaluate(() => window.elementFiles());
    if (errors.length) throw new Error(`${url}: the page threw: ${errors[0]}`);
    const total = (entries) => entries.reduce((sum, entry) => sum + entry.bytes, 0);
    return { first: total(first), firstFiles: first.length, settled: total(settled), settledFiles: settled.length };
  } finally {
    await context.close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function bench({ runs = 7 } = {}) {
  if (!existsSync(join(dist, 'cdn/crm-elements.loader.js')) || !existsSync(join(dist, 'crm-elements.bundle.js'))) {
    throw new Error('packages/crm-elements/dist/cdn or the single-file bundle is missing: build first with `rollup -c rollup.config.mjs`.');
  }
  const api = await startMockApi();
  const widget = `<crm-dashboard api-base="${api.url}"></crm-dashboard>`;
  const everything = `<crm-provider api-base="${api.url}">${tags
    .filter((tag) => tag !== 'crm-provider')
    .map((tag) => `<${tag}${tag === 'crm-activity-timeline' ? ' contact-id="1"' : ''}></${tag}>`)
    .join('')}</crm-provider>`;
  const server = await startPageServer({
    '/loader-one.html': page('/cdn/crm-elements.loader.js', widget),
    '/bundle-one.html': page('/crm-elements.bundle.js', widget),
    '/loader-all.html': page('/cdn/crm-elements.loader.js', everything),
    '/bundle-all.html': page('/crm-elements.bundle.js', everything),
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
  try {
    const samples = { 'loader-one': [], 'bundle-one': [], 'loader-all': [], 'bundle-all': [] };
    for (let run = 0; run < runs; run++) {
      // Interleaved: the bundle's page, then the loader's, for one widget and for every element.
      for (const name of Object.keys(samples)) {
        const expected = name.endsWith('one') ? ['crm-dashboard'] : tags;
        samples[name].push(await measure(browser, `${origin}/${name}.html`, expected));
      }
    }
    const loaderFile = gzipSync(readFileSync(join(dist, 'cdn/crm-elements.loader.js')), { level: 9 }).length;
    const at = (name, key) => median(samples[name].map((sample) => sample[key]));
    const row = (measure, ours, anchor, target) => ({
      measure,
      ours: Number((ours / KB).toFixed(2)),
      unit: 'KB gzipped',
      anchor: { name: 'single-file bundle, same page', value: Number((anchor / KB).toFixed(2)) },
      ratio: Number((ours / anchor).toFixed(2)),
      ...(target ? { target: `<= ${target / KB} KB`, met: ours <= target } : {}),
    });
    return [
      { measure: 'crm-elements.loader.js itself', ours: Number((loaderFile / KB).toFixed(2)), unit: 'KB gzipped', target: '<= 2 KB', met: loaderFile <= 2 * KB },
      row(`one widget (<crm-dashboard>) through the loader, first load (${at('loader-one', 'firstFiles')} files)`, at('loader-one', 'first'), at('bundle-one', 'first'), 35 * KB),
      row(`one widget (<crm-dashboard>) through the loader, settled with its data (${at('loader-one', 'settledFiles')} files)`, at('loader-one', 'settled'), at('bundle-one', 'settled'), 35 * KB),
      row(`every element (${tags.length}) through the loader, first load (${at('loader-all', 'firstFiles')} files)`, at('loader-all', 'first'), at('bundle-all', 'first')),
      row(`every element (${tags.length}) through the loader, settled with their data (${at('loader-all', 'settledFiles')} files)`, at('loader-all', 'settled'), at('bundle-all', 'settled')),
    ];
  } finally {
    await browser.close();
    server.close();
    await api.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await bench();
  console.table(
    rows.map(({ measure, ours, unit, anchor, ratio, target, met }) => ({
      measure,
      ours: `${ours} ${unit}`,
      anchor: anchor ? `${anchor.name}: ${anchor.value}` : '',
      ratio: ratio ?? '',
      target: target ?? '',
      met: met === undefined ? '' : met ? 'yes' : 'MISSED',
    })),
  );
  process.exit(0);
}
