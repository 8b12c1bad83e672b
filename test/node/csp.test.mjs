// The README's Content Security Policy, proven: a page served with exactly that header loads the
// built single-file bundle (the module, and the classic script), the widgets render and work
// against a CRM on the page's origin, and the browser reports no violation and no error, in
// Chromium and Firefox. Under a policy whose
// Trusted Types list leaves out lit's policy, the bundle says in the console what to add.
// Needs the build (`npm test` makes it; alone: `node_modules/.bin/rollup -c rollup.config.mjs`).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ENGINES, eventually, hostLog, startCrmHost, until, useBrowserPage } from './support/crm-host.mjs';

/** The README's "With a script tag" embedding, plus a form, under the page's policy: the module, or the classic script. */
const widgetsPage = (script = '<script type="module" src="/crm-elements.bundle.js"></script>') => `<!doctype html>
<html lang="en-US">
  <head>
    <meta charset="utf-8" />
    <title>EMR host under CSP</title>
    <script src="/host-log.js"></script>
    ${script}
  </head>
  <body>
    <crm-provider api-base="/api/crm">
      <crm-dashboard quick-actions="inline"></crm-dashboard>
      <crm-leads-list page-size="10"></crm-leads-list>
      <crm-lead-form></crm-lead-form>
      <crm-lead-dialog></crm-lead-dialog>
    </crm-provider>
  </body>
</html>`;

/** The README's policy with a Trusted Types list that names the host's own policy, not lit's. */
const withoutLit = (policy) => policy.replace('trusted-types lit-html', 'trusted-types emr-host');

let host;
before(async () => {
  host = await startCrmHost({ pages: { '/widgets.html': { body: widgetsPage() }, '/classic.html': { body: widgetsPage('<script src="/crm-elements.global.js"></script>') } } });
});
after(() => host?.close());

for (const engine of ENGINES) {
  describe(`under the README's Content Security Policy, in ${engine}`, () => {
    let page;
    let seen;
    useBrowserPage(engine, (opened) => ({ page, seen } = opened));

    test('the widgets render and work with no violation, no error and no console error', async () => {
      host.reset();
      seen.pageErrors.length = 0;
      seen.console.length = 0;
      const response = await page.goto(`${host.url}/widgets.html`);
      assert.equal(response.headers()['content-security-policy'], host.policy);
      assert.match(host.policy, /^default-src 'none'; /, 'the policy allows nothing it does not name');

      const shown = await until(page, () => {
        const root = (tag) => document.querySelector(tag)?.shadowRoot;
        const rows = root('crm-leads-list')?.querySelectorAll('[part~="row"]').length ?? 0;
        const figures = root('crm-dashboard')?.querySelector('section > dl')?.textContent.includes('Total leads');
        const fields = root('crm-lead-form')?.querySelectorAll('input').length ?? 0;
        return rows && figures && fields && { rows, fields };
      }, null, { timeout: 20_000, what: 'the dashboard, the list and the form to show their data' });
      assert.equal(shown.rows, 10);

      // What loads on first use: the row actions with their confirmation, the edit dialog and its
      // form, the form's duplicate check; then a create through the form, which the list shows.
      await page.locator('crm-leads-list >>> [part~="row"] input[data-select]').click();
      await until(page, () => Boolean(document.querySelector('crm-leads-list').shadowRoot.querySelector('[part~="bulk-actions"]')), null, { what: 'the bulk bar' });
      await page.locator('crm-leads-list >>> [part~="row"] button[data-action="edit"]').click();
      await until(page, () => {
        const dialog = document.querySelector('crm-leads-list').shadowRoot.querySelector('crm-lead-dialog');
        return dialog?.shadowRoot?.querySelector('crm-lead-form')?.shadowRoot?.querySelector('input#first_name')?.value;
      }, null, { what: 'the edit dialog with its lead' });
      await page.keyboard.press('Escape');

      const lead = { first_name: 'Odalys', last_name: 'Brightwater', email: 'odalys.brightwater@example.test' };
      for (const [field, value] of Object.entries(lead)) await page.locator(`crm-lead-form >>> #${field}`).fill(value);
      await page.locator('crm-lead-form >>> [part~="submit"]').click();
      await until(page, () => window.hostLog.events.some((event) => event.type === 'crm-lead-created'), null, { what: 'crm-lead-created' });
      assert.equal(host.leads().filter((stored) => stored.email === lead.email).length, 1);
      await until(page, (email) => [...document.querySelector('crm-leads-list').shadowRoot.querySelectorAll('[part~="row"]')]
        .some((row) => row.textContent.includes(email)), lead.email, { what: 'the new lead in the list' });

      const log = await hostLog(page);
      assert.deepEqual(log.violations, [], 'CSP violations');
      assert.deepEqual(log.errors, [], 'errors and unhandled rejections');
      assert.deepEqual(seen.pageErrors, [], 'page errors');
      assert.deepEqual(seen.console.filter((message) => message.type === 'error' || message.type === 'warn'), [], 'console errors and warnings');
    });

    test('the classic script renders the widgets with no violation, no error and no console error', async () => {
      seen.pageErrors.length = 0;
      seen.console.length = 0;
      await page.goto(`${host.url}/classic.html`);
      await until(page, () => {
        const root = (tag) => document.querySelector(tag)?.shadowRoot;
        return root('crm-leads-list')?.querySelectorAll('[part~="row"]').length === 10 && root('crm-dashboard')?.querySelector('section > dl')?.textContent.includes('Total leads');
      }, null, { timeout: 20_000, what: 'the dashboard and the list to show their data' });
      assert.equal(await page.evaluate(() => typeof window.MindBriteCrm?.createCrmClient), 'function');
      const log = await hostLog(page);
      assert.deepEqual(log.violations, [], 'CSP violations');
      assert.deepEqual(log.errors, [], 'errors and unhandled rejections');
      assert.deepEqual(seen.pageErrors, [], 'page errors');
      assert.deepEqual(seen.console.filter((message) => message.type === 'error' || message.type === 'warn'), [], 'console errors and warnings');
    });

    test('a policy without trusted-types lit-html gets a clear console error, not silence', async () => {
      const forbidding = await startCrmHost({ pages: { '/widgets.html': { body: widgetsPage(), policy: withoutLit(host.policy) } } });
      try {
        seen.console.length = 0;
        await page.goto(`${forbidding.url}/widgets.html`);
        const hint = await eventually(() => seen.console.find((message) => message.text.startsWith('MindBrite CRM:')), {
          what: 'the MindBrite CRM message in the console',
        });
        assert.equal(hint.type, 'error');
        assert.match(hint.text, /add trusted-types lit-html/);
        // What the message explains: lit could not start, so no element was defined.
        assert.equal(await page.evaluate(() => customElements.get('crm-leads-list')), undefined);
        const log = await hostLog(page);
        assert.deepEqual(log.violations.map(({ directive, sample }) => `${directive} ${sample}`), ['trusted-types lit-html']);
      } finally {
        await forbidding.close();
      }
    });
  });
}
