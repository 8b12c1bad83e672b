// Drives the `npm start` demo in headless Chromium as a front-desk user would: through the
// widgets' shadow DOM, with clicks and typing, asserting what is on screen. Each test is one user
// flow; they run in order on one page, so each starts where the previous one left the data.
// Needs the demo build (`npm test` makes it; alone: `node scripts/demo-build.mjs`).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from '../../scripts/find-chrome.mjs';
import { startDemoServer } from '../../scripts/demo-server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const WAIT = { timeout: 30_000 };

const LIST = 'crm-leads-list';
const DASHBOARD = 'crm-dashboard';
const NEW_INQUIRY_FORM = '#lead-dialog >>> crm-lead-form';
const LIST_EDIT_FORM = `${LIST} >>> crm-lead-dialog >>> crm-lead-form`;
const CONFIRM = `${LIST} >>> dialog[part="dialog"][open]`;

/**
 * Installed in every page before its scripts run: reads what the user sees in the widgets, so the
 * tests and their `waitForFunction` conditions share one way of reading the screen.
 */
function installProbe() {
  const number = (text) => Number(text.replace(/[^\d.]/g, ''));
  const text = (node) => node?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  window.demoProbe = {
    /** The list's rows (id, name and the labelled cells), its range text and total. */
    list(selector = 'crm-leads-list') {
      const root = document.querySelector(selector)?.shadowRoot;
      const table = root?.querySelector('[part~="table"]');
      const rows = [...(root?.querySelectorAll('[part~="row"]') ?? [])].map((row) => {
        const cells = Object.fromEntries(
          [...row.querySelectorAll('[part~="cell"][data-label]')].map((cell) => [cell.dataset.label, text(cell)]),
        );
        return { id: Number(row.dataset.id), name: text(row.querySelector('[part~="cell"]')), cells };
      });
      const range = text(root?.querySelector('[part~="pagination"] span'));
      return {
        ready: Boolean(table) && table.getAttribute('aria-busy') !== 'true',
        rows,
        total: range ? number(range.split(' of ')[1] ?? '') : undefined,
        empty: text(root?.querySelector('[part~="empty"]')),
        notice: text(root?.querySelector('[part~="notice"] p')),
        bulk: text(root?.querySelector('[part~="bulk-actions"] span')),
      };
    },
    /** The dashboard's cards as label → number, once it shows figures and is not refreshing. */
    figures(selector = 'crm-dashboard') {
      const root = document.querySelector(selector)?.shadowRoot;
      const section = root?.querySelector('section');
      if (!section || section.getAttribute('aria-busy') === 'true') return undefined;
      const cards = [...root.querySelectorAll('[part~="card"]')];
      if (!cards.length) return undefined;
      return Object.fromEntries(cards.map((card) => [text(card.querySelector('dt')), number(text(card.querySelector('dd')))]));
    },
    activity() {
      return [...document.querySelectorAll('#activity li')].map((item) => text(item));
    },
    dialogOpen(selector) {
      return document.querySelector(selector)?.isOpen === true;
    },
  };
}

let server;
let browser;
let profile;
let page;
/** Page errors, console errors and failed HTTP responses on any page, for the last test. */
const problems = [];

function watch(target, name) {
  target.on('pageerror', (error) => problems.push(`${name}: page error: ${error.message}`));
  target.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${name}: console error: ${message.text()}`);
  });
  target.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${name}: HTTP ${response.status()} for ${new URL(response.url()).pathname}`);
  });
}

async function openPage(path, name) {
  const opened = await browser.newPage();
  opened.setDefaultTimeout(WAIT.timeout);
  await opened.setViewport({ width: 1400, height: 1000 });
  await opened.evaluateOnNewDocument(installProbe);
  watch(opened, name);
  await opened.goto(new URL(path, server.url).href);
  return opened;
}

const list = (selector) => page.evaluate((s) => window.demoProbe.list(s), selector);
/** The dashboard's figures once it shows some and is not refreshing. */
const figures = (selector) =>
  page.waitForFunction((s) => window.demoProbe.figures(s), WAIT, selector).then((handle) => handle.jsonValue());
const activity = () => page.evaluate(() => window.demoProbe.activity());
const statistics = () => page.evaluate(async () => (await fetch('/api/crm/statistics')).json());

/**
 * Waits until the list has settled and `check(state, arg)` holds; returns that state. `check` runs
 * in the page, so it sees only its arguments (`arg` must be JSON).
 */
async function listWhen(check, arg = null, selector = LIST) {
  try {
    const handle = await page.waitForFunction(
      (source, value, s) => {
        const state = window.demoProbe.list(s);
        return state.ready && new Function('state', 'arg', `return (${source})(state, arg)`)(state, value) && state;
      },
      WAIT,
      check.toString(),
      arg,
      selector,
    );
    return await handle.jsonValue();
  } catch (error) {
    // Say what the list showed instead, leaving out names (rows, notices): no patient data in errors.
    const shown = await page
      .evaluate((s) => {
        const { ready, total, rows, empty, notice, bulk } = window.demoProbe.list(s);
        return { ready, total, rowCount: rows.length, empty, hasNotice: Boolean(notice), bulk };
      }, selector)
      .catch(() => 'unreadable');
    throw new Error(`${error.message} waiting for ${check}\nthe list showed ${JSON.stringify(shown)}\nproblems: ${problems.join('; ')}`, { cause: error });
  }
}

/** Waits until the dashboard has settled on a total of `total` leads; returns its figures. */
async function dashboardWith(total, selector = DASHBOARD) {
  const handle = await page.waitForFunction(
    (expected, s) => {
      const shown = window.demoProbe.figures(s);
      return shown?.['Total leads'] === expected && shown;
    },
    WAIT,
    total,
    selector,
  );
  return handle.jsonValue();
}

/** Clicks into a field and types as a user does, replacing what it held. */
async function typeInto(selector, value) {
  await page.locator(selector).click();
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(value);
}

/** Answers the list's confirmation: checks its question, then presses its confirming button. */
async function confirmInList(question) {
  const title = await page.locator(`${CONFIRM} h2`).map((heading) => heading.textContent.trim()).wait();
  assert.equal(title, question);
  await page.locator(`${CONFIRM} button[value="confirm"]`).click();
  await page.waitForSelector(CONFIRM, { hidden: true, ...WAIT });
}

/** The dashboard shows a rate to one decimal. */
function assertPercent(shown, served) {
  assert.ok(Math.abs(shown - served) <= 0.05 + 1e-9, `shows ${shown}% for ${served}%`);
}

const rowButton = (id, action) => `${LIST} >>> [part~="row"][data-id="${id}"] button[data-action="${action}"]`;
const ROW_MENU_ITEM = `${LIST} >>> [part~="row-menu"] [role="menuitem"]`;

/** Chooses `action` (`convert`, `delete`) in the menu of lead `id`'s row, as a user does. */
async function chooseInRowMenu(id, action) {
  await page.locator(rowButton(id, 'menu')).click();
  await page.locator(`${ROW_MENU_ITEM}[data-item="${action}"]`).click();
}

/** The items of the menu of lead `id`'s row (opened, read, closed with Escape). */
async function rowMenuItems(id) {
  await page.locator(rowButton(id, 'menu')).click();
  await page.waitForSelector(ROW_MENU_ITEM, WAIT);
  const items = await page.$$eval(ROW_MENU_ITEM, (found) => found.map((item) => item.textContent.trim()));
  await page.keyboard.press('Escape');
  return items;
}

/** What the first tests learn and later ones build on. */
const seen = { seededTotal: 0, created: undefined };

before(async () => {
  for (const built of ['demo/dist/demo.js', 'demo/dist/frameworks.js', 'packages/crm-elements/dist/crm-elements.bundle.js']) {
    assert.ok(existsSync(join(root, built)), `${built} is missing: run \`node scripts/demo-build.mjs\` first (npm test does)`);
  }
  server = await startDemoServer({ port: 0 });
  profile = mkdtempSync(join(tmpdir(), 'mindbrite-demo-test-'));
  // English, so figures read as the assertions expect (1,234.5) whatever the machine's locale.
  browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: [...chromeArgs, '--lang=en-US'], userDataDir: profile });
  page = await openPage('/', 'demo page');
  await listWhen((state) => state.rows.length > 0);
});

after(async () => {
  await browser?.close();
  server?.server.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

test('the dashboard shows the figures the CRM serves', async () => {
  const served = await statistics();
  const shown = await dashboardWith(served.total_leads);
  seen.seededTotal = served.total_leads;
  assert.ok(served.total_leads > 0, 'the seeded CRM has leads');
  assert.equal(shown.Contacts, served.total_contacts);
  assert.equal(shown.Opportunities, served.total_opportunities);
  assertPercent(shown['Conversion rate'], served.conversion_rate);
  assert.equal(shown['New leads this month'], served.leads_this_month);
  assert.equal(shown['New opportunities this month'], served.opportunities_this_month);
  assert.equal(shown['Open pipeline value'], Math.round(served.pipeline_value));

  // The list agrees with the dashboard.
  assert.equal((await list()).total, served.total_leads);

  // The charts' figures, as the "show as tables" toggle shows them.
  await page.locator(`${DASHBOARD} >>> [part~="table-toggle"]`).click();
  const byStatus = await page.waitForFunction(() => {
    const root = document.querySelector('crm-dashboard').shadowRoot;
    const table = [...root.querySelectorAll('[part~="chart-table"]')].find((candidate) => candidate.caption?.textContent.trim() === 'Leads by status');
    if (!table || table.classList.contains('visually-hidden')) return false;
    return Object.fromEntries([...table.tBodies[0].rows].map((row) => [row.cells[0].textContent.trim(), Number(row.cells[1].textContent.replace(/\D/g, ''))]));
  }, WAIT);
  const expected = Object.fromEntries(
    Object.entries(served.leads_by_status).map(([status, count]) => [status[0].toUpperCase() + status.slice(1), count]),
  );
  assert.deepEqual(await byStatus.jsonValue(), expected);
});

test(
  "every row's actions are in view, or a scroll of the table away with a cue saying so, at common desktop widths",
  async () => {
    const problems = [];
    try {
      for (const width of [1280, 1400, 1600]) {
        await page.setViewport({ width, height: 1000 });
        const found = await page.waitForFunction(() => {
          const root = document.querySelector('crm-leads-list').shadowRoot;
          const wrap = root.querySelector('[part~="table"]')?.parentElement;
          const buttons = [...root.querySelectorAll('[part~="row"] [part~="actions"] button')];
          if (!wrap || !buttons.length) return false;
          const edge = wrap.getBoundingClientRect();
          // Where each button is in the table's scrolled content, from its start.
          const ends = buttons.map((button) => button.getBoundingClientRect().right - edge.left + wrap.scrollLeft);
          return {
            unreachable: ends.filter((end) => end > wrap.scrollWidth + 1).length,
            pastTheEdge: ends.filter((end) => end - wrap.scrollLeft > wrap.clientWidth + 1).length,
            cue: wrap.hasAttribute('data-more-end'),
          };
        }, WAIT);
        const { unreachable, pastTheEdge, cue } = await found.jsonValue();
        if (unreachable) problems.push(`${unreachable} row buttons out of reach at ${width}px`);
        if (pastTheEdge && !cue) problems.push(`${pastTheEdge} row buttons past the edge at ${width}px, with no cue`);
      }
    } finally {
      await page.setViewport({ width: 1400, height: 1000 });
    }
    assert.deepEqual(problems, []);
  },
);

const STATUS_FILTER = `${LIST} >>> [part~="filters"] label:nth-of-type(1) select`;

test('searching and filtering the list narrows its rows, and the URL keeps the filters', async () => {
  const first = await listWhen((state) => state.rows.length > 0);
  const wanted = first.rows[0];
  const lastName = wanted.name.split(' ').at(-1);

  await page.locator(`${LIST} >>> input[part="search"]`).click();
  await page.keyboard.type(lastName);
  const found = await listWhen(
    // The search term is a property only: it is never reflected to an attribute (a patient's name).
    (state, term) => document.querySelector('crm-leads-list').search === term,
    lastName,
  );
  const term = lastName.toLowerCase();
  assert.ok(found.rows.length > 0);
  for (const row of found.rows) {
    const searched = [row.name, row.cells.Company, row.cells.Email, row.cells.Phone].join(' ').toLowerCase();
    assert.ok(searched.includes(term), `row #${row.id} does not match the search`);
  }
  assert.ok(found.rows.some((row) => row.id === wanted.id), 'the lead searched for is listed');
  assert.ok(found.total < first.total, 'the search narrowed the list');
  assert.ok(!page.url().toLowerCase().includes(term), 'the search term (a name) stays out of the URL');

  // Clear the search, then filter by status.
  await typeInto(`${LIST} >>> input[part="search"]`, '');
  await page.keyboard.press('Enter');
  await listWhen(() => document.querySelector('crm-leads-list').search === '');
  await page.locator(STATUS_FILTER).fill('qualified');
  const qualified = await listWhen(() => document.querySelector('crm-leads-list').getAttribute('status') === 'qualified');
  const served = await statistics();
  assert.ok(qualified.rows.length > 0);
  assert.deepEqual(qualified.rows.filter((row) => row.cells.Status !== 'Qualified'), []);
  assert.equal(qualified.total, served.leads_by_status.qualified);
  assert.equal(new URL(page.url()).searchParams.get('status'), 'qualified');

  // The URL brings the filter back: a reload (or a shared link) shows the same leads.
  await page.reload();
  const restored = await listWhen((state) => state.rows.length > 0);
  assert.equal(await page.$eval(STATUS_FILTER, (select) => select.value), 'qualified');
  assert.deepEqual(restored.rows.filter((row) => row.cells.Status !== 'Qualified'), []);
  assert.equal(restored.total, qualified.total);

  // Back to every status: every lead again, and a clean URL.
  await page.locator(STATUS_FILTER).fill('');
  const all = await listWhen(() => document.querySelector('crm-leads-list').getAttribute('status') === null);
  assert.equal(all.total, served.total_leads);
  assert.equal(new URL(page.url()).search, '');
});

const newLead = { first_name: 'Odalys', last_name: 'Brightwater', email: 'odalys.brightwater@example.test', phone: '+1 555 010 4477', company: 'Harbor Dental' };

test('a new inquiry saved in the dialog appears in the list, the dashboard and the activity log', async () => {
  const before = await figures();
  await page.locator('button::-p-text(New inquiry)').click();
  await page.waitForFunction(() => window.demoProbe.dialogOpen('#lead-dialog'), WAIT);
  for (const [field, value] of Object.entries(newLead)) await typeInto(`${NEW_INQUIRY_FORM} >>> [name="${field}"]`, value);
  await page.locator(`${NEW_INQUIRY_FORM} >>> select[name="source"]`).fill('referral');
  await page.locator(`${NEW_INQUIRY_FORM} >>> [part~="submit"]`).click();
  await page.waitForFunction(() => !window.demoProbe.dialogOpen('#lead-dialog'), WAIT);

  const name = `${newLead.first_name} ${newLead.last_name}`;
  const shown = await listWhen((state, wanted) => state.rows.some((row) => row.name === wanted), name);
  const row = shown.rows.find((candidate) => candidate.name === name);
  assert.equal(shown.rows[0].id, row.id, 'the newest lead comes first');
  assert.equal(row.cells.Email, newLead.email);
  assert.equal(row.cells.Company, newLead.company);
  assert.equal(row.cells.Status, 'New');
  assert.equal(shown.total, before['Total leads'] + 1);

  const after = await dashboardWith(before['Total leads'] + 1);
  assert.equal(after['New leads this month'], before['New leads this month'] + 1);
  assert.equal(after['Total leads'], (await statistics()).total_leads);
  assert.ok((await activity()).some((line) => line.endsWith(`crm-lead-created: lead #${row.id}`)), 'the host page heard crm-lead-created');
  seen.created = { ...row };
});

test("editing a lead from its row's Edit button shows the new value in the list", async () => {
  const { id } = seen.created;
  await page.locator(rowButton(id, 'edit')).click();
  // The form loads the lead before it shows its fields.
  const company = `${LIST_EDIT_FORM} >>> input[name="company"]`;
  await page.waitForFunction(
    (expected) => {
      const form = document.querySelector('crm-leads-list').shadowRoot.querySelector('crm-lead-dialog')?.shadowRoot.querySelector('crm-lead-form');
      return form?.shadowRoot.querySelector('input[name="company"]')?.value === expected;
    },
    WAIT,
    newLead.company,
  );
  await typeInto(company, 'Lakeside Orthodontics');
  await page.locator(`${LIST_EDIT_FORM} >>> [part~="submit"]`).click();

  const shown = await listWhen(
    (state, lead) => state.rows.some((row) => row.id === lead && row.cells.Company === 'Lakeside Orthodontics'),
    id,
  );
  assert.equal(shown.rows.find((row) => row.id === id).name, seen.created.name);
  await page.waitForSelector(`${LIST} >>> crm-lead-dialog >>> dialog[open]`, { hidden: true, ...WAIT });
  assert.ok((await activity()).some((line) => line.endsWith(`crm-lead-updated: lead #${id}`)), 'the host page heard crm-lead-updated');
});

test('converting a lead, after confirming, marks it Converted and reports the conversion', async () => {
  const before = await figures();
  const { rows } = await listWhen((state) => state.rows.length > 0);
  const lead = rows.find((row) => row.id !== seen.created.id && row.cells.Status !== 'Converted');
  assert.ok((await rowMenuItems(lead.id)).includes('Convert to contact'), 'a lead not converted offers Convert');
  await chooseInRowMenu(lead.id, 'convert');
  await confirmInList(`Convert ${lead.name} to a contact?`);

  const shown = await listWhen(
    (state, id) => state.rows.some((row) => row.id === id && row.cells.Status === 'Converted'),
    lead.id,
  );
  assert.ok(shown.notice.startsWith(`${lead.name} is now a contact.`), 'the list says the lead is now a contact');
  // The notice's button, for a user who may create opportunities (the demo's practice manager).
  assert.ok(shown.notice.endsWith('Create an opportunity for this contact'), 'it offers an opportunity for the new contact');
  assert.deepEqual(await rowMenuItems(lead.id), ['Schedule follow-up', 'Delete'], 'a converted lead offers no Convert');
  assert.ok((await activity()).some((line) => line.includes(`crm-lead-converted: lead #${lead.id} → contact #`)), 'the host page heard crm-lead-converted');
  const served = await statistics();
  const after = await page
    .waitForFunction((contacts) => {
      const shownNow = window.demoProbe.figures();
      return shownNow?.Contacts === contacts && shownNow;
    }, WAIT, before.Contacts + 1)
    .then((handle) => handle.jsonValue());
  assert.equal(served.total_contacts, before.Contacts + 1);
  assertPercent(after['Conversion rate'], served.conversion_rate);
  assert.ok(after['Conversion rate'] > before['Conversion rate'], 'the conversion rate went up');
});

test('deleting a lead, after confirming, removes it from the list and the totals', async () => {
  const before = await listWhen((state) => state.rows.length > 1);
  const lead = before.rows.find((row) => row.id !== seen.created.id);
  await chooseInRowMenu(lead.id, 'delete');
  await confirmInList(`Delete ${lead.name}?`);

  const shown = await listWhen((state, id) => !state.rows.some((row) => row.id === id), lead.id);
  assert.equal(shown.total, before.total - 1);
  assert.equal(shown.notice, `${lead.name} was deleted.`);
  await dashboardWith(before.total - 1);
  assert.ok((await activity()).some((line) => line.endsWith(`crm-lead-deleted: #${lead.id}`)), 'the host page heard crm-lead-deleted');
});

test('bulk-deleting selected rows, after confirming, removes exactly those rows', async () => {
  const before = await listWhen((state) => state.rows.length > 4);
  const chosen = before.rows.filter((row) => row.id !== seen.created.id).slice(0, 3);
  for (const row of chosen) await page.locator(`${LIST} >>> [part~="row"][data-id="${row.id}"] input[data-select]`).click();
  await listWhen((state) => state.bulk === '3 selected');
  await page.locator(`${LIST} >>> [part~="bulk-actions"] button::-p-text(Delete selected)`).click();
  await confirmInList('Delete 3 leads?');

  const ids = chosen.map((row) => row.id);
  const shown = await listWhen((state, gone) => !state.rows.some((row) => gone.includes(row.id)) && !state.bulk, ids);
  assert.equal(shown.total, before.total - 3);
  assert.equal(shown.notice, '3 leads deleted.');
  await dashboardWith(before.total - 3);
  const expectedLog = `crm-lead-deleted: ${ids.map((id) => `#${id}`).join(', ')}`;
  assert.ok((await activity()).some((line) => line.endsWith(expectedLog)), 'the host page heard one crm-lead-deleted for all three');
});

test('changes survive a reload, and "Reset demo data" brings back the seeded CRM', async () => {
  const before = await listWhen((state, id) => state.rows.some((row) => row.id === id), seen.created.id);
  await page.reload();
  const reloaded = await listWhen((state) => state.rows.length > 0);
  const kept = reloaded.rows.find((row) => row.id === seen.created.id);
  assert.ok(kept, 'the lead created before the reload is still listed');
  assert.equal(kept.cells.Company, 'Lakeside Orthodontics', 'with its edit');
  assert.equal(reloaded.total, before.total);
  await dashboardWith(before.total);

  // The reset is within reach on a phone-sized screen too, where the EMR folds its navigation away.
  const reset = 'button::-p-text(Reset demo data)';
  await page.setViewport({ width: 390, height: 800 });
  const onPhone = await page.$eval(reset, (button) => button.checkVisibility() && button.getBoundingClientRect().width > 0);
  await page.setViewport({ width: 1400, height: 1000 });
  assert.ok(onPhone, 'the reset button shows on a 390px-wide screen');

  await Promise.all([page.waitForNavigation(WAIT), page.locator(reset).click()]);
  const seeded = await listWhen((state) => state.rows.length > 0);
  assert.equal(seeded.total, seen.seededTotal);
  assert.ok(!seeded.rows.some((row) => row.name === seen.created.name), 'the created lead is gone');
  await dashboardWith(seen.seededTotal);
  assert.equal((await statistics()).total_leads, seen.seededTotal);
});

test('in the frameworks page, the React list opens a row in its dialog; the Vue form updates the Vue dashboard and clears on Cancel', async () => {
  // The helpers read the current page; from here on that is the frameworks page.
  page = await openPage('/frameworks.html', 'frameworks page');
  const REACT_LIST = '#react-host crm-leads-list';
  const reactRows = await listWhen((state) => state.rows.length > 0, null, REACT_LIST);
  assert.equal(reactRows.rows.length, 10, 'the React host asked for pages of 10');
  assert.deepEqual(Object.keys(reactRows.rows[0].cells), ['Email', 'Status', 'Created'], 'the columns the React host chose');

  const lead = reactRows.rows[2];
  await page.locator(`${REACT_LIST} >>> [part~="row"][data-id="${lead.id}"] [part~="cell"]`).click();
  await page.waitForFunction(() => window.demoProbe.dialogOpen('#react-host crm-lead-dialog'), WAIT);
  await page.locator(`#react-host [role="status"]::-p-text(React heard crm-lead-select for lead #${lead.id}.)`).wait();
  const shownName = await page.waitForFunction(
    () => {
      const form = document.querySelector('#react-host crm-lead-dialog').shadowRoot.querySelector('crm-lead-form');
      const field = (name) => form?.shadowRoot.querySelector(`[name="${name}"]`)?.value;
      return field('first_name') && `${field('first_name')} ${field('last_name')}`;
    },
    WAIT,
  );
  assert.equal(await shownName.jsonValue(), lead.name, 'the dialog edits the chosen lead');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !window.demoProbe.dialogOpen('#react-host crm-lead-dialog'), WAIT);

  const VUE_DASHBOARD = '#vue-host crm-dashboard';
  const VUE_FORM = '#vue-host crm-lead-form';
  const before = await figures(VUE_DASHBOARD);
  const vueLead = { first_name: 'Marisol', last_name: 'Quennell', email: 'marisol.quennell@example.test', company: 'Quennell Family Clinic' };
  for (const [field, value] of Object.entries(vueLead)) await typeInto(`${VUE_FORM} >>> [name="${field}"]`, value);
  await page.locator(`${VUE_FORM} >>> [part~="submit"]`).click();
  const heard = await page.locator('#vue-host [role="status"]::-p-text(Vue heard crm-lead-created)').map((node) => node.textContent).wait();
  const id = Number(heard.match(/#(\d+)/)?.[1]);
  await dashboardWith(before['Total leads'] + 1, VUE_DASHBOARD);
  const created = await page.evaluate(async (leadId) => (await fetch(`/api/crm/leads/${leadId}`)).json(), id);
  assert.equal(`${created.first_name} ${created.last_name}`, `${vueLead.first_name} ${vueLead.last_name}`);
  const cleared = await page.$eval(`${VUE_FORM} >>> [name="first_name"]`, (input) => input.value);
  assert.equal(cleared, '', 'the form is blank again for the next lead');

  // Cancel, in the Vue host, throws away what was typed.
  await typeInto(`${VUE_FORM} >>> [name="first_name"]`, 'Abandoned');
  await page.locator(`${VUE_FORM} >>> [part~="cancel"]`).click();
  await page.locator('#vue-host [role="status"]::-p-text(Vue heard crm-cancel)').wait();
  const afterCancel = await page.$eval(`${VUE_FORM} >>> [name="first_name"]`, (input) => input.value);
  assert.equal(afterCancel, '', 'Cancel leaves a blank form');
});

test('neither page logs an error, throws, or gets a failed response (the favicon included)', async () => {
  for (const opened of await browser.pages()) {
    if (opened.url() === 'about:blank') continue;
    assert.ok(await opened.$('link[rel="icon"]'), `${opened.url()} names its icon, so the browser asks for no /favicon.ico`);
  }
  assert.deepEqual(problems, []);
});
