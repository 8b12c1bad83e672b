// `node scripts/bench-pipeline.mjs`: how long <crm-pipeline> takes in headless Chromium to render
// the board for 200 and for 1,000 opportunities (from the last page of data in hand until the
// columns are rendered and laid out), and to show a dropped card in its new column (from the
// pointer's release until the card is in that column, laid out). Beside each figure, the floor: a
// bare lit-html rendering of the same cards (the same columns and first 50 cards of each, the
// closed columns collapsed), and of the same cards with the one moved, in the same run.
// Wall-clock times suffer when the machine is busy, so the main thread's CPU time for the same runs
// (Chrome's thread-time metrics) is printed too; that figure holds on a shared machine.
// The element comes from source, bundled with esbuild, so the figure is never stale. The client is
// an in-memory stand-in answering at once, so only the board is measured, not the network.
import puppeteer from 'puppeteer-core';
import { bundlePageWithChunks } from './bench-page.mjs';
import { chromeArgs, findChrome } from './find-chrome.mjs';

const SIZES = [200, 1000];
const RUNS = 15;

/** Runs in the page: the board, a stand-in client, the floor's bare lit-html board, and the runs. */
const pageScript = `
import '../packages/crm-elements/src/pipeline/crm-pipeline.ts';
import { html, render } from 'lit';

const STAGES = ['prospecting', 'qualification', 'proposal', 'negotiation', 'closed_won', 'closed_lost'];
const PROBABILITY = [10, 25, 50, 75, 100, 0];
const LIMIT = 50;
const day = (offset) => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);
const opportunity = (id) => ({
  id,
  title: 'Stress management course for Clinic ' + (id % 97),
  description: null,
  contact_id: (id % 120) + 1,
  contact_name: 'First' + id + ' Last' + id,
  value: 500 + ((id * 137) % 60_000),
  stage: STAGES[id % STAGES.length],
  probability: PROBABILITY[id % STAGES.length],
  expected_close_date: day(id % 400),
  created_at: '2025-06-01T10:00:00Z',
  updated_at: new Date(Date.UTC(2026, 0, 1 + (id % 200))).toISOString(),
});

/** Answers at once, in the contract's pages, and notes when the last answer left. */
class StandInClient extends EventTarget {
  answeredAt = 0;
  constructor(count) {
    super();
    this.records = Array.from({ length: count }, (_, index) => opportunity(index + 1));
    const list = async ({ page = 1, per_page = 25 } = {}) => {
      const data = this.records.slice((page - 1) * per_page, page * per_page);
      this.answeredAt = performance.now();
      return { data, total: this.records.length };
    };
    this.opportunities = {
      list,
      async *iterate(params) {
        for (let page = params.page; ; page += 1) {
          const { data, total } = await list({ ...params, page });
          yield* data;
          if (!data.length || page * params.per_page >= total) return;
        }
      },
      update: async (id, changes) => ({ ...this.records.find((record) => record.id === id), ...changes }),
    };
  }
}

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('en-US', { style: 'percent' });
const date = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });

/** The floor: the same columns and cards, in bare lit-html, no element, no controllers, no states. */
function floorTemplate(records) {
  const columns = STAGES.map((stage) => records.filter((record) => record.stage === stage));
  return html\`<div class="board">\${columns.map((cards, index) => {
    const closed = index > 3;
    const value = cards.reduce((sum, card) => sum + card.value, 0);
    const weighted = cards.reduce((sum, card) => sum + card.value * card.probability, 0) / 100;
    return html\`<section class="column"><h3>\${STAGES[index]}</h3><p>\${cards.length} opportunities</p>
      <dl><dt>Total</dt><dd>\${money.format(value)}</dd><dt>Weighted</dt><dd>\${money.format(weighted)}</dd></dl>
      \${closed ? '' : html\`<ul>\${cards.slice(0, LIMIT).map((card) => html\`<li data-id=\${card.id}><button>\${card.title}</button>
        <span>\${card.contact_name}</span><span>Closes \${date.format(new Date(card.expected_close_date + 'T00:00'))}</span>
        <div><dl><dd>\${money.format(card.value)}</dd><dd>\${percent.format(card.probability / 100)}</dd></dl><button>Move</button></div></li>\`)}</ul>\`}
    </section>\`;
  })}</div>\`;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const cardIn = (root, stage, id) => root.querySelector('[data-column="' + STAGES.indexOf(stage) + '"] [data-id="' + id + '"]');

/**
 * Data in hand → board rendered (script), then styled and laid out (reading offsetHeight forces
 * both). The stand-in answers in microtasks, so from its last page to the board's render nothing
 * else can slip in.
 */
async function boardRun(count) {
  const client = new StandInClient(count);
  const board = document.createElement('crm-pipeline');
  board.style.width = '1400px';
  board.client = client;
  document.body.append(board);
  const root = () => board.shadowRoot;
  while (!root()?.querySelector('.root[aria-busy="false"] [part="board"]')) await board.updateComplete;
  const script = performance.now() - client.answeredAt;
  root().querySelector('[part="board"]').offsetHeight;
  const total = performance.now() - client.answeredAt;
  await nextFrame();
  return { board, client, sample: { script, layout: total - script, total } };
}

async function floorRun(count) {
  const client = new StandInClient(count);
  const host = document.createElement('div');
  host.style.width = '1400px';
  document.body.append(host);
  const start = performance.now();
  render(floorTemplate(client.records), host);
  const script = performance.now() - start;
  host.offsetHeight;
  const total = performance.now() - start;
  await nextFrame();
  return { host, client, sample: { script, layout: total - script, total } };
}

/** Presses on a card, moves it over the target column as a mouse does, releases: time from release until the card is in that column, laid out. */
async function dropRun(board) {
  const root = board.shadowRoot;
  const card = root.querySelector('[data-column="0"] [part="card-title"]');
  const id = card.closest('[data-id]').dataset.id;
  const from = card.getBoundingClientRect();
  const to = root.querySelector('[data-column="1"] [part="column-header"]').getBoundingClientRect();
  const init = { bubbles: true, composed: true, pointerId: 5, pointerType: 'mouse', isPrimary: true, button: 0, buttons: 1 };
  const move = (x, y) => (root.elementFromPoint(x, y) ?? document.body).dispatchEvent(new PointerEvent('pointermove', { ...init, clientX: x, clientY: y }));
  card.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: from.left + 5, clientY: from.top + 5 }));
  // The mouse moves on until the card is picked up (the first time, once the drag's code is in).
  for (let frame = 1; !root.querySelector('[part="drag-image"]'); frame += 1) {
    if (frame > 300) throw new Error('The card was never picked up');
    move(from.left + 5 + frame, from.top + 5);
    await nextFrame();
  }
  move(to.left + 20, to.top + 10);
  await nextFrame();
  const target = root.elementFromPoint(to.left + 20, to.top + 10);
  const start = performance.now();
  target.dispatchEvent(new PointerEvent('pointerup', { ...init, buttons: 0, clientX: to.left + 20, clientY: to.top + 10 }));
  while (!cardIn(root, 'qualification', id)) await board.updateComplete;
  const script = performance.now() - start;
  root.querySelector('[part="board"]').offsetHeight;
  const total = performance.now() - start;
  await nextFrame();
  return { script, layout: total - script, total };
}

async function floorDropRun(host, records) {
  const moved = records.find((record) => record.stage === 'prospecting');
  const start = performance.now();
  render(floorTemplate(records.map((record) => (record === moved ? { ...record, stage: 'qualification' } : record))), host);
  const script = performance.now() - start;
  host.offsetHeight;
  const total = performance.now() - start;
  await nextFrame();
  return { script, layout: total - script, total };
}

window.benchBoard = async (count, runs) => {
  const render = [];
  const drop = [];
  for (let run = 0; run < runs; run += 1) {
    const { board, sample } = await boardRun(count);
    render.push(sample);
    drop.push(await dropRun(board));
    board.remove();
  }
  return { render, drop };
};

window.benchFloor = async (count, runs) => {
  const render = [];
  const drop = [];
  for (let run = 0; run < runs; run += 1) {
    const { host, client, sample } = await floorRun(count);
    render.push(sample);
    drop.push(await floorDropRun(host, client.records));
    host.remove();
  }
  return { render, drop };
};
`;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (share) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))];
  return `median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms`;
};

const files = await bundlePageWithChunks(pageScript);
const browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1440, height: 900 });
  // The page and its chunks from one origin, so the on-demand imports resolve.
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.slice(1);
    const file = files.find((candidate) => candidate.name === name);
    if (file) return request.respond({ status: 200, contentType: 'text/javascript', body: file.text });
    return request.respond({ status: 200, contentType: 'text/html', body: '<!doctype html><html lang="en"><body></body></html>' });
  });
  await page.goto('http://bench.test/');
  const entry = files.find(({ text }) => text.includes('benchBoard'));
  await page.addScriptTag({ url: `/${entry.name}`, type: 'module' });
  await page.waitForFunction(() => typeof window.benchBoard === 'function');
  const devtools = await page.createCDPSession();
  await devtools.send('Performance.enable', { timeDomain: 'threadTicks' });
  const cpu = async () => Object.fromEntries((await devtools.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value]));
  // One warm-up pass of each (JIT, style sharing, the drag's code loaded), then the measured runs.
  await page.evaluate((count) => window.benchBoard(count, 2), SIZES[0]);
  await page.evaluate((count) => window.benchFloor(count, 2), SIZES[0]);

  console.log(`<crm-pipeline>, ${RUNS} runs each; beside each figure, the floor: bare lit-html rendering the same cards in the same run.`);
  for (const count of SIZES) {
    const before = await cpu();
    const board = await page.evaluate((n, runs) => window.benchBoard(n, runs), count, RUNS);
    const middle = await cpu();
    const floor = await page.evaluate((n, runs) => window.benchFloor(n, runs), count, RUNS);
    const after = await cpu();
    // Per run: one board render and one drop (the board), one render and one re-render (the floor).
    const thread = (from, to) => (((to.TaskDuration - from.TaskDuration) * 1000) / RUNS).toFixed(1);
    const line = (label, samples, floors) =>
      console.log(`  ${label}: total ${stats(samples.map((s) => s.total))} (script ${median(samples.map((s) => s.script)).toFixed(1)}, style + layout ${median(samples.map((s) => s.layout)).toFixed(1)})` +
        ` | floor ${stats(floors.map((s) => s.total))}`);
    console.log(`${count} opportunities:`);
    line('board render (data in hand → columns laid out)', board.render, floor.render);
    line('drop → card shown in its new column, laid out', board.drop, floor.drop);
    console.log(`  main-thread CPU per run (thread time, load-independent): board render + drop ${thread(before, middle)} ms | floor render + re-render ${thread(middle, after)} ms`);
  }
} finally {
  await browser.close();
}
