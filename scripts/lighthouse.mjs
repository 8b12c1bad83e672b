// `npm run lighthouse` (issue 17): Lighthouse, from npm, against the demo (`npm start`'s page, the
// mock CRM in the page) and against a plain host page (a provider, the dashboard, the leads list
// and a lead form from the single-file bundle, over the mock CRM as a real HTTP API, with the
// host's own content below them). The plain page loads the bundle as the README's "With a script
// tag" says first, the classic script `crm-elements.global.js` in the head; and as the ES module,
// with the CSS of the README's "No layout shift" that sizes the tags until they are defined, and
// for comparison without it, and `blocking="render"`. Each with the mobile and the desktop preset. Prints performance,
// CLS, FCP, LCP and the bytes transferred beside the targets, each the median of the runs
// (Lighthouse's figures vary widely from one run to the next here), and writes them to
// .bench/lighthouse.json. `npm run lighthouse -- --runs 5` sets the runs (default 3).
// A benchmark, not a test: it needs the build (`npm run build`).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import lighthouse, { desktopConfig } from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { startDemoServer } from './demo-server.mjs';
import { chromeArgs, findChrome } from './find-chrome.mjs';
import { startMockApi } from './mock-api-process.mjs';

const root = new URL('..', import.meta.url).pathname;
/** The targets: CLS everywhere; mobile performance per page. */
const TARGETS = {
  cls: 0.02,
  mobilePerformance: {
    demo: 0.9,
    'plain host page': 0.95,
    'plain host page, module and the README CSS': 0.95,
    'plain host page, module script': 0.95,
    'plain host page, module blocking=render': 0.95,
  },
};
const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 3;
if (!(Number.isInteger(RUNS) && RUNS >= 1)) throw new Error('--runs takes a whole number of at least 1');
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

for (const built of ['demo/dist/demo.js', 'packages/crm-elements/dist/crm-elements.bundle.js', 'packages/crm-elements/dist/crm-elements.global.js', 'packages/crm-mocks/dist/index.js']) {
  if (!existsSync(`${root}${built}`)) throw new Error(`${built} is missing: run \`npm run build\` first`);
}

/** The README's CSS that gives the tags their space until a module script defines them. */
const readme = readFileSync(`${root}README.md`, 'utf8');
const reservedSpace = /### No layout shift[\s\S]*?^```css\n([\s\S]*?)^```$/m.exec(readme)?.[1];
if (!reservedSpace) throw new Error("the README's \"No layout shift\" has no CSS snippet");

/** How the plain page loads the widgets' script. */
const scripts = {
  reserved: `<script type="module" src="/crm-elements.bundle.js"></script>\n  <style>${reservedSpace}</style>`,
  module: '<script type="module" src="/crm-elements.bundle.js"></script>',
  blocking: '<script type="module" blocking="render" src="/crm-elements.bundle.js"></script>',
  classic: '<script src="/crm-elements.global.js"></script>',
};

/** A host page as an EMR would write it: its header, the widgets, and its own content below them. */
const plainPage = (apiBase, script) => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Clinic EMR</title>
  ${scripts[script]}
  <style>body { margin: 0; font: 16px/1.5 system-ui, sans-serif; } main { padding: 1rem; display: grid; gap: 1rem; }</style>
</head>
<body>
  <header style="padding: 1rem; background: #1d4ed8; color: white"><h1 style="margin: 0; font-size: 1.25rem">Clinic EMR</h1></header>
  <main>
    <crm-provider api-base="${apiBase}">
      <crm-dashboard></crm-dashboard>
      <crm-leads-list></crm-leads-list>
      <crm-lead-form></crm-lead-form>
    </crm-provider>
    <section><h2>Today's appointments</h2><p>The host's own content, below the widgets: it must not move when they load.</p></section>
  </main>
</body>
</html>`;

async function audit(port, url, preset) {
  const flags = { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] };
  const { lhr } = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
  const value = (id) => lhr.audits[id]?.numericValue;
  return {
    performance: lhr.categories.performance.score,
    cls: value('cumulative-layout-shift'),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    bytes: value('total-byte-weight'),
    ...(lhr.runtimeError ? { error: lhr.runtimeError.message } : {}),
  };
}

const api = await startMockApi();
const apiBase = api.url.replace(/\/$/, '');
const server = await startDemoServer({ port: 0, pages: Object.fromEntries(Object.keys(scripts).map((script) => [`/plain-${script}.html`, plainPage(apiBase, script)])) });
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: [...chromeArgs, '--remote-debugging-port=0'] });
const rows = [];
try {
  const port = Number(new URL(browser.wsEndpoint()).port);
  const pages = [
    ['demo', '/'],
    ['plain host page', '/plain-classic.html'],
    ['plain host page, module and the README CSS', '/plain-reserved.html'],
    ['plain host page, module script', '/plain-module.html'],
    ['plain host page, module blocking=render', '/plain-blocking.html'],
  ];
  for (const [page, path] of pages) {
    for (const preset of ['mobile', 'desktop']) {
      const results = [];
      for (let run = 0; run < RUNS; run++) results.push(await audit(port, new URL(path, server.url).href, preset));
      const failed = results.find(({ error }) => error);
      const result = Object.fromEntries(['performance', 'cls', 'fcp', 'lcp', 'bytes'].map((key) => [key, median(results.map((each) => each[key]))]));
      const performanceTarget = preset === 'mobile' ? TARGETS.mobilePerformance[page] : undefined;
      rows.push({
        page,
        preset,
        performance: result.performance,
        'performance target': performanceTarget ? `>= ${performanceTarget} ${result.performance >= performanceTarget ? 'met' : 'MISSED'}` : '',
        CLS: Math.round(result.cls * 1000) / 1000,
        'CLS target': `<= ${TARGETS.cls} ${result.cls <= TARGETS.cls ? 'met' : 'MISSED'}`,
        FCP: `${(result.fcp / 1000).toFixed(1)} s`,
        LCP: `${(result.lcp / 1000).toFixed(1)} s`,
        transferred: `${Math.round(result.bytes / 1024)} KiB`,
        ...(failed ? { error: failed.error } : {}),
      });
    }
  }
} finally {
  await browser.close();
  server.server.close();
  await api.stop();
}
console.log(`Medians of ${RUNS} runs each.`);
console.table(rows);
mkdirSync(`${root}.bench`, { recursive: true });
writeFileSync(`${root}.bench/lighthouse.json`, `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, rows }, null, 2)}\n`);
console.log('Written to .bench/lighthouse.json.');
