// Part `lists` of `npm run bench` (or `node scripts/bench-elements.mjs`): how long <crm-leads-list>
// takes to render a page of 100 leads in headless Chromium, from the moment the data arrives until
// the rows are laid out, for the first page, a page change and a sort, beside the floor measured in
// the same page: bare lit-html rendering the same cells in a <table>, rows keyed by id (`repeat`)
// and not; plus DOM nodes per row and any long task (> 50 ms) seen.
// Wall-clock times suffer when the machine is busy, so the main thread's CPU time for the same runs
// (Chrome's thread-time metrics) is printed too; that figure holds on a shared machine.
// The element comes from source, bundled with esbuild, so the figure is never stale. The client is
// an in-memory stand-in, so only rendering is measured, not the network or the mock.
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { bundlePage } from './bench-page.mjs';
import { chromeArgs, findChrome } from './find-chrome.mjs';

const ROWS = 100;
const RUNS = 7;

/** Runs in the page: a stand-in client that answers instantly and notes when each answer left. */
const pageScript = `
import '../packages/crm-elements/src/leads-list/crm-leads-list.ts';
import { html, render } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { lead } from './bench-leads.mjs';


class StandInClient extends EventTarget {
  answeredAt = 0;
  leads = {
    list: async ({ page = 1, per_page = 25, order } = {}) => {
      const data = Array.from({ length: per_page }, (_, index) => lead((page - 1) * per_page + index + 1));
      // The default order is the natural one; the other order is the sort click's answer.
      if (order === 'asc') data.reverse();
      this.answeredAt = performance.now();
      return { data, total: 10_000 };
    },
  };
}

const rowsOf = (list) => list.shadowRoot?.querySelectorAll('tbody tr').length ?? 0;
const firstId = (list) => list.shadowRoot?.querySelector('tbody tr')?.dataset.id;

/**
 * Data arrived → rows rendered (script), then styled and laid out (reading offsetHeight forces
 * both). Everything between runs in microtasks, so the browser cannot slip other work in.
 */
async function measure(list, client, done) {
  while (!done()) await list.updateComplete;
  const script = performance.now() - client.answeredAt;
  list.shadowRoot.querySelector('table').offsetHeight;
  const total = performance.now() - client.answeredAt;
  // Let the frame paint before the next run starts.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  return { script, layout: total - script, total };
}

/** Every node under \`root\` (elements, text, comments: what the browser keeps per row). */
const nodesIn = (root) => {
  let count = 0;
  for (const walker = document.createTreeWalker(root); walker.nextNode(); ) count += 1;
  return count;
};

/** The floor: the same cells in a bare table, rows keyed by id or not; script time of one render. */
const cells = (record) => html\`<td>\${record.first_name} \${record.last_name}</td><td>\${record.email}</td><td>\${record.phone}</td><td>\${record.company}</td><td>\${record.status}</td><td>\${record.source}</td><td>\${record.created_at}</td>\`;
const floorTable = (records, keyed) => html\`<table><tbody>\${keyed ? repeat(records, (record) => record.id, (record) => html\`<tr>\${cells(record)}</tr>\`) : records.map((record) => html\`<tr>\${cells(record)}</tr>\`)}</tbody></table>\`;
window.runFloor = (rows, runs, keyed) => {
  const times = { change: [], sort: [] };
  for (let run = 0; run < runs; run++) {
    const host = document.createElement('div');
    document.body.append(host);
    const page1 = Array.from({ length: rows }, (_, index) => lead(index + 1));
    render(floorTable(page1, keyed), host);
    host.offsetHeight;
    let start = performance.now();
    render(floorTable(Array.from({ length: rows }, (_, index) => lead(rows + index + 1)), keyed), host);
    times.change.push(performance.now() - start);
    render(floorTable(page1, keyed), host);
    host.offsetHeight;
    start = performance.now();
    render(floorTable([...page1].reverse(), keyed), host);
    times.sort.push(performance.now() - start);
    host.offsetHeight;
    times.nodesPerRow = nodesIn(host.querySelector('tbody')) / rows;
    host.remove();
  }
  return times;
};

window.runBench = async (rows, runs) => {
  const longTasks = [];
  new PerformanceObserver((entries) => longTasks.push(...entries.getEntries().map((entry) => entry.duration)))
    .observe({ type: 'longtask', buffered: false });
  const first = [];
  const change = [];
  const sort = [];
  let nodesPerRow;
  for (let run = 0; run < runs; run++) {
    const client = new StandInClient();
    const list = document.createElement('crm-leads-list');
    list.setAttribute('page-size', String(rows));
    list.style.width = '1200px';
    list.client = client;
    document.body.append(list);
    first.push(await measure(list, client, () => rowsOf(list) === rows));
    list.page = 2;
    change.push(await measure(list, client, () => firstId(list) === String(rows + 1)));
    list.page = 1;
    while (firstId(list) !== '1') await list.updateComplete;
    list.order = 'asc';
    sort.push(await measure(list, client, () => firstId(list) === String(rows)));
    nodesPerRow = nodesIn(list.shadowRoot.querySelector('tbody')) / rows;
    list.remove();
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
  return { first, change, sort, nodesPerRow, longTasks };
};
`;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (value) => Math.round(value * 100) / 100;

/** Ours and the floor, interleaved run by run in one page; medians of `runs`. */
export async function bench({ runs = RUNS } = {}) {
  const code = await bundlePage(pageScript);
  const browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.setContent('<!doctype html><html lang="en"><body></body></html>');
    await page.addScriptTag({ content: code, type: 'module' });
    await page.waitForFunction(() => typeof window.runBench === 'function');
    // One warm-up pass of each (JIT, style sharing), then the measured runs, one of each at a time.
    await page.evaluate((rows) => window.runBench(rows, 2), ROWS);
    await page.evaluate((rows) => [window.runFloor(rows, 2, true), window.runFloor(rows, 2, false)], ROWS);
    const ours = { first: [], change: [], sort: [], longTasks: [] };
    const keyed = { change: [], sort: [] };
    const plain = { change: [], sort: [] };
    let nodes;
    for (let run = 0; run < runs; run++) {
      const result = await page.evaluate((rows) => window.runBench(rows, 1), ROWS);
      for (const key of ['first', 'change', 'sort', 'longTasks']) ours[key].push(...result[key]);
      nodes = { ours: result.nodesPerRow };
      const [keyedRun, plainRun] = await page.evaluate((rows) => [window.runFloor(rows, 1, true), window.runFloor(rows, 1, false)], ROWS);
      for (const key of ['change', 'sort']) {
        keyed[key].push(...keyedRun[key]);
        plain[key].push(...plainRun[key]);
      }
      nodes.floor = keyedRun.nodesPerRow;
    }
    const script = (samples) => median(samples.map((sample) => sample.script));
    const row = (measure, value, anchor, anchorName, target, limit) => ({
      measure, ours: round(value), unit: 'ms', anchor: { name: anchorName, value: round(anchor) }, ratio: round(value / anchor),
      ...(target ? { target, met: value / anchor <= limit } : {}),
    });
    return [
      { measure: `first page of ${ROWS} rows, data in hand → laid out`, ours: round(median(ours.first.map(({ total }) => total))), unit: 'ms' },
      row(`page change, ${ROWS} rows, script`, script(ours.change), median(keyed.change), 'keyed floor (lit-html table, repeat by id)', '<= 1.3x keyed floor', 1.3),
      row(`page change, ${ROWS} rows, script (against the plain floor)`, script(ours.change), median(plain.change), 'plain floor (no keys)'),
      row(`sort, ${ROWS} rows, script`, script(ours.sort), median(keyed.sort), 'keyed floor (lit-html table, repeat by id)', '<= 1.3x keyed floor', 1.3),
      row(`sort, ${ROWS} rows, script (against the plain floor)`, script(ours.sort), median(plain.sort), 'plain floor (no keys)'),
      { measure: 'DOM nodes per row', ours: round(nodes.ours), unit: 'nodes', anchor: { name: 'floor', value: round(nodes.floor) }, ratio: round(nodes.ours / nodes.floor) },
      { measure: 'long tasks (> 50 ms) during the runs', ours: ours.longTasks.length, unit: 'tasks', target: '0', met: ours.longTasks.length === 0 },
    ];
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) console.table(await bench());
