// <crm-leads-list sync-url>: filters, sort and page mirrored in the host page's URL query (never
// the search term), read back at start, under a prefix so two lists do not clash.
import { html } from '@open-wc/testing';
import { mockClient, recordRequests, useMockCrm } from './support/mock-crm.js';
import { button, choose, control, expect, settledList, shadow, typeSearch, waitFor, waitForSettled } from './support/leads-list.js';

describe('crm-leads-list sync-url', function () {
  // Generous: these suites share two cores with other suites, and axe over a page of rows is slow there.
  this.timeout(20_000);
  useMockCrm();

  let original: string;
  beforeEach(() => {
    original = location.href;
    history.replaceState(history.state, '', `${location.pathname}?tab=notes#top`);
  });
  afterEach(() => history.replaceState(history.state, '', original));

  const query = () => new URLSearchParams(location.search);

  // First in this file: the module must not have been loaded by an earlier test in the page.
  it('loads its URL code only when sync-url is set', async () => {
    const urlModuleRequested = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/records-list/url-query.'));
    performance.setResourceTimingBufferSize(10_000);
    await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
    expect(urlModuleRequested(), 'not loaded without sync-url').to.equal(false);
    await settledList(html`<crm-leads-list .client=${mockClient()} sync-url></crm-leads-list>`);
    expect(urlModuleRequested(), 'loaded with sync-url').to.equal(true);
  });

  it('reads its filters, sort and page from the URL at start, under its prefix, and not the search', async () => {
    history.replaceState(
      history.state,
      '',
      `${location.pathname}?tab=notes&leads_status=qualified&leads_sort=email&leads_order=asc&leads_page=2&leads_page_size=10&leads_search=Smith&status=lost#top`,
    );
    const requests = recordRequests();
    const list = await settledList(html`<crm-leads-list .client=${mockClient()} sync-url url-prefix="leads_"></crm-leads-list>`);
    const sent = requests.matching('GET', '/leads');
    expect(sent).to.have.length(1);
    expect(Object.fromEntries(sent[0]!.query)).to.deep.equal({
      status: 'qualified', sort: 'email', order: 'asc', page: '2', per_page: '10',
    });
    expect(list.getAttribute('status')).to.equal('qualified');
    expect(list.search).to.equal('');
    requests.stop();
  });

  it('mirrors what the user changes with replaceState, keeps the host URL, and never writes the search', async () => {
    const historyLength = history.length;
    const list = await settledList(html`<crm-leads-list .client=${mockClient()} sync-url url-prefix="leads_"></crm-leads-list>`);
    expect(location.search, 'defaults leave the URL clean').to.equal('?tab=notes');

    button(shadow(list), 'Next page').click();
    await waitForSettled(list);
    expect(query().get('leads_page')).to.equal('2');

    choose(control(list, 'Status'), 'contacted');
    await waitForSettled(list);
    expect(query().get('leads_status')).to.equal('contacted');
    expect(query().has('leads_page'), 'back on page 1, the default').to.equal(false);

    shadow(list).querySelector<HTMLButtonElement>('thead th .sort')!.click();
    await waitForSettled(list);
    expect(query().get('leads_sort')).to.equal('last_name');
    expect(query().get('leads_order')).to.equal('asc');

    typeSearch(list, 'Jordan');
    await waitFor(() => list.search === 'Jordan', 'the search is committed');
    await waitForSettled(list);
    expect(location.href).not.to.contain('Jordan');
    expect(query().get('tab')).to.equal('notes');
    expect(location.hash).to.equal('#top');
    expect(history.length, 'no history entries added').to.equal(historyLength);
  });

  it('keeps two lists with different prefixes apart', async () => {
    const first = await settledList(html`<div>
      <crm-leads-list id="a" .client=${mockClient()} sync-url url-prefix="a_"></crm-leads-list>
      <crm-leads-list id="b" .client=${mockClient()} sync-url url-prefix="b_"></crm-leads-list>
    </div>`);
    const second = first.parentElement!.querySelector<HTMLElement>('#b')!;
    await waitForSettled(second);
    choose(control(first, 'Source'), 'referral');
    choose(control(second, 'Status'), 'lost');
    await waitForSettled(first);
    await waitForSettled(second);
    expect(query().get('a_source')).to.equal('referral');
    expect(query().get('b_status')).to.equal('lost');
    expect(query().has('a_status')).to.equal(false);
    expect(query().has('b_source')).to.equal(false);
  });

  it('leaves the URL alone without sync-url', async () => {
    history.replaceState(history.state, '', `${location.pathname}?status=lost&page=4`);
    const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
    expect(list.status).to.equal('');
    button(shadow(list), 'Next page').click();
    await waitForSettled(list);
    expect(location.search).to.equal('?status=lost&page=4');
  });
});
