// <crm-contacts-list>: the records list over contacts. What the table shows and its states (axe in
// each), search, filters (unknown values kept), sort, paging, column choice, row events and actions
// (follow up, delete), bulk status change and delete, CSV export, and a lead converted in a leads
// list sharing the client appearing with no host code.
import { aTimeout, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { Contact } from '@mindbrite/crm-client';
import '../../packages/crm-elements/src/dashboard/crm-dashboard.js';
import { crm, mockClient, recordRequests, useMockCrm } from './support/mock-crm.js';
import {
  announcement,
  answer,
  menuItems,
  openRowMenu,
  rowAction,
  confirmOpen,
  fullName,
  bulkBar,
  button,
  captureDownloads,
  cellTexts,
  choose,
  control,
  csvRecords,
  dialog,
  expect,
  idOf,
  names,
  notice,
  rows,
  select,
  settledList,
  shadow,
  typeSearch,
  waitFor,
  waitForSettled,
  type CrmContactsList,
  type CrmLeadsList,
} from './support/records-list.js';

const contactsNewestFirst = () => crm.db.contacts.all().sort((a, b) => b.created_at.localeCompare(a.created_at) || a.id - b.id);
const contactsList = (template = html`<crm-contacts-list .client=${mockClient()}></crm-contacts-list>`) =>
  settledList<CrmContactsList>(template);
const headerLabels = (list: HTMLElement) =>
  [...shadow(list).querySelectorAll('thead th')].map((th) => th.textContent!.replace(/[▲▼↕]/g, '').trim());

describe('crm-contacts-list', function () {
  // Generous: these suites share two cores with other suites, and axe over a page of rows is slow there.
  this.timeout(20_000);
  useMockCrm();

  describe('the table', () => {
    it('is a table of contacts with their columns, newest first, and says how many there are', async () => {
      const list = await contactsList();
      expect(shadow(list).querySelector('table')!.getAttribute('aria-label')).to.equal('Contacts');
      expect(headerLabels(list)).to.deep.equal([
        '', 'Name', 'Email', 'Phone', 'Company', 'Position', 'Status', 'Source', 'Created', 'Updated', 'Actions',
      ]);
      const expected = contactsNewestFirst().slice(0, 25);
      expect(names(list)).to.deep.equal(expected.map(fullName));
      const total = crm.db.contacts.all().length;
      expect(announcement(list)).to.equal(`25 of ${total} contacts`);
      expect(shadow(list).querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!.href).to.equal(`mailto:${expected[0]!.email}`);
      await expect(list).to.be.accessible();
    });

    it('shows statuses and sources in words, and values it does not know as they are', async () => {
      crm.db.contacts.load([
        { ...crm.db.contacts.get(1), id: 1, status: 'prospect', source: 'walk_in', position: 'Office manager' },
        { ...crm.db.contacts.get(2), id: 2, status: 'on_hold', source: 'tv_ad', position: null },
      ]);
      const list = await contactsList(html`<crm-contacts-list .client=${mockClient()} sort="id" order="asc"></crm-contacts-list>`);
      const [first, second] = cellTexts(list);
      expect(first!.slice(4, 7)).to.deep.equal(['Office manager', 'Prospect', 'Walk-in']);
      expect(second!.slice(4, 7)).to.deep.equal(['', 'On hold', 'Tv ad']);
    });

    it('renders contact fields holding markup as text, executing nothing', async () => {
      const payloads = {
        first_name: '<img src=x onerror="window.__contactsXss=1">',
        last_name: '<script>window.__contactsXss=2</script>',
        company: '"><svg onload="window.__contactsXss=3">',
        position: '<iframe src="javascript:window.__contactsXss=4">',
        status: '<b onmouseover=x>vip</b>',
      };
      crm.db.contacts.load([{ ...crm.db.contacts.get(1), id: 1, ...payloads }]);
      const list = await contactsList();
      expect(rows(list)[0]!.querySelector('img, script, svg, iframe, b')).to.equal(null);
      const [cells] = cellTexts(list);
      // A name this long (85 characters) is cut to what a cell shows on its line, and whole in its tooltip.
      const name = `${payloads.first_name} ${payloads.last_name}`;
      expect(cells![0]).to.equal(`${name.slice(0, 79)}…`);
      expect(rows(list)[0]!.querySelector('td[part="cell"]')!.getAttribute('title')).to.equal(name);
      expect(cells!.slice(3, 6)).to.deep.equal([payloads.company, payloads.position, payloads.status]);
      expect((window as { __contactsXss?: number }).__contactsXss).to.equal(undefined);
    });

    it('says there are no contacts yet, and that nothing matches a search, with a way back', async () => {
      const contact = contactsNewestFirst()[0]!;
      crm.db.contacts.load([]);
      const empty = await contactsList();
      expect(shadow(empty).querySelector('[part="empty"]')!.textContent).to.contain('No contacts yet.');
      await expect(empty).to.be.accessible();

      crm.db.contacts.load([{ ...contact, id: 1, first_name: 'Ana' }]);
      const list = await contactsList(html`<crm-contacts-list .client=${mockClient()} search="zzz-nobody"></crm-contacts-list>`);
      expect(shadow(list).querySelector('[part="empty"]')!.textContent).to.contain('No contacts match your search and filters.');
      button(shadow(list), 'Clear search and filters').click();
      await waitFor(() => rows(list).length === 1, 'the contact is listed again');
    });

    it('explains a failure in plain words, fires crm-error, and retries', async () => {
      crm.use(http.get(`${crm.baseUrl}/contacts`, () => HttpResponse.json({ message: 'boom' }, { status: 500 }), { once: true }));
      const host = fixtureSync<CrmContactsList>(html`<crm-contacts-list .client=${mockClient({ retry: { limit: 0 } })}></crm-contacts-list>`);
      const { detail } = await oneEvent(host, 'crm-error');
      expect(detail.operation).to.equal('load');
      await waitForSettled(host);
      expect(shadow(host).querySelector('[part="error"]')!.textContent).to.contain('The CRM ran into a problem');
      await expect(host).to.be.accessible();
      button(shadow(host), 'Try again').click();
      await waitFor(() => rows(host).length === 25, 'the contacts after the retry');
    });
  });

  describe('search, filters, sort and paging', () => {
    it('searches, filters by status and source, and sends each as a request parameter', async () => {
      const list = await contactsList();
      const requests = recordRequests();
      typeSearch(list, 'ana');
      await waitFor(() => requests.matching('GET', '/contacts').some(({ query }) => query.get('search') === 'ana'), 'the search request');
      await waitForSettled(list);
      expect(list.hasAttribute('search'), 'the search term is never reflected').to.equal(false);

      choose(control(list, 'Status'), 'inactive');
      await waitForSettled(list);
      choose(control(list, 'Source'), 'referral');
      await waitForSettled(list);
      const last = requests.matching('GET', '/contacts').at(-1)!.query;
      expect([last.get('search'), last.get('status'), last.get('source'), last.get('page')]).to.deep.equal(['ana', 'inactive', 'referral', '1']);
      expect([list.getAttribute('status'), list.getAttribute('source')]).to.deep.equal(['inactive', 'referral']);
      requests.stop();
    });

    it('offers a status the CRM uses but this SDK does not know, selected', async () => {
      const list = await contactsList(html`<crm-contacts-list .client=${mockClient()} status="vip"></crm-contacts-list>`);
      const options = [...control<HTMLSelectElement>(list, 'Status').options].map((option) => [option.value, option.selected]);
      expect(options).to.deep.equal([
        ['', false], ['active', false], ['inactive', false], ['prospect', false], ['vip', true],
      ]);
    });

    it('offers, in its filters, a status and a source the server uses that this SDK does not know', async () => {
      crm.db.contacts.load([
        { ...crm.db.contacts.get(1), id: 1, status: 'nurturing', source: 'tv_ad' },
        { ...crm.db.contacts.get(2), id: 2, status: 'active', source: 'website' },
      ]);
      const list = await contactsList();
      const options = (label: string) => [...control<HTMLSelectElement>(list, label).options].map((option) => [option.value, option.textContent!.trim()]);
      expect(options('Status')).to.deep.include(['nurturing', 'Nurturing']);
      expect(options('Source')).to.deep.include(['tv_ad', 'Tv ad']);
      choose(control(list, 'Status'), 'nurturing');
      await waitForSettled(list);
      expect(names(list)).to.have.length(1);
      expect(list.getAttribute('status')).to.equal('nurturing');
    });

    it('sorts by a column header, and offers no sort on the position the API cannot sort by', async () => {
      const list = await contactsList();
      const requests = recordRequests();
      button(shadow(list).querySelector('thead')!, 'Company').click();
      await waitForSettled(list);
      const query = requests.matching('GET', '/contacts').at(-1)!.query;
      expect([query.get('sort'), query.get('order')]).to.deep.equal(['company', 'asc']);
      expect(shadow(list).querySelector('th[aria-sort="ascending"]')!.textContent).to.contain('Company');
      const position = [...shadow(list).querySelectorAll('thead th')].find((th) => th.textContent!.includes('Position'))!;
      expect(position.querySelector('button')).to.equal(null);
      requests.stop();
    });

    it('pages through the contacts', async () => {
      const list = await contactsList(html`<crm-contacts-list .client=${mockClient()} page-size="10"></crm-contacts-list>`);
      button(shadow(list), 'Next page').click();
      await waitForSettled(list);
      expect(names(list)).to.deep.equal(contactsNewestFirst().slice(10, 20).map(fullName));
      expect(list.getAttribute('page')).to.equal('2');
    });

    it('shows the columns the host offers, and remembers the user\'s choice under its own storage key', async () => {
      localStorage.removeItem('mindbrite-crm:contacts-list:desk:columns');
      const list = await contactsList(html`<crm-contacts-list .client=${mockClient()} columns="name,company,status" storage-key="desk"></crm-contacts-list>`);
      expect(headerLabels(list)).to.deep.equal(['', 'Name', 'Company', 'Status', 'Actions']);
      button(shadow(list), 'Columns').click();
      await waitFor(() => shadow(list).querySelector('.column-choice input'), 'the column menu');
      const companyBox = [...shadow(list).querySelectorAll<HTMLInputElement>('.column-choice input')][1]!;
      companyBox.click();
      await list.updateComplete;
      expect(headerLabels(list)).to.deep.equal(['', 'Name', 'Status', 'Actions']);
      expect(JSON.parse(localStorage.getItem('mindbrite-crm:contacts-list:desk:columns')!)).to.deep.equal(['name', 'status']);
      localStorage.removeItem('mindbrite-crm:contacts-list:desk:columns');
    });
  });

  it('adapts to its width: every column at medium widths (the table scrolls sideways), cards in a narrow sidebar', async () => {
    const at = (width: number) =>
      contactsList(html`<crm-contacts-list .client=${mockClient()} style="width: ${width}px"></crm-contacts-list>`);
    const shownHeaders = (list: HTMLElement) =>
      [...shadow(list).querySelectorAll<HTMLElement>('thead th')]
        .filter((th) => getComputedStyle(th).display !== 'none')
        .map((th) => th.textContent!.replace(/[▲▼↕]/g, '').trim());
    const medium = await at(760);
    expect(shownHeaders(medium)).to.deep.equal(['', 'Name', 'Email', 'Phone', 'Company', 'Position', 'Status', 'Source', 'Created', 'Updated', 'Actions']);
    const wrap = shadow(medium).querySelector<HTMLElement>('.table-wrap')!;
    expect(wrap.scrollWidth, 'the table scrolls inside the widget').to.be.greaterThan(wrap.clientWidth);
    expect(medium.scrollWidth, 'and nowhere else').to.be.at.most(760);
    await expect(medium).to.be.accessible();

    const narrow = await at(320);
    const row = rows(narrow)[0]!;
    expect(getComputedStyle(row).display).to.equal('grid');
    expect(getComputedStyle(row.querySelector<HTMLElement>('td[data-label="Email"]')!).display).to.equal('block');
    expect(row.querySelector('td[part="cell"]')!.hasAttribute('data-label'), 'the name heads the card, unlabelled').to.equal(false);
    expect(row.getBoundingClientRect().width).to.be.at.most(320);
    await expect(narrow).to.be.accessible();
  });

  describe('rows', () => {
    it('fires crm-contact-select with the contact when a row is clicked', async () => {
      const list = await contactsList();
      const selected = oneEvent(list, 'crm-contact-select');
      rows(list)[0]!.querySelector<HTMLElement>('td[part="cell"]')!.click();
      expect((await selected).detail.contact.id).to.equal(idOf(rows(list)[0]!));
    });

    it('fires crm-schedule-follow-up for "Schedule follow-up" in the row\'s menu, selecting no row', async () => {
      const list = await contactsList();
      const contact = contactsNewestFirst()[0]!;
      let selects = 0;
      list.addEventListener('crm-contact-select', () => (selects += 1));
      const scheduled = oneEvent(list, 'crm-schedule-follow-up');
      expect(menuItems(await openRowMenu(list, rows(list)[0]!))).to.deep.equal(['Schedule follow-up', 'Delete']);
      await rowAction(list, rows(list)[0]!, 'Schedule follow-up');
      const { detail } = await scheduled;
      expect(detail.contact.id).to.equal(contact.id);
      expect(selects).to.equal(0);
    });

    it('deletes a contact after confirmation and fires crm-contact-deleted', async () => {
      const list = await contactsList();
      const contact = contactsNewestFirst()[0]!;
      const deleted = oneEvent(list, 'crm-contact-deleted');
      await rowAction(list, rows(list)[0]!, 'Delete');
      await waitFor(() => confirmOpen(list), 'the confirmation dialog');
      expect(dialog(list).textContent).to.contain(`Delete ${fullName(contact)}?`);
      await expect(list).to.be.accessible();
      await answer(list, 'Delete contact');
      expect((await deleted).detail.ids).to.deep.equal([contact.id]);
      expect(crm.db.contacts.has(contact.id)).to.equal(false);
      await waitFor(() => notice(list)?.textContent?.includes(`${fullName(contact)} was deleted.`), 'the outcome');
      await waitFor(() => !names(list).includes(fullName(contact)), 'the row is gone');
    });
  });

  describe('bulk actions', () => {
    it('changes the status of the selected contacts after confirmation, with one reload, and fires crm-contact-updated per contact', async () => {
      const list = await contactsList();
      const ids = await select(list, 3);
      const updated: Contact[] = [];
      list.addEventListener('crm-contact-updated', (event) => updated.push(event.detail.contact));
      const requests = recordRequests();
      choose(shadow(list).querySelector<HTMLSelectElement>('#bulk-status')!, 'inactive');
      button(bulkBar(list)!, 'Apply').click();
      await waitFor(() => confirmOpen(list), 'the confirmation dialog');
      expect(dialog(list).textContent).to.contain('Set 3 contacts to “Inactive”?');
      await answer(list, 'Change status');
      await waitFor(() => notice(list)?.textContent?.includes('3 contacts updated.'), 'the outcome');
      expect(updated.map(({ id }) => id).sort()).to.deep.equal([...ids].sort());
      expect(ids.every((id) => crm.db.contacts.get(id).status === 'inactive')).to.equal(true);
      await aTimeout(300);
      await waitForSettled(list);
      expect(requests.matching('PATCH', /^\/contacts\/\d+$/).length + requests.matching('PUT', /^\/contacts\/\d+$/).length).to.equal(3);
      expect(requests.matching('GET', '/contacts'), 'one reload for the whole action').to.have.length(1);
      requests.stop();
    });

    it('bulk deletes the selected contacts after confirmation', async () => {
      const list = await contactsList();
      const ids = await select(list, 2);
      const deleted = oneEvent(list, 'crm-contact-deleted');
      button(bulkBar(list)!, 'Delete selected').click();
      await waitFor(() => confirmOpen(list), 'the confirmation dialog');
      expect(dialog(list).textContent).to.contain('Delete 2 contacts?');
      await answer(list, 'Delete contacts');
      expect((await deleted).detail.ids.sort()).to.deep.equal([...ids].sort());
      expect(ids.some((id) => crm.db.contacts.has(id))).to.equal(false);
      await waitFor(() => rows(list).every((row) => !ids.includes(idOf(row))), 'the rows are gone');
    });
  });

  it('exports every matching contact as CSV, notes left out and formulas guarded', async () => {
    crm.db.contacts.load([
      { ...crm.db.contacts.get(1), id: 1, first_name: '=HYPERLINK("x")', status: 'active', notes: 'private clinical note' },
      { ...crm.db.contacts.get(2), id: 2, status: 'active' },
      { ...crm.db.contacts.get(3), id: 3, status: 'inactive' },
    ]);
    const downloads = captureDownloads();
    try {
      const list = await contactsList(html`<crm-contacts-list .client=${mockClient()} status="active" sort="id" order="asc"></crm-contacts-list>`);
      button(shadow(list), 'Export CSV').click();
      await waitFor(() => downloads.files.length === 1, 'the download');
      const [file] = downloads.files;
      expect(file!.name).to.match(/^contacts-\d{4}-\d{2}-\d{2}\.csv$/);
      const exported = await csvRecords(file!.blob);
      expect(exported.map((record) => record[0])).to.deep.equal(['1', '2']);
      expect(exported[0]![1]).to.equal(`'=HYPERLINK("x")`);
      expect(exported[0]!.slice(6, 8)).to.deep.equal([crm.db.contacts.get(1).position ?? '', 'Active']);
      expect(exported.flat().join(' ')).not.to.contain('private clinical note');
      await waitFor(() => announcement(list) === 'Exported 2 contacts.', 'the announcement');
    } finally {
      downloads.restore();
    }
  });

  it('lists a lead converted in a leads list sharing the client, and the dashboard\'s contacts count follows, with no host code', async () => {
    const client = mockClient();
    const before = crm.db.contacts.all().length;
    const host = fixtureSync<HTMLElement>(html`<div>
      <crm-dashboard .client=${client} locale="en-US"></crm-dashboard>
      <crm-leads-list .client=${client} status="qualified"></crm-leads-list>
      <crm-contacts-list .client=${client}></crm-contacts-list>
    </div>`);
    const dashboard = host.querySelector('crm-dashboard')!;
    const leads = host.querySelector<CrmLeadsList>('crm-leads-list')!;
    const contacts = host.querySelector<CrmContactsList>('crm-contacts-list')!;
    const contactsCard = () => {
      const term = [...dashboard.shadowRoot!.querySelectorAll('dt')].find((dt) => dt.textContent!.trim() === 'Contacts');
      return term?.nextElementSibling?.textContent?.trim();
    };
    await waitForSettled(leads);
    await waitForSettled(contacts);
    await waitFor(() => contactsCard() === before.toLocaleString('en-US'), 'the dashboard\'s figures');
    const lead = crm.db.leads.get(idOf(rows(leads)[0]!));
    await rowAction(leads, rows(leads)[0]!, 'Convert to contact');
    await answer(leads, 'Convert to contact');
    await waitFor(() => names(contacts)[0] === fullName(lead), 'the new contact heads the contacts list');
    expect(announcement(contacts)).to.equal(`25 of ${before + 1} contacts`);
    await waitFor(() => contactsCard() === (before + 1).toLocaleString('en-US'), 'the dashboard counts the new contact');
  });
});
