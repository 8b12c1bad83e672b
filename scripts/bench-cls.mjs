// Part `cls` of `npm run bench` (or `node scripts/bench-cls.mjs`), issue 17: the layout shift each
// element causes in a plain host page, the single-file bundle loaded from the head, with the
// host's content below the element (longer than the window, as a real page's), against the mock
// CRM over HTTP answering after 500 ms, at a phone width (412 px) and a desktop width (1280 px). The sum of the page's
// `layout-shift` entries (PerformanceObserver; none follows input) until 1.5 s after the network is
// idle, median of the runs; split into the shifts up to the element's definition plus a frame
// (it takes its size when its code arrives) and those after (its data arriving). Each three ways: a
// module script; the same with `blocking="render"` (Chromium's way to paint nothing before the
// widgets are defined); and the classic script `crm-elements.global.js`, which is defined before the
// page's first paint in any browser. 5 runs of each take ~20 min. Target: ≤ 0.02.
// Needs the build (`npm run build`).
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { startDemoServer } from './demo-server.mjs';
import { chromeArgs, findChrome } from './find-chrome.mjs';
import { startMockApi } from './mock-api-process.mjs';

const RUNS = 5;
const LATENCY_MS = 500;
const TARGET = 0.02;
const WIDTHS = [412, 1280];
/** Each element that loads data, with what it needs to (a form edits a record, as it loads one). */
const ELEMENTS = {
  'crm-dashboard': '',
  'crm-leads-list': '',
  'crm-contacts-list': '',
  'crm-pipeline': '',
  'crm-forecast': '',
  'crm-follow-ups': '',
  'crm-activity-timeline': 'contact-id="1"',
  'crm-lead-form': 'lead-id="1"',
  'crm-contact-form': 'contact-id="1"',
  'crm-opportunity-form': 'opportunity-id="1"',
  'crm-follow-up-form': 'follow-up-id="1"',
};

/** How the page loads the widgets' script. */
const SCRIPTS = {
  module: '<script type="module" src="/crm-elements.bundle.js"></script>',
  'module, blocking=render': '<script type="module" blocking="render" src="/crm-elements.bundle.js"></script>',
  classic: '<script src="/crm-elements.global.js"></script>',
};

const hostPage = (tag, attributes, apiBase, script) => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Host page</title>
  <script>
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) shifts.push({ at: entry.startTime, value: entry.value });
    }).observe({ type: 'layout-shift', buffered: true });
    customElements.whenDefined('${tag}').then(() => requestAnimationFrame(() => (window.definedAt = performance.now())));
  </script>
  ${SCRIPTS[script]}
</head>
<body style="margin: 0; font: 16px/1.5 system-ui, sans-serif">
  <h1 style="margin: 1rem">The host's heading</h1>
  <crm-provider api-base="${apiBase}"><${tag} ${attributes}></${tag}></crm-provider>
  <main id="below" style="margin: 1rem; min-height: 200vh">The host's own content, below the widget, longer than the window.</main>
</body>
</html>`;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (value) => Math.round(value * 1000) / 1000;

export async function bench({ runs = RUNS } = {}) {
  for (const file of ['crm-elements.bundle.js', 'crm-elements.global.js']) {
    if (!existsSync(new URL(`../packages/crm-elements/dist/${file}`, import.meta.url))) throw new Error(`${file} is missing: run \`npm run build\` first`);
  }
  const api = await startMockApi({ LATENCY: String(LATENCY_MS) });
  const apiBase = api.url.replace(/\/$/, '');
  const pages = Object.fromEntries(
    Object.entries(ELEMENTS).flatMap(([tag, attributes]) =>
      Object.keys(SCRIPTS).map((script, index) => [`/${tag}.${index}.html`, hostPage(tag, attributes, apiBase, script)]),
    ),
  );
  const server = await startDemoServer({ port: 0, pages });
  const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
  const rows = [];
  try {
    for (const tag of Object.keys(ELEMENTS)) {
      for (const [width, script, index] of WIDTHS.flatMap((width) => Object.keys(SCRIPTS).map((script, index) => [width, script, index]))) {
        const totals = [];
        const onDefinition = [];
        for (let run = 0; run < runs; run++) {
          const page = await browser.newPage();
          await page.setViewport({ width, height: 900 });
          await page.goto(new URL(`/${tag}.${index}.html`, server.url).href, { waitUntil: 'networkidle0' });
          await new Promise((resolve) => setTimeout(resolve, 1500));
          const { shifts, definedAt } = await page.evaluate(() => ({ shifts: window.shifts, definedAt: window.definedAt }));
          totals.push(shifts.reduce((sum, { value }) => sum + value, 0));
          // The frame after the definition lays the element out: its shift comes a moment after `definedAt`.
          onDefinition.push(shifts.filter(({ at }) => at <= definedAt + 50).reduce((sum, { value }) => sum + value, 0));
          await page.close();
        }
        const total = median(totals);
        rows.push({
          measure: `layout shift, <${tag}> at ${width} px, ${script} script (on definition ${round(median(onDefinition))})`,
          ours: round(total),
          unit: 'CLS',
          target: `<= ${TARGET}`,
          met: total <= TARGET,
        });
      }
    }
  } finally {
    await browser.close();
    server.server.close();
    await api.stop();
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) console.table(await bench());
