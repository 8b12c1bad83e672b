// Part `scroll` of `npm run bench` (or `node scripts/bench-scroll.mjs`): <crm-leads-list mode="scroll">
// in headless Chromium with 1,000 and 10,000 leads, beside @lit-labs/virtualizer rendering the same
// lead rows from memory in a scroller of the same height (600 px), measured the same way in the
// same page, ours and the virtualizer in turn within each run:
// - connected → painted: from appending the element (its client set) until its first row exists
//   and is laid out (reading offsetHeight forces style and layout), wall clock and the main
//   thread's CPU time (Chrome's thread-time metric, which holds on a busy machine); target <= 2×;
// - DOM elements in the element's shadow root once the rows are in, at 1,000 and at 10,000 leads:
//   the target is a count independent of the number of leads (equal within ±5 %);
// - a walk from the top to the end of 10,000 rows in 40 steps, then a jump to the very end, until
//   the last row is loaded: the longest long task the page saw (wall time, which a busy machine
//   lengthens) and the longest task's main-thread CPU time (from a Chrome trace; holds on a busy
//   machine), each the median of the runs' longest; target for both: none over 50 ms.
// The element comes from source, bundled with esbuild, so the figure is never stale. Its client is
// an in-memory stand-in that answers any page at once, so only rendering is measured. After each
// scrollTop set, a `scroll` event is dispatched too: a page that is not in front may get none.
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { bundlePage } from './bench-page.mjs';
import { chromeArgs, findChrome } from './find-chrome.mjs';

const SIZES = [1_000, 10_000];
const PAGE_SIZE = 100;
const STEPS = 40;
const RUNS = 5;
const ANCHOR = '@lit-labs/virtualizer';

/** Runs in the page: the stand-in client, our element and the anchor, each mounted, settled, walked and removed. */
const pageScript = `
import '../packages/crm-elements/src/leads-list/crm-leads-list.ts';
import { html, render } from 'lit';
import { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import { lead } from './bench-leads.mjs';

const PAGE_SIZE = ${PAGE_SIZE};
const STEPS = ${STEPS};
// Every lead made once, before any measure: ours gets them page by page, the anchor all at once.
const leadsOf = new Map();
const allLeads = (total) => {
  if (!leadsOf.has(total)) leadsOf.set(total, Array.from({ length: total }, (_, index) => lead(index + 1)));
  return leadsOf.get(total);
};

/** Answers any page of \`total\` leads at once. */
class StandInClient extends EventTarget {
  constructor(total) {
    super();
    this.total = total;
    this.pages = [];
  }
  leads = {
    list: async ({ page = 1, per_page = 25 } = {}) => {
      this.pages.push(page);
      const start = (page - 1) * per_page;
      return { data: allLeads(this.total).slice(start, Math.max(start, Math.min(start + per_page, this.total))), total: this.total };
    },
  };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The first \`find()\` result under \`root\`, checked after each change there (a MutationObserver's
 * callback is a microtask, so the time is the change's), or an error saying what was not seen.
 */
const until = (root, find, what, ms = 10_000) =>
  new Promise((resolve, reject) => {
    const now = find();
    if (now) return resolve(now);
    const observer = new MutationObserver(() => {
      const found = find();
      if (!found) return;
      stop();
      resolve(found);
    });
    const timer = setTimeout(() => {
      stop();
      reject(new Error(what + ' within ' + ms / 1000 + ' s'));
    }, ms);
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
    };
    observer.observe(root, { childList: true, subtree: true, attributes: true });
  });

/** Two frames and a little more (or 200 ms where frames do not come: a page not in front). */
const settle = () =>
  new Promise((resolve) => {
    const done = () => setTimeout(resolve, 16);
    const timer = setTimeout(done, 200);
    requestAnimationFrame(() => requestAnimationFrame(() => {
      clearTimeout(timer);
      done();
    }));
  });

/** Every element under \`root\`, inside the shadow roots within it too. */
const elementsIn = (root) => {
  let count = 0;
  for (const element of root.querySelectorAll('*')) {
    count += 1;
    if (element.shadowRoot) count += elementsIn(element.shadowRoot);
  }
  return count;
};

/** Long tasks that started after \`since\` (the buffer holds the earlier ones too). */
const longTasksSince = async (since) => {
  // Entries reach observers a little after the task.
  await sleep(100);
  return new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      observer.disconnect();
      resolve(list.getEntries().filter((entry) => entry.startTime >= since).map((entry) => entry.duration));
    });
    observer.observe({ type: 'longtask', buffered: true });
    // No entry at all: the observer is never called.
    setTimeout(() => {
      observer.disconnect();
      resolve([]);
    }, 100);
  });
};

// ── Ours ──
let ours;
const oursRoot = () => ours.list.shadowRoot;

window.mountOurs = async (total) => {
  const client = new StandInClient(total);
  const list = document.createElement('crm-leads-list');
  list.setAttribute('mode', 'scroll');
  list.setAttribute('page-size', String(PAGE_SIZE));
  list.style.setProperty('--crm-leads-list-height', '600px');
  list.style.width = '1200px';
  list.client = client;
  ours = { list, client, total };
  const start = performance.now();
  document.body.append(list);
  if (!list.shadowRoot) throw new Error('<crm-leads-list> has no shadow root once connected');
  const row = await until(list.shadowRoot, () => list.shadowRoot.querySelector('tbody tr[data-id]'), 'no tbody tr[data-id] in <crm-leads-list mode="scroll">');
  const height = row.offsetHeight;
  const wall = performance.now() - start;
  return { wall, height, pages: [...client.pages] };
};

window.settleOurs = async () => {
  await ours.list.updateComplete;
  await settle();
  await ours.list.updateComplete;
  const root = oursRoot();
  const wrap = root.querySelector('.table-wrap');
  const first = root.querySelector('tbody tr[data-id]');
  const problems = [];
  if (!wrap) problems.push('no .table-wrap in its shadow root');
  else if (ours.total > PAGE_SIZE && wrap.scrollHeight <= wrap.clientHeight + 1)
    problems.push('its .table-wrap does not scroll (scrollHeight ' + wrap.scrollHeight + ', clientHeight ' + wrap.clientHeight + ')');
  if (first?.getAttribute('aria-rowindex') !== '2')
    problems.push('its first tbody tr[data-id] has aria-rowindex ' + JSON.stringify(first?.getAttribute('aria-rowindex') ?? null) + ', not "2"');
  if (problems.length) throw new Error('<crm-leads-list mode="scroll"> with ' + ours.total + ' leads: ' + problems.join('; ') + ' (is scroll mode in?)');
  return {
    elements: elementsIn(root),
    rows: root.querySelectorAll('tbody tr[data-id]').length,
    placeholders: root.querySelectorAll('tbody tr.placeholder').length,
    spacers: root.querySelectorAll('tbody tr.spacer').length,
  };
};

window.walkOurs = async () => {
  const { list, total } = ours;
  const root = oursRoot();
  const wrap = root.querySelector('.table-wrap');
  console.timeStamp('bench-walk-start');
  const since = performance.now();
  for (let step = 1; step <= STEPS; step++) {
    wrap.scrollTop = ((wrap.scrollHeight - wrap.clientHeight) * step) / STEPS;
    wrap.dispatchEvent(new Event('scroll'));
    await list.updateComplete;
    await sleep(16);
  }
  wrap.scrollTop = wrap.scrollHeight;
  wrap.dispatchEvent(new Event('scroll'));
  const last = 'tbody tr[aria-rowindex="' + (total + 1) + '"][data-id]';
  await until(root, () => root.querySelector(last), 'no ' + last + ' (the last lead, loaded) after scrolling <crm-leads-list mode="scroll"> to its end');
  const wall = performance.now() - since;
  console.timeStamp('bench-walk-end');
  return { wall, longTasks: await longTasksSince(since), pages: ours.client.pages.length };
};

window.unmountOurs = async () => {
  ours?.list.remove();
  ours = undefined;
  await settle();
};

// ── The anchor: @lit-labs/virtualizer, the same cells from memory in a 600 px scroller ──
const dates = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
const anchorStyles = html\`<style>
  :host { display: block; inline-size: 1200px; font: 14px system-ui, sans-serif; }
  .scroller { block-size: 600px; }
  .row { display: grid; grid-template-columns: 2fr 3fr 2fr 2fr 1.5fr 1.5fr 2fr; align-items: center; inline-size: 100%; min-block-size: 2.75rem; border-block-end: 1px solid #ddd; }
  .row > span { padding-inline: 0.5rem; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
</style>\`;
const anchorRow = (record, index) => html\`<div class="row" role="row" data-id=\${record.id} data-index=\${index}><span>\${record.first_name} \${record.last_name}</span><span>\${record.email}</span><span>\${record.phone}</span><span>\${record.company}</span><span>\${record.status}</span><span>\${record.source}</span><span>\${dates.format(new Date(record.created_at))}</span></div>\`;
let anchor;

window.mountAnchor = async (total) => {
  const items = allLeads(total);
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  anchor = { host, root, total };
  const start = performance.now();
  document.body.append(host);
  render(html\`\${anchorStyles}<div class="scroller">\${virtualize({ items, renderItem: anchorRow, keyFunction: (record) => record.id, scroller: true })}</div>\`, root);
  const row = await until(root, () => root.querySelector('.row[data-id]'), 'no row of ${ANCHOR}');
  const height = row.offsetHeight;
  const wall = performance.now() - start;
  return { wall, height };
};

const layoutComplete = () => Promise.race([anchor.root.querySelector('.scroller')[virtualizerRef].layoutComplete, sleep(200)]);

window.settleAnchor = async () => {
  await layoutComplete();
  await settle();
  return { elements: elementsIn(anchor.root), rows: anchor.root.querySelectorAll('.row[data-id]').length };
};

window.walkAnchor = async () => {
  const { root, total } = anchor;
  const scroller = root.querySelector('.scroller');
  console.timeStamp('bench-walk-start');
  const since = performance.now();
  for (let step = 1; step <= STEPS; step++) {
    scroller.scrollTop = ((scroller.scrollHeight - scroller.clientHeight) * step) / STEPS;
    scroller.dispatchEvent(new Event('scroll'));
    // The virtualizer updates in a microtask after the scroll event.
    await Promise.resolve();
    await sleep(16);
  }
  scroller.scrollTop = scroller.scrollHeight;
  scroller.dispatchEvent(new Event('scroll'));
  const last = '.row[data-index="' + (total - 1) + '"]';
  await until(root, () => root.querySelector(last), 'no ' + last + ' (the last lead) after scrolling ${ANCHOR} to its end');
  const wall = performance.now() - since;
  console.timeStamp('bench-walk-end');
  return { wall, longTasks: await longTasksSince(since) };
};

window.unmountAnchor = async () => {
  anchor?.host.remove();
  anchor = undefined;
  await settle();
};

window.benchReady = true;
`;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (value) => Math.round(value * 100) / 100;
const count = (value) => value.toLocaleString('en-US');

/** Ours and the virtualizer, in turn within each run, in one page; medians of `runs`. */
export async function bench({ runs = RUNS } = {}) {
  const code = await bundlePage(pageScript);
  const browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
  try {
    const page = await browser.newPage();
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(String(error?.message ?? error)));
    page.on('console', (message) => message.type() === 'error' && pageErrors.push(message.text()));
    await page.setViewport({ width: 1280, height: 800 });
    await page.setContent('<!doctype html><html lang="en"><body></body></html>');
    await page.addScriptTag({ content: code, type: 'module' });
    await page.waitForFunction(() => window.benchReady === true);
    await page.bringToFront();
    const devtools = await page.createCDPSession();
    await devtools.send('Performance.enable', { timeDomain: 'threadTicks' });
    const taskSeconds = async () => (await devtools.send('Performance.getMetrics')).metrics.find(({ name }) => name === 'TaskDuration').value;
    /** `call` in the page, with the main thread's CPU time it took (ms). */
    const timed = async (call, ...args) => {
      const before = await taskSeconds();
      const result = await page.evaluate(call, ...args);
      return { ...result, cpu: ((await taskSeconds()) - before) * 1000 };
    };

    /**
     * `call` (a walk) traced: with its main-thread CPU time and the longest task's CPU time
     * (`taskCpu`), from the tasks between its two time stamps.
     */
    const traced = async (call) => {
      await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
      let result;
      let trace;
      try {
        result = await timed(call);
      } finally {
        trace = await page.tracing.stop();
      }
      const parsed = JSON.parse(new TextDecoder().decode(trace));
      const events = parsed.traceEvents ?? parsed;
      const stamp = (message) => events.find((event) => event.name === 'TimeStamp' && event.args?.data?.message === message);
      const [start, end] = [stamp('bench-walk-start'), stamp('bench-walk-end')];
      if (!start || !end) throw new Error('the trace of the walk has not its time stamps');
      const tasks = events.filter(
        (event) => event.name === 'RunTask' && event.pid === start.pid && event.tid === start.tid && event.ts + (event.dur ?? 0) >= start.ts && event.ts <= end.ts,
      );
      return { ...result, taskCpu: Math.max(0, ...tasks.map((task) => (task.tdur ?? task.dur ?? 0) / 1000)) };
    };

    const sides = {
      ours: {
        mount: (total) => timed((n) => window.mountOurs(n), total),
        settle: () => page.evaluate(() => window.settleOurs()),
        walk: () => traced(() => window.walkOurs()),
        unmount: () => page.evaluate(() => window.unmountOurs()),
      },
      anchor: {
        mount: (total) => timed((n) => window.mountAnchor(n), total),
        settle: () => page.evaluate(() => window.settleAnchor()),
        walk: () => traced(() => window.walkAnchor()),
        unmount: () => page.evaluate(() => window.unmountAnchor()),
      },
    };
    const samples = {};
    for (const side of Object.keys(sides)) samples[side] = { paint: Object.fromEntries(SIZES.map((total) => [total, []])), elements: {}, walks: [] };
    let oursError;

    /** One run of a side: each size mounted, settled and counted; the largest walked to its end. */
    const runSide = async (side, record) => {
      const { mount, settle, walk, unmount } = sides[side];
      try {
        for (const total of SIZES) {
          const painted = await mount(total);
          const settled = await settle();
          if (record) {
            samples[side].paint[total].push(painted);
            samples[side].elements[total] = settled;
          }
          if (total === SIZES.at(-1)) {
            const walked = await walk();
            if (record) samples[side].walks.push(walked);
          }
          await unmount();
        }
      } catch (error) {
        await unmount().catch(() => {});
        const seen = pageErrors.length ? ` (errors in the page: ${pageErrors.join(' | ')})` : '';
        pageErrors.length = 0;
        const failure = new Error(`${error?.message ?? error}${seen}`.replace(/^Error: /, ''));
        if (side === 'anchor') throw failure;
        oursError ??= failure;
      }
    };

    // A warm-up run of each (JIT, style sharing), then the measured runs, ours first in one run and
    // the virtualizer first in the next. Once ours fails, only the anchor runs on.
    for (let run = -1; run < runs; run++) {
      const order = run % 2 === 0 ? ['ours', 'anchor'] : ['anchor', 'ours'];
      for (const side of order) if (side === 'anchor' || !oursError) await runSide(side, run >= 0);
    }

    const [few, many] = SIZES;
    const paint = (side, total, key) => median(samples[side].paint[total].map((sample) => sample[key]));
    const elements = (side, total) => samples[side].elements[total].elements;
    const walks = (side, pick) => samples[side].walks.map(pick);
    // Long tasks as the page saw them are wall time, which a busy machine lengthens; the longest
    // task's main-thread CPU time (from a trace) holds on a busy machine. Each run's longest, median
    // of the runs (a major GC now and then makes one run's longest task, whoever left the garbage).
    const longTask = (side) => median(walks(side, ({ longTasks }) => Math.max(0, ...longTasks)));
    const longestTaskCpu = (side) => median(walks(side, ({ taskCpu }) => taskCpu));
    const walkCpu = (side) => median(walks(side, ({ cpu }) => cpu));
    const twice = { target: '<= 2x the virtualizer', met: (ours, anchor) => ours / anchor <= 2 };
    const walk = `scroll to the end of ${count(many)} rows (${STEPS} steps, then a jump to the end)`;
    const figures = [
      ...SIZES.flatMap((total) => [
        { measure: `${count(total)} leads, connected → first row laid out, wall`, unit: 'ms', value: (side) => paint(side, total, 'wall'), ...twice },
        { measure: `${count(total)} leads, connected → first row laid out, main-thread CPU`, unit: 'ms', value: (side) => paint(side, total, 'cpu'), ...twice },
      ]),
      { measure: `DOM elements in the shadow root after paint, ${count(few)} leads`, unit: 'elements', value: (side) => elements(side, few) },
      {
        measure: `DOM elements in the shadow root after paint, ${count(many)} leads`, unit: 'elements', value: (side) => elements(side, many),
        target: `independent of the row count (±5 % of the count at ${count(few)})`, met: (ours) => Math.abs(ours - elements('ours', few)) <= elements('ours', few) * 0.05,
      },
      { measure: `${walk}: longest long task (median of runs)`, unit: 'ms', value: longTask, target: 'none over 50 ms', met: (ours) => ours < 50 },
      { measure: `${walk}: longest task, main-thread CPU (median of runs)`, unit: 'ms', value: longestTaskCpu, target: 'none over 50 ms', met: (ours) => ours < 50 },
      { measure: `${walk}: main-thread CPU`, unit: 'ms', value: walkCpu },
    ];

    if (oursError) {
      console.log(`Only the anchor (${ANCHOR}) ran; medians of ${runs} runs:`);
      console.table(figures.map(({ measure, unit, value }) => ({ measure, anchor: round(value('anchor')), unit })));
      throw new Error(`<crm-leads-list mode="scroll"> could not be measured: ${oursError.message}`);
    }
    return figures.map(({ measure, unit, value, target, met }) => {
      const ours = value('ours');
      const anchor = value('anchor');
      return {
        measure, ours: round(ours), unit, anchor: { name: ANCHOR, value: round(anchor) },
        ...(anchor > 0 ? { ratio: round(ours / anchor) } : {}),
        ...(target ? { target, met: met(ours, anchor) } : {}),
      };
    });
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) console.table(await bench());
