// <crm-leads-list>: search (debounced, one request, stale answers ignored), filters, sort, paging
// and page size, as a user drives them, and the same state set by attributes.
import { aTimeout, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { crm, mockClient, recordRequests, useMockCrm } from './support/mock-crm.js';
import {
  announcement,
  button,
  choose,
  control,
  expect,
  holdLeadRequests,
  leadsNewestFirst,
  names,
  rows,
  settledList,
  shadow,
  typeSearch,
  waitFor,
  waitForSettled,
} from './support/leads-list.js';

const fullName = (lead: { first_name: string; last_name: string }) => `${lead.first_name} ${lead.last_name}`;
const range = (list: HTMLElement) => shadow(list).querySelector('[part="pagination"] > span')!.textContent!.trim();
const pressEnter = (list: HTMLElement) =>
  shadow(list).querySelector('input[type="search"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));

describe('crm-leads-list search, filters, sort and paging', function () {
  // Generous: these suites share two cores with other suites, and axe over a page of rows is slow there.
  this.timeout(20_000);
  useMockCrm();

  describe('search', () => {
    it('sends one request once typing pauses, and shows the matching leads', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
      const target = crm.db.leads.get(42);
      const requests = recordRequests();
      typeSearch(list, target.last_name);
      await aTimeout(100);
      expect(requests.sent, 'nothing sent while typing').to.have.length(0);
      await waitFor(() => requests.sent.length === 1, 'the search request', { timeout: 2000 });
      await waitForSettled(list);
      await aTimeout(400);
      const searches = requests.matching('GET', '/leads');
      expect(searches).to.have.length(1);
      expect(searches[0]!.query.get('search')).to.equal(target.last_name);
      expect(searches[0]!.query.get('page')).to.equal('1');
      expect(names(list)).to.include(fullName(target));
      expect(list.hasAttribute('search'), 'the term, usually a patient’s name, is not reflected to an attribute').to.equal(false);
      requests.stop();
    });

    it('reads a search attribute the host sets, and removes it once the user searches for something else', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
      list.setAttribute('search', 'ann');
      await waitForSettled(list);
      expect(list.search).to.equal('ann');
      expect(shadow(list).querySelector<HTMLInputElement>('input[type="search"]')!.value).to.equal('ann');

      typeSearch(list, 'bob');
      pressEnter(list);
      await waitForSettled(list);
      expect(list.search).to.equal('bob');
      expect(list.hasAttribute('search'), 'no attribute keeps a name the list no longer searches for').to.equal(false);
    });

    it('keeps the space typed before a pause, so a name can go on after it', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
      const input = shadow(list).querySelector<HTMLInputElement>('input[type="search"]')!;
      typeSearch(list, 'Mary ');
      await waitFor(() => list.search === 'Mary', 'the term is committed, trimmed');
      await list.updateComplete;
      expect(input.value, 'the box still holds what was typed').to.equal('Mary ');
      typeSearch(list, 'Mary Ann');
      await waitFor(() => list.search === 'Mary Ann', 'the longer term is committed');
      await list.updateComplete;
      expect(input.value).to.equal('Mary Ann');

      list.search = 'Bob';
      await list.updateComplete;
      expect(input.value, 'a term set by the host replaces the text').to.equal('Bob');
    });

    it('searches at once on Enter', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
      const requests = recordRequests();
      typeSearch(list, 'ann');
      pressEnter(list);
      await list.updateComplete;
      expect(list.search, 'committed without waiting for the debounce delay').to.equal('ann');
      await waitFor(() => requests.sent.length === 1, 'the search request');
      expect(requests.sent[0]!.query.get('search')).to.equal('ann');
      await aTimeout(400);
      expect(requests.sent, 'the pending keystrokes were dropped').to.have.length(1);
      requests.stop();
    });

    it('aborts the older request and never lets its answer replace the newer one', async () => {
      // The signal of every request the client sends, by search term, to see which were cancelled.
      const signals = new Map<string, AbortSignal>();
      const client = mockClient({
        fetch: (input, init) => {
          const request = new Request(input, init);
          signals.set(new URL(request.url).searchParams.get('search') ?? '', request.signal);
          return fetch(request);
        },
      });
      const list = await settledList(html`<crm-leads-list .client=${client}></crm-leads-list>`);
      const older = crm.db.leads.get(10);
      const newer = crm.db.leads.get(20);
      const held = holdLeadRequests((url) => url.searchParams.get('search') === older.last_name);
      try {
        typeSearch(list, older.last_name);
        pressEnter(list);
        await waitFor(() => held.held === 1, 'the older search is in flight');
        typeSearch(list, newer.last_name);
        pressEnter(list);
        await waitFor(() => names(list).includes(fullName(newer)), 'the newer results');
        expect(signals.get(older.last_name)!.aborted, 'the older request was cancelled').to.equal(true);
        expect(signals.get(newer.last_name)!.aborted).to.equal(false);
      } finally {
        held.release();
      }
      await aTimeout(200);
      await waitForSettled(list);
      expect(names(list)).to.include(fullName(newer));
      expect(names(list)).not.to.include(fullName(older));
      expect(list.search).to.equal(newer.last_name);
    });

    it('goes back to the first page when the search changes', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()} page="3"></crm-leads-list>`);
      typeSearch(list, 'a');
      pressEnter(list);
      await waitFor(() => list.page === 1, 'page 1');
      expect(list.getAttribute('page')).to.equal('1');
    });
  });

  describe('filters', () => {
    it('filters by status and by source from labelled selects, and reflects them as attributes', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()} page="2"></crm-leads-list>`);
      const requests = recordRequests();
      choose(control(list, 'Status'), 'qualified');
      await waitForSettled(list);
      choose(control(list, 'Source'), 'referral');
      await waitForSettled(list);
      const last = requests.matching('GET', '/leads').at(-1)!;
      expect(last.query.get('status')).to.equal('qualified');
      expect(last.query.get('source')).to.equal('referral');
      expect(last.query.get('page')).to.equal('1');
      const expected = crm.db.leads.all().filter((lead) => lead.status === 'qualified' && lead.source === 'referral');
      expect(rows(list)).to.have.length(Math.min(25, expected.length));
      expect(rows(list).every((row) => row.textContent!.includes('Qualified') && row.textContent!.includes('Referral'))).to.equal(true);
      expect(list.getAttribute('status')).to.equal('qualified');
      expect(list.getAttribute('source')).to.equal('referral');
      expect(announcement(list)).to.equal(`${Math.min(25, expected.length)} of ${expected.length} leads`);

      choose(control(list, 'Status'), '');
      await waitForSettled(list);
      expect(list.hasAttribute('status')).to.equal(false);
      expect(requests.matching('GET', '/leads').at(-1)!.query.has('status')).to.equal(false);
      requests.stop();
    });

    it('offers a status set by attribute that it does not know, selected', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()} status="on_hold"></crm-leads-list>`);
      const select = control<HTMLSelectElement>(list, 'Status');
      expect(select.value).to.equal('on_hold');
      expect(select.selectedOptions[0]!.textContent!.trim()).to.equal('On hold');
    });

    it('offers a status its rows show that it does not know, and no empty source for a lead without one', async () => {
      crm.db.leads.load([
        { ...crm.db.leads.get(1), id: 1, status: 'nurturing', source: null },
        { ...crm.db.leads.get(2), id: 2, status: 'new', source: 'website' },
      ]);
      const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
      const values = (label: string) => [...control<HTMLSelectElement>(list, label).options].map((option) => option.value);
      expect(values('Status')).to.deep.equal(['', 'new', 'contacted', 'qualified', 'unqualified', 'converted', 'lost', 'nurturing']);
      expect(values('Source').filter((value) => !value), 'only "All sources" is empty').to.have.length(1);
    });
  });

  describe('sort', () => {
    const th = (list: HTMLElement, label: string) =>
      [...shadow(list).querySelectorAll('thead th')].find((cell) => cell.textContent!.includes(label))!;

    it('sorts by a column when its header is clicked, toggling ascending and descending, with aria-sort', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
      expect(th(list, 'Created').getAttribute('aria-sort')).to.equal('descending');
      const requests = recordRequests();

      th(list, 'Name').querySelector('button')!.click();
      await waitForSettled(list);
      expect(th(list, 'Name').getAttribute('aria-sort')).to.equal('ascending');
      expect(th(list, 'Created').hasAttribute('aria-sort')).to.equal(false);
      expect([...shadow(list).querySelectorAll('thead th[aria-sort]')]).to.have.length(1);
      const byLastName = crm.db.leads.all().sort((a, b) => a.last_name.localeCompare(b.last_name) || a.id - b.id);
      const shownLastNames = rows(list).map((row) => Number(row.dataset.id)).map((id) => crm.db.leads.get(id).last_name);
      expect(shownLastNames).to.deep.equal(byLastName.slice(0, 25).map((lead) => lead.last_name));
      expect(requests.sent.at(-1)!.query.get('sort')).to.equal('last_name');
      expect(requests.sent.at(-1)!.query.get('order')).to.equal('asc');
      expect(list.getAttribute('sort')).to.equal('last_name');

      th(list, 'Name').querySelector('button')!.click();
      await waitForSettled(list);
      expect(th(list, 'Name').getAttribute('aria-sort')).to.equal('descending');
      expect(requests.sent.at(-1)!.query.get('order')).to.equal('desc');
      expect(list.getAttribute('order')).to.equal('desc');
      await expect(list).to.be.accessible();
      requests.stop();
    });
  });

  describe('paging', () => {
    it('pages with first, previous, next and last, showing the range and total', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
      const order = leadsNewestFirst();
      expect(range(list)).to.equal('1–25 of 250');
      expect(button(shadow(list), 'First page').getAttribute('aria-disabled')).to.equal('true');
      expect(getComputedStyle(button(shadow(list), 'First page')).opacity, 'looks unavailable').to.equal('0.6');
      expect(button(shadow(list), 'Previous page').getAttribute('aria-disabled')).to.equal('true');

      button(shadow(list), 'Next page').click();
      await waitForSettled(list);
      expect(range(list)).to.equal('26–50 of 250');
      expect(names(list)[0]).to.equal(fullName(order[25]!));
      expect(list.getAttribute('page')).to.equal('2');

      const last = button(shadow(list), 'Last page');
      last.focus();
      await sendKeys({ press: 'Enter' });
      await waitForSettled(list);
      expect(range(list)).to.equal('226–250 of 250');
      expect(shadow(list).activeElement, 'focus stays on the button pressed').to.equal(last);
      await sendKeys({ press: 'Enter' });
      await list.updateComplete;
      expect(range(list), 'pressing it again changes nothing').to.equal('226–250 of 250');
      expect(button(shadow(list), 'Next page').getAttribute('aria-disabled')).to.equal('true');
      expect(button(shadow(list), 'Last page').getAttribute('aria-disabled')).to.equal('true');

      button(shadow(list), 'Previous page').click();
      await waitForSettled(list);
      expect(range(list)).to.equal('201–225 of 250');
      button(shadow(list), 'First page').click();
      await waitForSettled(list);
      expect(range(list)).to.equal('1–25 of 250');
      await expect(list).to.be.accessible();
    });

    it('changes the page size (10, 25, 50, 100) and goes back to page 1', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()} page="4"></crm-leads-list>`);
      const select = control<HTMLSelectElement>(list, 'Rows per page');
      expect([...select.options].map((option) => option.value)).to.deep.equal(['10', '25', '50', '100']);
      const requests = recordRequests();
      choose(select, '100');
      await waitForSettled(list);
      expect(rows(list)).to.have.length(100);
      expect(range(list)).to.equal('1–100 of 250');
      expect(requests.sent.at(-1)!.query.get('per_page')).to.equal('100');
      expect(list.getAttribute('page-size')).to.equal('100');
      expect(list.getAttribute('page')).to.equal('1');
      requests.stop();
    });

    it('shows the new last page when the page it was on no longer exists', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()} page="30"></crm-leads-list>`);
      await waitFor(() => list.page === 10 && rows(list).length === 25, 'the last page');
      expect(range(list)).to.equal('226–250 of 250');
    });
  });

  describe('attributes', () => {
    it('starts from search, status and source attributes, with one request', async () => {
      const requests = recordRequests();
      const list = await settledList(
        html`<crm-leads-list .client=${mockClient()} search="e" status="new" source="website"></crm-leads-list>`,
      );
      const sent = requests.matching('GET', '/leads');
      expect(sent).to.have.length(1);
      expect(Object.fromEntries(sent[0]!.query)).to.deep.equal({
        search: 'e', status: 'new', source: 'website', sort: 'created_at', order: 'desc', page: '1', per_page: '25',
      });
      expect(shadow(list).querySelector<HTMLInputElement>('input[type="search"]')!.value).to.equal('e');
      expect(control<HTMLSelectElement>(list, 'Status').value).to.equal('new');
      expect(control<HTMLSelectElement>(list, 'Source').value).to.equal('website');
      requests.stop();
    });

    it('starts from sort, order, page and page-size attributes', async () => {
      const requests = recordRequests();
      const list = await settledList(
        html`<crm-leads-list .client=${mockClient()} sort="email" order="asc" page="3" page-size="10"></crm-leads-list>`,
      );
      const sent = requests.matching('GET', '/leads');
      expect(sent).to.have.length(1);
      expect(Object.fromEntries(sent[0]!.query)).to.deep.equal({ sort: 'email', order: 'asc', page: '3', per_page: '10' });
      const byEmail = crm.db.leads.all().sort((a, b) => a.email.localeCompare(b.email, 'en') || a.id - b.id);
      expect(rows(list).map((row) => Number(row.dataset.id))).to.deep.equal(byEmail.slice(20, 30).map((lead) => lead.id));
      expect(range(list)).to.equal('21–30 of 250');
      requests.stop();
    });

    it('reloads when the host changes an attribute, and brings odd values into range', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
      const requests = recordRequests();
      list.setAttribute('page-size', '30');
      list.setAttribute('sort', 'favourite_colour');
      list.setAttribute('page', '-3');
      await waitForSettled(list);
      const query = requests.matching('GET', '/leads').at(-1)!.query;
      expect(query.get('per_page')).to.equal('50');
      expect(query.get('sort')).to.equal('created_at');
      expect(query.get('page')).to.equal('1');
      expect(list.getAttribute('page-size')).to.equal('50');
      expect(list.getAttribute('sort')).to.equal('created_at');
      requests.stop();
    });
  });
});
