// `node scripts/bench-elements.mjs`: how long <crm-leads-list> takes to render a page of 100 leads
// in headless Chromium: script, style and layout, from the moment the data arrives until the rows
// are laid out, for the first page and for a page change, plus any long task (> 50 ms) seen.
// Wall-clock times suffer when the machine is busy, so the main thread's CPU time for the same runs
// (Chrome's thread-time metrics) is printed too; that figure holds on a shared machine.
// The element comes from source, bundled with esbuild, so the figure is never stale. The client is
// an in-memory stand-in, so only rendering is measured, not the network or the mock.
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from './find-chrome.mjs';

const ROWS = 100;
const RUNS = 15;

/** Runs in the page: a stand-in client that answers instantly and notes when each answer left. */
const pageScript = `
import '../packages/crm-elements/src/leads-list/crm-leads-list.ts';

const statuses = ['new', 'contacted', 'qualified', 'unqualified', 'converted', 'lost'];
const sources = ['website', 'phone', 'referral', 'walk_in', 'social', 'email', 'other'];
const lead = (id) => ({
  id,
  first_name: 'First' + id,
  last_name: 'Last' + id,
  email: 'person' + id + '@example.test',
  phone: '+1 555 ' + String(id).padStart(7, '0'),
  company: 'Clinic ' + (id % 17),
  status: statuses[id % statuses.length],
  source: sources[id % sources.length],
  pipeline_id: 1,
  created_at: new Date(Date.UTC(2026, 0, 1 + (id % 300))).toISOString(),
});

class StandInClient extends EventTarget {
  answeredAt = 0;
  leads = {
    list: async ({ page = 1, per_page = 25 } = {}) => {
      const data = Array.from({ length: per_page }, (_, index) => lead((page - 1) * per_page + index + 1));
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

window.runBench = async (rows, runs) => {
  const longTasks = [];
  new PerformanceObserver((entries) => longTasks.push(...entries.getEntries().map((entry) => entry.duration)))
    .observe({ type: 'longtask', buffered: false });
  const first = [];
  const change = [];
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
    list.remove();
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
  return { first, change, longTasks };
};
`;

async function bundle() {
  const { outputFiles } = await build({
    stdin: { contents: pageScript, resolveDir: new URL('.', import.meta.url).pathname, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['@mindbrite/source'],
    tsconfig: 'tsconfig.json',
    minify: true,
    write: false,
  });
  return outputFiles[0].text;
}

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (share) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
  return `median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms, max ${sorted.at(-1).toFixed(1)} ms`;
};

const code = await bundle();
const browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.setContent('<!doctype html><html lang="en"><body></body></html>');
  await page.addScriptTag({ content: code, type: 'module' });
  await page.waitForFunction(() => typeof window.runBench === 'function');
  const devtools = await page.createCDPSession();
  await devtools.send('Performance.enable', { timeDomain: 'threadTicks' });
  const cpu = async () => Object.fromEntries((await devtools.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value]));
  // One warm-up pass (JIT, style sharing), then the measured runs.
  await page.evaluate((rows) => window.runBench(rows, 2), ROWS);
  const before = await cpu();
  const { first, change, longTasks } = await page.evaluate((rows, runs) => window.runBench(rows, runs), ROWS, RUNS);
  const after = await cpu();
  const perRender = (name) => (((after[name] - before[name]) * 1000) / (RUNS * 2)).toFixed(1);
  console.log(`<crm-leads-list>, ${ROWS} rows, ${RUNS} runs (data in hand → rows rendered and laid out):`);
  for (const [label, samples] of [['first page', first], ['page change', change]]) {
    console.log(`  ${label}: total ${stats(samples.map((sample) => sample.total))}`);
    console.log(`    render (script): ${stats(samples.map((sample) => sample.script))}`);
    console.log(`    style + layout:  ${stats(samples.map((sample) => sample.layout))}`);
  }
  console.log(
    `  main-thread CPU per render of ${ROWS} rows (thread time, load-independent): script ${perRender('ScriptDuration')} ms, ` +
      `style ${perRender('RecalcStyleDuration')} ms, layout ${perRender('LayoutDuration')} ms, all tasks ${perRender('TaskDuration')} ms`,
  );
  console.log(`  long tasks (> 50 ms) during the runs: ${longTasks.length}${longTasks.length ? ` (longest ${Math.max(...longTasks).toFixed(0)} ms)` : ''}`);
} finally {
  await browser.close();
}
