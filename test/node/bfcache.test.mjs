// The widgets never keep a host page out of the back/forward cache (issue 17): a plain host page
// with every element, from the single-file bundle over the mock CRM as an HTTP API, is restored
// from the cache when the user goes elsewhere and comes back, though another tab changes a record
// meanwhile (its message on the tab channel would evict a page that kept the channel open), and the
// widgets then load their data again, showing what changed. An `unload` handler, for one, would
// make the browser load the page anew (it says why in `notRestoredReasons`). Not the demo page:
// its in-page mock's service worker may post to the page while it is cached, which evicts it.
// Needs the build (`npm test` makes it).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.mjs';
import { startMockApi } from '../../scripts/mock-api-process.mjs';

const WAIT = { timeout: 30_000 };
const ELEMENTS = [
  '<crm-dashboard></crm-dashboard>',
  '<crm-leads-list></crm-leads-list>',
  '<crm-contacts-list></crm-contacts-list>',
  '<crm-pipeline></crm-pipeline>',
  '<crm-forecast></crm-forecast>',
  '<crm-follow-ups></crm-follow-ups>',
  '<crm-activity-timeline contact-id="1"></crm-activity-timeline>',
  '<crm-lead-form></crm-lead-form>',
  '<crm-contact-form></crm-contact-form>',
  '<crm-opportunity-form></crm-opportunity-form>',
  '<crm-follow-up-form></crm-follow-up-form>',
  '<crm-lead-dialog></crm-lead-dialog>',
  '<crm-contact-dialog></crm-contact-dialog>',
  '<crm-opportunity-dialog></crm-opportunity-dialog>',
  '<crm-follow-up-dialog></crm-follow-up-dialog>',
];
const hostPage = (apiBase) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Clinic EMR</title><script type="module" src="/crm-elements.bundle.js"></script></head>
<body><crm-provider api-base="${apiBase}">${ELEMENTS.join('\n')}</crm-provider></body>
</html>`;

let api;
let server;
let browser;
before(async () => {
  api = await startMockApi();
  server = await startDemoServer({
    port: 0,
    pages: {
      '/host.html': hostPage(api.url.replace(/\/$/, '')),
      '/elsewhere.html': '<!doctype html><html lang="en"><title>Elsewhere in the EMR</title><p>Another page</p></html>',
    },
  });
  browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
});
after(async () => {
  await browser?.close();
  server?.server.close();
  await api?.stop();
});

test('a host page with every element loaded is restored from the back/forward cache', async () => {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(() => {
    addEventListener('pageshow', (event) => (window.pageShows = [...(window.pageShows ?? []), event.persisted]));
  });
  // Left once every widget has its data and nothing is on its way.
  await page.goto(new URL('/host.html', server.url).href, { waitUntil: 'networkidle0', ...WAIT });
  await page.waitForFunction(() => {
    const root = (tag) => document.querySelector(tag)?.shadowRoot;
    return root('crm-leads-list')?.querySelector('[part~="row"]') && root('crm-dashboard')?.querySelector('[part~="card"]');
  }, WAIT);

  await page.goto(new URL('/elsewhere.html', server.url).href);
  // Meanwhile a lead is added in another tab of the EMR: it tells this origin's tabs, as a client does.
  const response = await fetch(`${api.url.replace(/\/$/, '')}/leads`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      first_name: 'Arrived', last_name: 'Meanwhile', email: 'arrived.meanwhile@example.org', phone: '', company: '',
      pipeline_id: 1, status: 'new', source: 'website', notes: null, assigned_to: null,
    }),
  });
  assert.equal(response.status, 201);
  const { id } = await response.json();
  const otherTab = await browser.newPage();
  await otherTab.goto(new URL('/elsewhere.html', server.url).href);
  await otherTab.evaluate(
    (name, id) => new BroadcastChannel(name).postMessage({ resource: 'leads', action: 'create', id }),
    `@mindbrite/crm-client:${api.url.replace(/\/$/, '')}`,
    id,
  );
  await otherTab.close();
  const requests = [];
  page.on('request', (request) => request.url().startsWith(api.url) && requests.push(`${request.method()} ${new URL(request.url()).pathname}`));
  await page.goBack();
  // Restored: the page that left hears a second pageshow. Loaded anew: a new page (its navigation
  // a back_forward one) hears its first.
  await page.waitForFunction(
    () => window.pageShows?.length === 2 || (performance.getEntriesByType('navigation')[0]?.type === 'back_forward' && window.pageShows?.length === 1),
    WAIT,
  );
  const { shows, reasons } = await page.evaluate(() => ({
    shows: window.pageShows,
    reasons: JSON.stringify(performance.getEntriesByType('navigation')[0]?.notRestoredReasons ?? null),
  }));
  assert.deepEqual(shows, [false, true], `the page was loaded anew, not restored: ${reasons}`);
  // Restored as it was left, then brought up to date: the list shows the lead added meanwhile first.
  await page.waitForFunction(
    () => document.querySelector('crm-leads-list').shadowRoot.querySelector('tbody tr[data-id]')?.textContent.includes('Arrived Meanwhile'),
    // Polled on a timer: the page that came back behind a closed tab may get no animation frames.
    { polling: 100, ...WAIT },
  );
  await page.waitForNetworkIdle(WAIT);
  const base = new URL(api.url).pathname.replace(/\/$/, '');
  const reloaded = new Set(requests.filter((request) => request.startsWith('GET ')).map((request) => request.slice(`GET ${base}/`.length).split('/')[0]));
  assert.deepEqual([...reloaded].sort(), ['contacts', 'follow-ups', 'leads', 'opportunities', 'statistics'], 'each collection is loaded again');
});
