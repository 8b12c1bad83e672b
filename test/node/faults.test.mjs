// The fault-and-bad-data suite: the built single-file bundle on an EMR host page served with the
// README's strict Content Security Policy, in front of a server that loses connections, cuts
// bodies short, never answers, or answers with bad data, in Chromium and in Firefox. Each case
// checks what the user sees (the widgets' shadow DOM), what the host receives (the widgets'
// events, recorded by the page), what the CRM holds afterwards (nothing lost, nothing
// duplicated), and that nothing went wrong on the page: no page error, no unhandled rejection,
// no CSP violation, and no patient data in a console message.
// Needs the build (`npm test` makes it; alone: `node_modules/.bin/rollup -c rollup.config.mjs`).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ENGINES, eventually, hostLog, startCrmHost, until, useBrowserPage } from './support/crm-host.mjs';

const LIST = ['crm-leads-list', { 'page-size': '10' }];
const FORM = ['crm-lead-form', {}];
const LIST_SELECTOR = 'crm-leads-list';
const row = (id) => `${LIST_SELECTOR} >>> [part~="row"][data-id="${id}"]`;
const CONFIRM = `${LIST_SELECTOR} >>> dialog[part="dialog"][open] button[value="confirm"]`;

/** In the page: what the list shows. Self-contained, as it runs in the page. */
function readList() {
  const root = document.querySelector('crm-leads-list')?.shadowRoot;
  if (!root) return null;
  const text = (node) => node?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  /** A note's own words, without its buttons (and lists). */
  const words = (node, leaveOut = 'button') => {
    const copy = node?.cloneNode(true);
    copy?.querySelectorAll(leaveOut).forEach((inner) => inner.remove());
    return text(copy);
  };
  const table = root.querySelector('[part~="table"]');
  const rows = [...root.querySelectorAll('[part~="row"]')].map((tr) => ({
    id: Number(tr.dataset.id),
    name: text(tr.querySelector('[part~="cell"]')),
    checked: tr.querySelector('input[data-select]')?.checked ?? false,
    right: tr.getBoundingClientRect().right,
  }));
  return {
    loaded: Boolean(table && table.getAttribute('aria-busy') !== 'true') || Boolean(root.querySelector('[part="error"], [part="empty"]')),
    rows,
    problems: text(root.querySelector('[part~="problems"]')),
    notice: words(root.querySelector('[part~="notice"]'), 'button, ul'),
    failures: [...root.querySelectorAll('[part~="notice"] li')].map(text),
    error: words(root.querySelector('[part="error"]')),
    retry: Boolean(root.querySelector('[part="retry"]')),
    slow: words(root.querySelector('[part~="slow"]')),
    range: text(root.querySelector('[part~="pagination"] span')),
    bulk: text(root.querySelector('[part~="bulk-actions"] span')),
    nodes: root.querySelectorAll('*').length,
    viewportWidth: innerWidth,
  };
}

/** In the page: what the form shows. */
function readForm() {
  const root = document.querySelector('crm-lead-form')?.shadowRoot;
  if (!root) return null;
  const text = (node) => node?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  return {
    status: text(root.querySelector('[part~="status"]')),
    error: text(root.querySelector('[part~="form-error"]')),
    saving: root.querySelector('form')?.getAttribute('aria-busy') === 'true',
    values: Object.fromEntries([...root.querySelectorAll('input')].map((input) => [input.name, input.value])),
  };
}

/** A list state for a failure message: counts and the widgets' own words, no names. */
const summary = (state) =>
  state && { loaded: state.loaded, rows: state.rows.length, problems: state.problems, error: state.error, slow: state.slow, notice: state.notice, bulk: state.bulk };

const newLead = { first_name: 'Odalys', last_name: 'Brightwater', email: 'odalys.brightwater@example.test' };
const MAY_BE_SAVED = /may have been saved/i;

let host;
/** Every name and email the seeded CRM holds: none of them may reach a console message. */
let patients;
/** How many leads the seeded CRM holds. */
let seeded;

before(async () => {
  host = await startCrmHost();
  seeded = host.leads().length;
  patients = host.leads().flatMap((lead) => [lead.email, `${lead.first_name} ${lead.last_name}`]);
});
after(() => host?.close());

for (const engine of ENGINES) {
  describe(`faults and bad data, in ${engine}`, () => {
    let page;
    let seen;
    useBrowserPage(engine, (opened) => ({ page, seen } = opened));

    /**
     * The host page, fresh, holding these widgets, on the seeded CRM (after `prepare(crm)`) with
     * these faults and client options.
     */
    async function open(widgets, { faults = [], client = {}, prepare } = {}) {
      host.reset();
      prepare?.(host.crm);
      for (const fault of faults) host.inject(fault);
      seen.pageErrors.length = 0;
      seen.console.length = 0;
      await page.goto(host.page({ widgets, client }));
    }

    /** Waits until the list has loaded and `check(state)` holds; returns that state. */
    async function listWhen(check, what, timeout = 15_000) {
      let last;
      try {
        return await eventually(
          async () => {
            last = await page.evaluate(readList);
            return last?.loaded && check(last) && last;
          },
          { what, timeout },
        );
      } catch (error) {
        throw new Error(`${error.message}; the list showed ${JSON.stringify(summary(last))}`, { cause: error });
      }
    }

    async function formWhen(check, what) {
      let last;
      try {
        return await eventually(async () => (last = await page.evaluate(readForm)) && check(last) && last, { what, timeout: 15_000 });
      } catch (error) {
        throw new Error(`${error.message}; the form showed ${JSON.stringify({ status: last?.status, error: last?.error, saving: last?.saving })}`, {
          cause: error,
        });
      }
    }

    const events = async (type) => (await hostLog(page)).events.filter((event) => event.type === type);
    /** The events of this type once there is one. */
    const eventsOnce = (type, timeout) => eventually(async () => ((await events(type)).length ? events(type) : null), { what: type, timeout });
    const errorEvents = async () => (await events('crm-error')).map(({ detail }) => `${detail.operation}:${detail.error?.kind}`);

    /** Nothing went wrong on the page, and no console message holds patient data (`also`: more of it). */
    async function assertClean(also = []) {
      const log = await hostLog(page);
      assert.deepEqual(log.violations, [], 'CSP violations');
      assert.deepEqual(log.errors, [], 'errors or unhandled rejections on the page');
      assert.deepEqual(seen.pageErrors, [], 'page errors');
      const private_ = [...patients, ...also];
      const leaked = seen.console.filter((message) => private_.some((text) => text && message.text.includes(text)));
      assert.equal(leaked.length, 0, `${leaked.length} console messages hold patient data`);
    }

    async function fillNewLead() {
      for (const [field, value] of Object.entries(newLead)) await page.locator(`crm-lead-form >>> #${field}`).fill(value);
    }
    const submit = () => page.locator('crm-lead-form >>> [part~="submit"]').click();
    const stored = () => host.leads().filter((lead) => lead.email === newLead.email);
    const postKeys = () => new Set(host.requests.filter((request) => request.method === 'POST' && request.path === '/leads').map((request) => request.key));

    for (const [when, kind] of [['before', 'reset-before'], ['after', 'reset-after']]) {
      test(`a create whose connection is reset ${when} the server acts, on every try: "may have been saved", and sent again it is one lead`, async () => {
        await open([FORM, LIST]);
        await listWhen((state) => state.rows.length === 10, 'the list');
        await fillNewLead();
        const removeFault = host.inject({ method: 'POST', path: '/leads', kind });
        await submit();
        const failed = await formWhen((form) => !form.saving && form.error, 'the failed create');
        removeFault();

        assert.match(failed.error, MAY_BE_SAVED);
        for (const [field, value] of Object.entries(newLead)) assert.equal(failed.values[field], value, `the ${field} typed is kept`);
        assert.deepEqual(await errorEvents(), ['create:network']);
        assert.ok(host.requests.every((request) => request.method !== 'POST' || request.fault === kind), 'every try met the fault');
        assert.equal(stored().length, kind === 'reset-before' ? 0 : 1, 'what the CRM holds after the first submit');

        await submit();
        const created = await formWhen((form) => !form.saving && /created/i.test(form.status), 'the create sent again');
        assert.equal(created.error, '');
        const [lead] = stored();
        assert.equal(stored().length, 1, 'exactly one new lead');
        assert.equal(postKeys().size, 1, 'every try of both submits carries one Idempotency-Key');
        const createdEvents = await events('crm-lead-created');
        assert.deepEqual(createdEvents.map(({ detail }) => detail.lead.id), [lead.id]);
        await listWhen((state) => state.rows.filter((shown) => shown.id === lead.id).length === 1, 'the new lead once in the list');
        await assertClean([newLead.email]);
      });
    }

    for (const [when, kind, then] of [
      ['before the server acts', 'reset-before', 'the retry deleted it'],
      ['after the server deleted', 'reset-after', 'the retry answered 404'],
    ]) {
      test(`a delete whose connection is reset ${when}, once: the lead is gone and the list says it was deleted`, async () => {
        await open([LIST]);
        const { rows } = await listWhen((state) => state.rows.length === 10, 'the list');
        const { id } = rows[0];
        const { email } = host.crm.db.leads.get(id);
        host.inject({ method: 'DELETE', path: `/leads/${id}`, kind, times: 1 });
        await page.locator(`${row(id)} button[data-action="menu"]`).click();
        await page.locator(`${LIST_SELECTOR} >>> [part~="row-menu"] [data-item="delete"]`).click();
        await page.locator(CONFIRM).click();
        const after = await listWhen((state) => state.notice && !state.rows.some((shown) => shown.id === id), 'the outcome of the delete');

        assert.match(after.notice, /was deleted/);
        assert.deepEqual(after.failures, []);
        assert.deepEqual(await errorEvents(), []);
        assert.deepEqual((await events('crm-lead-deleted')).map(({ detail }) => detail.ids), [[id]]);
        const deletes = host.requests.filter((request) => request.method === 'DELETE').map((request) => request.fault ?? 'answered');
        assert.deepEqual(deletes, [kind, 'answered'], `the first try met the fault, then ${then}`);
        assert.equal(host.crm.db.leads.find(id), undefined, 'the CRM no longer holds it');
        assert.equal(host.leads().length, seeded - 1, 'and holds every other lead');
        await assertClean([email]);
      });
    }

    test('a bulk delete whose answers are lost after the server deleted: every lead gone, none reported as failed', async () => {
      await open([LIST]);
      const { rows } = await listWhen((state) => state.rows.length === 10, 'the list');
      const ids = rows.slice(0, 3).map((shown) => shown.id);
      for (const id of ids) host.inject({ method: 'DELETE', path: `/leads/${id}`, kind: 'reset-after', times: 1 });
      for (const id of ids) await page.locator(`${row(id)} input[data-select]`).click();
      await listWhen((state) => state.bulk === '3 selected', 'three rows selected');
      await page.locator(`${LIST_SELECTOR} >>> [part~="bulk-actions"] button.danger`).click();
      await page.locator(CONFIRM).click();
      const after = await listWhen((state) => state.notice && !state.rows.some((shown) => ids.includes(shown.id)), 'the outcome of the bulk delete');

      assert.match(after.notice, /^3 leads deleted/);
      assert.deepEqual(after.failures, []);
      assert.equal(after.bulk, '', 'nothing is left selected');
      assert.deepEqual(await errorEvents(), []);
      assert.deepEqual((await events('crm-lead-deleted')).map(({ detail }) => [...detail.ids].sort()), [[...ids].sort()]);
      const deletes = host.requests.filter((request) => request.method === 'DELETE');
      assert.equal(deletes.filter((request) => request.fault === 'reset-after').length, 3, 'every first answer was lost');
      assert.deepEqual(ids.filter((id) => host.crm.db.leads.find(id)), [], 'the CRM holds none of them');
      assert.equal(host.leads().length, seeded - 3);
      await assertClean();
    });

    test('a body cut short once (Content-Length longer than the body) is retried and the page shows', async () => {
      await open([LIST], { faults: [{ method: 'GET', path: '/leads', kind: 'truncate', times: 1 }] });
      const shown = await listWhen((state) => state.rows.length === 10, 'the list after the retry');
      assert.equal(shown.error, '');
      assert.deepEqual(await errorEvents(), []);
      assert.deepEqual(host.requests.filter((request) => request.path === '/leads').map((request) => request.fault ?? 'answered'), ['truncate', 'answered']);
      await assertClean();
    });

    test('a body cut short on every try is a network error in plain words, reported typed, and Try again recovers', async () => {
      const fault = { method: 'GET', path: '/leads', kind: 'truncate' };
      await open([LIST], { faults: [fault] });
      const failed = await listWhen((state) => state.error, 'the error state');
      assert.match(failed.error, /could not be reached/);
      assert.deepEqual(await errorEvents(), ['load:network']);
      assert.equal(host.requests.filter((request) => request.fault === 'truncate').length, 3, 'tried three times');
      fault.times = 0;
      await page.locator(`${LIST_SELECTOR} >>> [part="retry"]`).click();
      await listWhen((state) => state.rows.length === 10, 'the list after Try again');
      await assertClean();
    });

    test('a server that never answers: "still waiting" with Cancel after 3 s; Cancel lets the request go', async () => {
      const fault = { method: 'GET', path: '/leads', kind: 'hang' };
      const started = Date.now();
      await open([LIST], { faults: [fault] });
      await eventually(async () => (await page.evaluate(readList))?.slow, { what: 'the still-waiting note', timeout: 8_000 });
      const waited = Date.now() - started;
      const slow = await page.evaluate(readList);
      assert.match(slow.slow, /Still waiting for the CRM/);
      assert.ok(waited >= 2_500, `said "still waiting" after ${waited} ms`);
      await page.locator(`${LIST_SELECTOR} >>> [part~="slow"] button`).click();
      const cancelled = await listWhen((state) => state.error, 'the state after Cancel');
      assert.match(cancelled.error, /stopped waiting/);
      assert.ok(cancelled.retry, 'Try again is offered');
      assert.equal(cancelled.slow, '');
      assert.deepEqual(await errorEvents(), [], 'a cancel is not a failure');
      await eventually(() => host.requests.every((request) => request.fault !== 'hang' || request.closed), { what: 'the held request to be let go' });
      fault.times = 0;
      await page.locator(`${LIST_SELECTOR} >>> [part="retry"]`).click();
      await listWhen((state) => state.rows.length === 10, 'the list after Try again');
      await assertClean();
    });

    test('a server that never answers, with totalTimeout 4 s: the user is told it took too long within the total', async () => {
      const started = Date.now();
      await open([LIST], { client: { totalTimeout: 4_000 }, faults: [{ method: 'GET', path: '/leads', kind: 'hang' }] });
      const failed = await listWhen((state) => state.error, 'the timeout error', 12_000);
      const waited = Date.now() - started;
      assert.match(failed.error, /took too long/);
      assert.ok(waited < 4_000 + 3_000, `told after ${waited} ms`);
      assert.deepEqual(await errorEvents(), ['load:timeout']);
      await assertClean();
    });

    /** Opens the list with every page of leads rewritten by `rewrite(body)`. */
    const openRewritten = (rewrite) => open([LIST], { faults: [{ method: 'GET', path: '/leads', kind: 'rewrite', rewrite }] });

    test('wrong types in one record: the other nine show, one is counted as not shown and reported without values', async () => {
      let bad;
      await openRewritten((body) => {
        bad = body.data[3];
        body.data[3] = { ...bad, first_name: 12345, status: 7, created_at: true };
        return body;
      });
      const shown = await listWhen((state) => state.problems, 'the not-shown note');
      assert.equal(shown.rows.length, 9);
      assert.ok(!shown.rows.some((candidate) => candidate.id === bad.id), 'the bad record is not shown');
      assert.equal(shown.problems, '1 record could not be shown.');
      assert.equal(shown.error, '');
      const [warning] = await events('crm-warning');
      assert.equal(warning.detail.operation, 'load');
      assert.deepEqual(warning.detail.problems.invalid.map(({ index, id }) => ({ index, id })), [{ index: 3, id: bad.id }]);
      const paths = warning.detail.problems.invalid[0].issues.map((issue) => issue.path.join('.'));
      assert.deepEqual([...paths].sort(), ['created_at', 'first_name', 'status']);
      for (const value of [bad.last_name, bad.email, '12345']) assert.ok(!JSON.stringify(warning.detail).includes(value), 'no values in the warning');
      assert.deepEqual(await errorEvents(), []);
      assert.equal(host.leads().length, seeded, 'the CRM holds what it held');
      await assertClean();
    });

    test('an answer of the wrong shape is an unreadable answer in plain words, reported typed', async () => {
      await openRewritten(() => ({ data: { leads: 'many' }, total: 'all of them' }));
      const failed = await listWhen((state) => state.error, 'the error state');
      assert.match(failed.error, /could not read/);
      assert.deepEqual(await errorEvents(), ['load:validation']);
      await assertClean();
    });

    test('null in the required fields of one record: the other nine show, its id and field paths are reported', async () => {
      let bad;
      await openRewritten((body) => {
        bad = body.data[0];
        body.data[0] = { ...bad, first_name: null, last_name: null, email: null };
        return body;
      });
      const shown = await listWhen((state) => state.problems, 'the not-shown note');
      assert.equal(shown.rows.length, 9);
      assert.ok(!shown.rows.some((candidate) => candidate.id === bad.id));
      assert.equal(shown.problems, '1 record could not be shown.');
      const [warning] = await events('crm-warning');
      const [invalid] = warning.detail.problems.invalid;
      assert.equal(invalid.id, bad.id);
      assert.deepEqual(invalid.issues.map((issue) => issue.path.join('.')).sort(), ['email', 'first_name', 'last_name']);
      assert.deepEqual(await errorEvents(), []);
      await assertClean();
    });

    test('two patients with one id: the first shows once, selecting and clicking it hand over that record only', async () => {
      let first;
      await openRewritten((body) => {
        first = { ...body.data[0], first_name: 'María José', last_name: 'Ivanova' };
        body.data[0] = first;
        body.data[1] = { ...body.data[1], id: first.id, first_name: 'Zoë', last_name: 'Kierkegaard' };
        return body;
      });
      const shown = await listWhen((state) => state.problems, 'the not-shown note');
      assert.equal(shown.rows.length, 9);
      assert.deepEqual(shown.rows.filter((candidate) => candidate.id === first.id).map((candidate) => candidate.name), ['María José Ivanova']);
      assert.ok(!shown.rows.some((candidate) => candidate.name.includes('Kierkegaard')));
      assert.equal(shown.problems, '1 record could not be shown.');
      const [warning] = await events('crm-warning');
      assert.deepEqual(warning.detail.problems.duplicateIds, [first.id]);

      await page.locator(`${row(first.id)} input[data-select]`).click();
      const selected = await listWhen((state) => state.bulk, 'the selection');
      assert.equal(selected.bulk, '1 selected');
      assert.deepEqual(selected.rows.filter((candidate) => candidate.checked).map((candidate) => candidate.id), [first.id]);

      await page.locator(`${row(first.id)} [part~="cell"]`).click();
      const [select] = await eventsOnce('crm-lead-select');
      assert.deepEqual(
        { id: select.detail.lead.id, name: `${select.detail.lead.first_name} ${select.detail.lead.last_name}` },
        { id: first.id, name: 'María José Ivanova' },
      );
      await assertClean(['María José Ivanova', 'Zoë Kierkegaard']);
    });

    test('every record of a page with one id: one row, nine counted as not shown', async () => {
      let first;
      await openRewritten((body) => {
        first = body.data[0];
        body.data = body.data.map((lead) => ({ ...lead, id: first.id }));
        return body;
      });
      const shown = await listWhen((state) => state.problems, 'the not-shown note');
      assert.deepEqual(shown.rows.map((candidate) => candidate.id), [first.id]);
      assert.equal(shown.problems, '9 records could not be shown.');
      await page.locator(`${row(first.id)} [part~="cell"]`).click();
      const [select] = await eventsOnce('crm-lead-select');
      assert.equal(select.detail.lead.email, first.email);
      await assertClean();
    });

    test('10,000 rows for per_page=10: ten rows, the surplus reported to the host, select all selects ten', async () => {
      await openRewritten((body) => {
        const template = body.data[0];
        body.data = Array.from({ length: 10_000 }, (_, index) => ({ ...template, id: 100_000 + index, email: `row${index}@example.test` }));
        body.total = 10_000;
        return body;
      });
      const [warning] = await eventsOnce('crm-warning', 20_000);
      assert.equal(warning.detail.problems.surplus, 9_990);
      const shown = await listWhen((state) => state.rows.length, 'the rows');
      assert.deepEqual(shown.rows.map((candidate) => candidate.id), Array.from({ length: 10 }, (_, index) => 100_000 + index));
      assert.equal(shown.range, '1–10 of 10,000');
      assert.ok(shown.nodes < 2_000, `${shown.nodes} nodes in the list`);
      await page.locator(`${LIST_SELECTOR} >>> thead input[type="checkbox"]`).click();
      const selected = await listWhen((state) => state.bulk, 'the selection');
      assert.equal(selected.bulk, '10 selected');
      await assertClean();
    });

    test('hostile text: a 100,000-character name stays in its cell, bidi overrides do not reorder, the host gets the record whole', async () => {
      const lead = (fields) => ({ phone: '', company: '', status: 'new', source: 'website', pipeline_id: 1, notes: null, assigned_to: null, ...fields });
      let long;
      let bidi;
      await open([['crm-dashboard', {}], LIST], {
        prepare: (crm) => {
          // And a 5,000-character status, which the dashboard's chart labels.
          long = crm.db.leads.insert(lead({ first_name: 'W'.repeat(100_000), last_name: 'Long', email: 'long.name@example.test', status: 'S'.repeat(5_000) }));
          bidi = crm.db.leads.insert(lead({ first_name: '\u202Eredro\u202C', last_name: 'Bidi\u202Egnp.exe', email: 'bidi.name@example.test' }));
        },
      });
      const shown = await listWhen((state) => state.rows.some((candidate) => candidate.id === bidi.id), 'the hostile rows');
      await until(page, () => Boolean(document.querySelector('crm-dashboard').shadowRoot.querySelector('[part="chart-image"]')), null, { what: 'the charts' });

      const longRow = shown.rows.find((candidate) => candidate.id === long.id);
      assert.ok(longRow.name.length <= 200, `the name cell shows ${longRow.name.length} characters`);
      // As wide as the rows of ordinary leads (which may scroll a few px inside the list where
      // the window is narrow for every column), not pushed wider by the name.
      const ordinary = Math.max(...shown.rows.filter((candidate) => ![long.id, bidi.id].includes(candidate.id)).map((candidate) => candidate.right));
      assert.ok(longRow.right <= ordinary + 1, `the row ends at ${longRow.right} px, ordinary rows at ${ordinary} px`);
      const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(pageWidth <= shown.viewportWidth, `the page is ${pageWidth} px wide in a ${shown.viewportWidth} px window`);
      const bidiRow = shown.rows.find((candidate) => candidate.id === bidi.id);
      assert.doesNotMatch(bidiRow.name, /[\u202A-\u202E\u2066-\u2069]/, 'no bidi control is shown');
      assert.equal(bidiRow.name, 'redro Bidignp.exe');

      await page.locator(`${row(long.id)} [part~="cell"]`).click();
      const [select] = await eventsOnce('crm-lead-select');
      assert.equal(select.detail.lead.first_name.length, 100_000, 'the host gets the name as stored');
      assert.equal(host.crm.db.leads.get(long.id).first_name.length, 100_000, 'the CRM holds it unchanged');
      await assertClean(['W'.repeat(200), 'redro', 'long.name@example.test', 'bidi.name@example.test']);
    });
  });
}
