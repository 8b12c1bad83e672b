// <crm-leads-list>: what the table shows, its loading / empty / error states (axe-clean in each),
// the live region, and row activation by mouse and keyboard.
import type { CrmId } from '@mindbrite/crm-client';
import { aTimeout, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { crm, mockClient, recordRequests, useMockCrm } from './support/mock-crm.js';
import {
  announcement,
  button,
  cellTexts,
  expect,
  holdLeadRequests,
  leadsNewestFirst,
  names,
  rowAction,
  rows,
  settledList,
  shadow,
  waitFor,
  waitForSettled,
  type CrmLeadsList,
} from './support/leads-list.js';

describe('crm-leads-list', function () {
  // Generous: these suites share two cores with other suites, and axe over a page of rows is slow there.
  this.timeout(20_000);
  useMockCrm();

  describe('the table', () => {
    it('is a real table with column headers and a name, showing the first page newest first', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
      const table = shadow(list).querySelector('table')!;
      expect(table.getAttribute('aria-label')).to.equal('Leads');
      const columnHeaders = [...table.querySelectorAll('thead th')];
      expect(columnHeaders.every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
      expect(columnHeaders.map((th) => th.textContent!.replace(/[▲▼↕]/g, '').trim())).to.deep.equal([
        '', 'Name', 'Company', 'Email', 'Phone', 'Status', 'Source', 'Created', 'Actions',
      ]);
      const expected = leadsNewestFirst().slice(0, 25);
      expect(rows(list)).to.have.length(25);
      expect(names(list)).to.deep.equal(expected.map((lead) => `${lead.first_name} ${lead.last_name}`));
      await expect(list).to.be.accessible();
    });

    it('shows statuses and sources in words, and values it does not know as they are', async () => {
      crm.db.leads.load([
        { ...crm.db.leads.get(1), id: 1, status: 'walk_in_pending', source: 'walk_in' },
        { ...crm.db.leads.get(2), id: 2, status: 'qualified', source: 'tv_ad' },
      ]);
      const list = await settledList(html`<crm-leads-list .client=${mockClient()} sort="id" order="asc"></crm-leads-list>`);
      const [first, second] = cellTexts(list);
      expect(first!.slice(4, 6)).to.deep.equal(['Walk in pending', 'Walk-in']);
      expect(second!.slice(4, 6)).to.deep.equal(['Qualified', 'Tv ad']);
    });

    it('formats the created date for the locale', async () => {
      crm.db.leads.load([{ ...crm.db.leads.get(1), id: 1, created_at: '2026-03-04T10:00:00Z' }]);
      const list = await settledList(html`<crm-leads-list .client=${mockClient()} locale="de-DE"></crm-leads-list>`);
      expect(cellTexts(list)[0]![6]).to.equal('04.03.2026');
    });

    it('announces the result count in a live region', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
      expect(announcement(list)).to.equal('25 of 250 leads');
    });

    it('renders lead fields holding markup as text, executing nothing', async () => {
      const payloads = {
        first_name: '<img src=x onerror="window.__leadsXss=1">',
        last_name: '<script>window.__leadsXss=2</script>',
        company: '"><svg onload="window.__leadsXss=3">',
        email: 'javascript:window.__leadsXss=4',
        phone: '<iframe src="javascript:window.__leadsXss=5">',
        status: '<b onmouseover="window.__leadsXss=6">hot</b>',
        source: '{{constructor.constructor("window.__leadsXss=7")()}}',
      };
      crm.db.leads.load([{ ...crm.db.leads.get(1), id: 1, ...payloads }]);
      const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
      const row = rows(list)[0]!;
      expect(row.querySelector('img, script, svg, iframe, b')).to.equal(null);
      expect(cellTexts(list)[0]![0]).to.equal(`${payloads.first_name} ${payloads.last_name}`);
      expect(cellTexts(list)[0]![1]).to.equal(payloads.company);
      expect(row.querySelector('a[href^="mailto:"]')!.getAttribute('href')).to.equal(`mailto:${payloads.email}`);
      await aTimeout(50);
      expect((window as unknown as { __leadsXss?: number }).__leadsXss).to.equal(undefined);
    });
  });

  describe('states', () => {
    it('shows a skeleton while the first page loads', async () => {
      const held = holdLeadRequests();
      try {
        const list = await fixture<CrmLeadsList>(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
        await waitFor(() => shadow(list).querySelector('[part="skeleton"]'), 'skeleton');
        expect(shadow(list).querySelector('[part="skeleton"]')!.getAttribute('aria-busy')).to.equal('true');
        await expect(list).to.be.accessible();
      } finally {
        held.release();
      }
    });

    it('says there are no leads yet when the CRM has none', async () => {
      crm.scenario.set({ empty: true });
      const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
      const empty = shadow(list).querySelector('[part="empty"]')!;
      expect(empty.textContent).to.contain('No leads yet');
      expect(empty.querySelector('button')).to.equal(null);
      await expect(list).to.be.accessible();
    });

    it('says nothing matches when filters exclude every lead, and clears them on request', async () => {
      const list = await settledList(
        html`<crm-leads-list .client=${mockClient()} search="zz-no-such-lead" status="lost"></crm-leads-list>`,
      );
      const empty = shadow(list).querySelector('[part="empty"]')!;
      expect(empty.textContent).to.contain('No leads match your search and filters.');
      await expect(list).to.be.accessible();
      button(empty, 'Clear search and filters').click();
      await waitFor(() => rows(list).length === 25, 'all leads again');
      expect(list.search).to.equal('');
      expect(list.status).to.equal('');
      expect(list.hasAttribute('search')).to.equal(false);
      expect(shadow(list).querySelector<HTMLInputElement>('input[type="search"]')!.value).to.equal('');
      expect(shadow(list).activeElement, 'focus went on to the search box, not to the page').to.equal(
        shadow(list).querySelector('input[type="search"]'),
      );
    });

    it('explains a failure in plain words, fires crm-error, and retries', async () => {
      crm.scenario.set({ error: { status: 503, routes: ['GET /leads'] } });
      const errors: CustomEvent[] = [];
      const host = fixtureSync<HTMLElement>(
        html`<div @crm-error=${(event: CustomEvent) => errors.push(event)}><crm-leads-list .client=${mockClient()}></crm-leads-list></div>`,
      );
      const list = host.querySelector('crm-leads-list')!;
      await waitForSettled(list);
      const error = shadow(list).querySelector('[part="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('The CRM ran into a problem on its side.');
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.operation).to.equal('load');
      await expect(list).to.be.accessible();

      crm.scenario.reset();
      const requests = recordRequests();
      button(error, 'Try again').focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => rows(list).length === 25, 'rows after retry');
      expect(requests.matching('GET', '/leads')).to.have.length(1);
      await waitFor(() => shadow(list).activeElement === rows(list)[0], 'focus on the first row, where the button was');
      requests.stop();
    });

    it('explains it is not connected when it has no client', async () => {
      const list = await fixture<CrmLeadsList>(html`<crm-leads-list></crm-leads-list>`);
      expect(shadow(list).querySelector('[part="error"]')!.textContent).to.contain('not connected to the CRM');
      await expect(list).to.be.accessible();
    });

    it('keeps the rows while the next page loads, marked busy', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
      const held = holdLeadRequests();
      try {
        button(shadow(list), 'Next page').click();
        await waitFor(() => shadow(list).querySelector('table[aria-busy="true"]'), 'busy table');
        expect(rows(list)).to.have.length(25);
        await expect(list).to.be.accessible();
      } finally {
        held.release();
      }
    });
  });

  describe('row activation', () => {
    /**
     * The ids of the leads whose rows are activated. Like a host that shows a lead its own way, it
     * cancels the event, so the list's record view stays closed and the rows stay in reach of the keys.
     */
    const selections = (list: HTMLElement) => {
      const leads: CrmId[] = [];
      list.addEventListener('crm-lead-select', (event) => {
        leads.push(event.detail.lead.id);
        event.preventDefault();
      });
      return leads;
    };

    it('fires crm-lead-select with the lead when a row is clicked', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
      const third = leadsNewestFirst()[2]!;
      const event = oneEvent(list, 'crm-lead-select');
      rows(list)[2]!.querySelector<HTMLElement>('td[part="cell"]')!.click();
      const { detail, bubbles, composed } = await event;
      expect(detail.lead.id).to.equal(third.id);
      expect(detail.lead.email).to.equal(third.email);
      expect(bubbles && composed).to.equal(true);
    });

    it('fires crm-lead-select on Enter or Space on a focused row, and rows are in the tab order', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
      const selected = selections(list);
      const [first, second] = rows(list);
      expect(first!.tabIndex).to.equal(0);
      first!.focus();
      await sendKeys({ press: 'Enter' });
      second!.focus();
      // ' ', the Space key by its character: puppeteer's Firefox (WebDriver BiDi) knows no key named 'Space'.
      await sendKeys({ press: ' ' });
      const order = leadsNewestFirst();
      expect(selected).to.deep.equal([order[0]!.id, order[1]!.id]);
    });

    it('moves between rows with the arrow keys, Home and End, but not from a control inside a row', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()} page-size="10"></crm-leads-list>`);
      const all = rows(list);
      const focused = () => all.indexOf(shadow(list).activeElement as HTMLTableRowElement);
      all[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      expect(focused()).to.equal(2);
      await sendKeys({ press: 'ArrowUp' });
      expect(focused()).to.equal(1);
      await sendKeys({ press: 'End' });
      expect(focused()).to.equal(9);
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(), 'stays on the last row').to.equal(9);
      await sendKeys({ press: 'Home' });
      expect(focused()).to.equal(0);
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(), 'stays on the first row').to.equal(0);

      const selected = selections(list);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      expect(selected).to.deep.equal([leadsNewestFirst()[1]!.id]);

      const box = all[3]!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      box.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(shadow(list).activeElement, 'the arrow is the checkbox’s').to.equal(box);
    });

    it('does not fire crm-lead-select for clicks on the checkbox, the action buttons or a link', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
      const selected = selections(list);
      const row = rows(list)[0]!;
      row.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
      row.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!.addEventListener('click', (event) => event.preventDefault());
      row.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!.click();
      // The row's menu button, and Delete in the menu (its module loads with the menu).
      await rowAction(list, row, 'Delete');
      await waitFor(() => shadow(list).querySelector('dialog')?.open, 'the confirmation');
      shadow(list).querySelector('dialog')!.close();
      await aTimeout(0);
      expect(selected).to.deep.equal([]);
    });

    it('does not fire crm-lead-select when Enter is pressed on a button inside the row', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
      const selected = selections(list);
      rows(list)[0]!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(selected).to.deep.equal([]);
    });
  });
});
