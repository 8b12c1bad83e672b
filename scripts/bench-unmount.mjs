// `node scripts/bench-unmount.mjs`: what widgets leave behind once removed (issue 16). In headless
// Chromium, a host page mounts a `<crm-provider>` with widgets inside against the mock CRM over
// HTTP answering after 200 ms, and removes it 50 ms later, before any answer: 200 times. One second
// after the last removal, with garbage collected, it compares DOM nodes, event listeners, the JS
// heap and pending timers with the page before the first mount, and counts the requests sent
// (each mount should send its widgets' first requests once: no retry, no request after removal).
// The elements come from source, bundled with esbuild, so the figures are never stale.
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { bundlePage } from './bench-page.mjs';
import { startMockApi } from './mock-api-process.mjs';
import { chromeArgs, findChrome } from './find-chrome.mjs';

const CYCLES = 200;
const LATENCY_MS = 200;
const MOUNTED_MS = 50;

/** What each scenario mounts inside the provider. */
const SCENARIOS = {
  dashboard: '<crm-dashboard></crm-dashboard>',
  'every widget': `<crm-dashboard></crm-dashboard><crm-leads-list></crm-leads-list><crm-contacts-list></crm-contacts-list>
    <crm-pipeline></crm-pipeline><crm-forecast></crm-forecast><crm-follow-ups></crm-follow-ups>
    <crm-activity-timeline contact-id="1"></crm-activity-timeline><crm-lead-form lead-id="1"></crm-lead-form>`,
};

/** Before any page script: every pending timer, so the count is what the widgets left. */
const countTimers = () => {
  const pending = new Set();
  const { setTimeout: set, clearTimeout: clear, setInterval: every, clearInterval: stop } = window;
  window.setTimeout = (callback, ms, ...args) => {
    const id = set((...values) => {
      pending.delete(id);
      if (typeof callback === 'function') callback(...values);
    }, ms, ...args);
    pending.add(id);
    return id;
  };
  window.clearTimeout = (id) => {
    pending.delete(id);
    clear(id);
  };
  window.setInterval = (...args) => {
    const id = every(...args);
    pending.add(id);
    return id;
  };
  window.clearInterval = (id) => {
    pending.delete(id);
    stop(id);
  };
  window.pendingTimers = () => pending.size;
};

const pageScript = `
import '@mindbrite/crm-elements';
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
window.cycle = async (apiBase, inner, cycles, mountedMs) => {
  for (let cycle = 0; cycle < cycles; cycle++) {
    const provider = document.createElement('crm-provider');
    provider.setAttribute('api-base', apiBase);
    provider.innerHTML = inner;
    document.body.append(provider);
    await pause(mountedMs);
    provider.remove();
  }
};
`;

/** The host page and the widgets' script, from a server of its own (another origin than the API). */
async function startPageServer(code) {
  const server = createServer((req, res) => {
    if (req.url === '/widgets.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      return res.end(code);
    }
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<!doctype html><html lang="en"><body><script type="module" src="/widgets.js"></script></body></html>');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, stop: () => server.close() };
}

/** Nodes, listeners, heap and timers once garbage is collected. */
async function footprint(page, devtools) {
  await devtools.send('HeapProfiler.collectGarbage');
  await devtools.send('HeapProfiler.collectGarbage');
  const { nodes, jsEventListeners } = await devtools.send('Memory.getDOMCounters');
  const { usedSize } = await devtools.send('Runtime.getHeapUsage');
  return { nodes, listeners: jsEventListeners, heapKB: Math.round(usedSize / 1024), timers: await page.evaluate(() => window.pendingTimers()) };
}

async function runScenario(browser, pageUrl, apiBase, inner) {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(countTimers);
  const devtools = await page.createCDPSession();
  await devtools.send('Network.enable');
  const sent = [];
  devtools.on('Network.requestWillBeSent', ({ request }) => {
    if (request.url.startsWith(apiBase) && request.method !== 'OPTIONS') sent.push(request.headers['X-Request-Id'] ?? request.headers['x-request-id']);
  });
  await page.goto(pageUrl);
  await page.waitForFunction(() => typeof window.cycle === 'function');
  // Warm-up: the widgets' code and words loaded, the API's CORS preflights cached, and the
  // removal's own path (aborts, their errors) compiled, so the baseline holds what stays anyway.
  await page.evaluate((base, html) => window.cycle(base, html, 3, 1000), apiBase, inner);
  await page.evaluate((base, html, ms) => window.cycle(base, html, 20, ms), apiBase, inner, MOUNTED_MS);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const baseline = await footprint(page, devtools);
  sent.length = 0;
  await page.evaluate((base, html, cycles, ms) => window.cycle(base, html, cycles, ms), apiBase, inner, CYCLES, MOUNTED_MS);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const after = await footprint(page, devtools);
  const sentAfterSecond = sent.length;
  // Whatever a removed widget still had pending (a retry after a timeout) shows up later.
  await new Promise((resolve) => setTimeout(resolve, 16_000));
  const retries = sent.length - new Set(sent).size;
  await page.close();
  return { baseline, after, requests: sentAfterSecond, lateRequests: sent.length - sentAfterSecond, retries };
}

export async function bench() {
  const code = await bundlePage(pageScript);
  const api = await startMockApi({ LATENCY: String(LATENCY_MS) });
  const site = await startPageServer(code);
  const browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
  const rows = [];
  try {
    for (const [name, inner] of Object.entries(SCENARIOS)) {
      const { baseline, after, requests, lateRequests, retries } = await runScenario(browser, site.url, api.url, inner);
      const row = (measure, ours, anchor, unit) => ({ measure: `unmount x${CYCLES}, ${name}: ${measure}`, ours, unit, anchor: { name: 'before the first mount', value: anchor }, target: 'back to baseline', met: ours <= anchor });
      rows.push(row('DOM nodes 1 s after', after.nodes, baseline.nodes, 'nodes'));
      rows.push(row('event listeners 1 s after', after.listeners, baseline.listeners, 'listeners'));
      // The heap is never byte-exact (JIT code, caches): within 10% counts as back.
      rows.push({ ...row('JS heap 1 s after', after.heapKB, baseline.heapKB, 'KB'), target: 'within 10% of baseline', met: after.heapKB <= baseline.heapKB * 1.1 });
      // What a leak would show: heap kept per mount, whatever the baseline's size.
      const keptPerMount = Math.max(0, Math.round(((after.heapKB - baseline.heapKB) * 1024) / CYCLES));
      rows.push({ measure: `unmount x${CYCLES}, ${name}: JS heap kept per mount`, ours: keptPerMount, unit: 'B', target: '< 1 KB (no widget kept)', met: keptPerMount < 1024 });
      rows.push(row('pending timers 1 s after', after.timers, baseline.timers, 'timers'));
      rows.push({ measure: `unmount x${CYCLES}, ${name}: requests sent`, ours: requests, unit: 'requests', target: 'no retry, none after removal', met: retries === 0 && lateRequests === 0 });
      rows.push({ measure: `unmount x${CYCLES}, ${name}: retries and later requests`, ours: retries + lateRequests, unit: 'requests', target: '0', met: retries + lateRequests === 0 });
    }
  } finally {
    await browser.close();
    site.stop();
    await api.stop();
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await bench();
  console.table(rows.map(({ measure, ours, unit, anchor, target, met }) => ({ measure, ours: `${ours} ${unit}`, anchor: anchor ? `${anchor.value} (${anchor.name})` : '', target, met })));
}
