// The widgets never keep a host page out of the back/forward cache (issue 17): the demo page, with
// every widget loaded, is restored from it when the user goes elsewhere and comes back. An
// `unload` handler, for one, would make the browser load the page anew (it says why in
// `notRestoredReasons`). Needs the demo build (`npm test` makes it).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.mjs';

const WAIT = { timeout: 30_000 };
let server;
let browser;
before(async () => {
  server = await startDemoServer({ port: 0, pages: { '/elsewhere.html': '<!doctype html><html lang="en"><title>Elsewhere in the EMR</title><p>Another page</p></html>' } });
  browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
});
after(async () => {
  await browser?.close();
  server?.server.close();
});

test('the demo page with every widget loaded is restored from the back/forward cache', async () => {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(() => {
    addEventListener('pageshow', (event) => (window.pageShows = [...(window.pageShows ?? []), event.persisted]));
  });
  await page.goto(new URL('/', server.url).href);
  // Each widget has loaded its data: the list its rows, the dashboard its figures, the board its cards.
  await page.waitForFunction(() => {
    const root = (tag) => document.querySelector(tag)?.shadowRoot;
    return (
      root('crm-leads-list')?.querySelector('[part~="row"]') &&
      root('crm-dashboard')?.querySelector('[part~="card"]') &&
      root('crm-pipeline')?.querySelector('[part~="card"]') &&
      root('crm-contacts-list')?.querySelector('[part~="row"]')
    );
  }, WAIT);

  await page.goto(new URL('/elsewhere.html', server.url).href);
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
  const rows = await page.evaluate(() => document.querySelector('crm-leads-list').shadowRoot.querySelectorAll('[part~="row"]').length);
  assert.ok(rows > 0, 'the list shows its rows as it left them');
});
