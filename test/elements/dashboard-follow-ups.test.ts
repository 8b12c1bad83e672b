// <crm-dashboard>'s follow-up counts: from the statistics when they carry them, else from two
// one-row follow-ups queries in the user's days; following changes; failing alone.
import '@mindbrite/crm-elements/crm-dashboard.js';
import type { CrmClient } from '@mindbrite/crm-client';
import type { CrmDashboard } from '@mindbrite/crm-elements/crm-dashboard.js';
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { create, layoutSuite } from './support/layout-run.js';
import { crm, mockClient, recordRequests, useMockCrm } from './support/mock-crm.js';

const root = (dashboard: CrmDashboard) => dashboard.shadowRoot!;
const clean = (value: string | null | undefined) => value?.replace(/\s+/g, ' ').trim() ?? '';

/** The card labelled `label`: its figure as shown, its tooltip and its parts. */
function card(dashboard: CrmDashboard, label: string) {
  const term = [...root(dashboard).querySelectorAll('section > dl dt')].find((dt) => clean(dt.textContent) === label);
  const figure = term?.nextElementSibling;
  return { text: clean(figure?.textContent), title: figure?.querySelector('abbr')?.title, parts: term?.parentElement?.getAttribute('part')?.split(' ') ?? [] };
}

const DUE = 'Follow-ups due today';
const OVERDUE = 'Overdue follow-ups';

/** `YYYY-MM-DD` of the user's day `days` from today. */
function localDay(days = 0): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** What the mock CRM answers to the dashboard's two queries. */
async function expectedCounts(client: CrmClient) {
  const count = (params: object) => client.followUps.list({ completed: false, per_page: 1, ...params }).then(({ total }) => total);
  return { today: await count({ from: localDay(), to: localDay() }), overdue: await count({ to: localDay(-1) }) };
}

async function dashboardWith(client: CrmClient = mockClient()): Promise<CrmDashboard> {
  const dashboard = await fixture<CrmDashboard>(html`<crm-dashboard .client=${client} locale="en-US"></crm-dashboard>`);
  await waitUntil(() => /^\d+$/.test(card(dashboard, OVERDUE).text) || card(dashboard, OVERDUE).text === '—', 'the counts never came', { timeout: 4000 });
  return dashboard;
}

/** An open follow-up of the first contact, at `at`. */
const insertFollowUp = (at: Date, completed = false) =>
  crm.db.followUps.insert({
    contact_id: crm.db.contacts.all()[0]!.id,
    type: 'call',
    subject: 'Check-in call',
    description: '',
    scheduled_date: at.toISOString(),
    completed,
    completed_date: null,
  });

describe('<crm-dashboard> follow-up counts', () => {
  useMockCrm();

  it('without them in the statistics, counts with two one-row queries of open follow-ups in the user\'s days', async () => {
    const requests = recordRequests();
    const client = mockClient();
    const dashboard = await dashboardWith(client);
    requests.stop();
    const queries = requests.matching('GET', '/follow-ups').map(({ query }) => Object.fromEntries(query));
    expect(queries).to.have.deep.members([
      { completed: 'false', from: localDay(), to: localDay(), per_page: '1' },
      { completed: 'false', to: localDay(-1), per_page: '1' },
    ]);
    const expected = await expectedCounts(client);
    expect(expected.overdue, 'the seed has overdue follow-ups').to.be.greaterThan(0);
    expect(card(dashboard, DUE).text).to.equal(String(expected.today));
    expect(card(dashboard, OVERDUE).text).to.equal(String(expected.overdue));
    // The other figures are there as ever.
    expect(card(dashboard, 'Total leads').text).to.equal(String(crm.db.statistics().total_leads));
    // Overdue ones want attention: the card says so in its parts (and its colour), beside its label.
    expect(card(dashboard, OVERDUE).parts).to.include.members(['card', 'follow-ups', 'overdue']);
    expect(card(dashboard, DUE).parts).to.deep.equal(['card', 'follow-ups']);
    expect(card(dashboard, 'Total leads').parts, 'the other cards as ever').to.deep.equal(['card']);
    await expect(dashboard).to.be.accessible();
  });

  it('follows a follow-up scheduled, completed or rescheduled through the same client, with no host code', async () => {
    const client = mockClient();
    const dashboard = await dashboardWith(client);
    const before = await expectedCounts(client);

    const now = new Date();
    const created = await client.followUps.create({ contact_id: crm.db.contacts.all()[0]!.id, type: 'call', subject: 'Results call', description: '', scheduled_date: now.toISOString(), completed: false });
    await waitUntil(() => card(dashboard, DUE).text === String(before.today + 1), 'a follow-up scheduled today was not counted');

    const requests = recordRequests();
    await client.followUps.update(created.id, { completed: true });
    await waitUntil(() => card(dashboard, DUE).text === String(before.today), 'a completed follow-up was still counted');
    requests.stop();
    expect(requests.matching('GET', '/follow-ups'), 'one reload of both counts').to.have.length(2);

    await client.followUps.update(created.id, { completed: false, scheduled_date: new Date(now.getFullYear(), now.getMonth(), now.getDate() - 3, 12).toISOString() });
    await waitUntil(() => card(dashboard, OVERDUE).text === String(before.overdue + 1), 'a follow-up moved to days ago was not overdue');
  });

  it('does not query follow-ups again when a lead changes', async () => {
    const client = mockClient();
    const dashboard = await dashboardWith(client);
    const requests = recordRequests();
    const lead = await client.leads.update(crm.db.leads.all()[0]!.id, { status: 'contacted' });
    await waitUntil(() => requests.matching('GET', '/statistics').length === 1, 'the statistics did not follow the lead');
    await aTimeout(200);
    requests.stop();
    expect(lead.status).to.equal('contacted');
    expect(requests.matching('GET', '/follow-ups')).to.have.length(0);
    expect(card(dashboard, DUE).text).to.match(/^\d+$/);
  });

  it('takes the counts from the statistics when they carry both, and then never queries for them', async () => {
    crm.use(http.get(`${crm.baseUrl}/statistics`, () => HttpResponse.json({ ...crm.db.statistics(), follow_ups_due_today: 7, follow_ups_overdue: 0 })));
    const client = mockClient();
    const dashboard = await dashboardWith(client);
    await waitUntil(() => card(dashboard, DUE).text === '7', 'the counts of the statistics were not shown');
    expect(card(dashboard, OVERDUE).text).to.equal('0');
    expect(card(dashboard, OVERDUE).parts, 'nothing overdue, no alarm').to.not.include('overdue');

    const requests = recordRequests();
    crm.use(http.get(`${crm.baseUrl}/statistics`, () => HttpResponse.json({ ...crm.db.statistics(), follow_ups_due_today: 6, follow_ups_overdue: 2 })));
    await client.followUps.update(crm.db.followUps.all()[0]!.id, { completed: true });
    await waitUntil(() => card(dashboard, OVERDUE).text === '2', 'a follow-up change did not reload the statistics');
    requests.stop();
    expect(card(dashboard, DUE).text).to.equal('6');
    expect(card(dashboard, OVERDUE).parts).to.include('overdue');
    expect(requests.matching('GET', '/follow-ups'), 'no query of their own').to.have.length(0);
  });

  it('counts only an open follow-up of an earlier day as overdue, and one of today as due today', async () => {
    const client = mockClient();
    const before = await expectedCounts(client);
    const now = new Date();
    insertFollowUp(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 2, 10));
    insertFollowUp(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 2, 11), true);
    insertFollowUp(now);
    const dashboard = await dashboardWith(client);
    expect(card(dashboard, OVERDUE).text).to.equal(String(before.overdue + 1));
    expect(card(dashboard, DUE).text).to.equal(String(before.today + 1));
  });

  it('shows "—" for the counts alone when their query fails, reports it once, and keeps the other figures', async () => {
    crm.use(http.get(`${crm.baseUrl}/follow-ups`, () => HttpResponse.json({ message: 'down' }, { status: 503 })));
    const errors: string[] = [];
    const listener = (event: Event) => errors.push((event as CustomEvent).detail.operation);
    document.addEventListener('crm-error', listener);
    try {
      const dashboard = await dashboardWith();
      await aTimeout(300);
      expect(card(dashboard, DUE).text).to.equal('—');
      expect(card(dashboard, OVERDUE).text).to.equal('—');
      expect(card(dashboard, OVERDUE).title).to.equal('Could not be loaded');
      expect(card(dashboard, OVERDUE).parts).to.not.include('overdue');
      expect(errors).to.deep.equal(['load']);
      expect(card(dashboard, 'Total leads').text).to.equal(String(crm.db.statistics().total_leads));
      expect(root(dashboard).querySelector('[part="error"], [part="refresh-error"]'), 'no error state for the figures').to.equal(null);
      await expect(dashboard).to.be.accessible();
    } finally {
      document.removeEventListener('crm-error', listener);
    }
  });

  it('never holds the statistics up: they show while the counts are still on their way', async () => {
    crm.scenario.set({ latency: { min: 1500, max: 1500, routes: ['GET /follow-ups'] } });
    const dashboard = await fixture<CrmDashboard>(html`<crm-dashboard .client=${mockClient()} locale="en-US"></crm-dashboard>`);
    await waitUntil(() => card(dashboard, 'Total leads').text, 'the statistics waited for the counts', { timeout: 1200 });
    expect(card(dashboard, DUE)).to.deep.include({ text: '…', title: 'Loading…' });
    await waitUntil(() => /^\d+$/.test(card(dashboard, DUE).text), 'the counts never came', { timeout: 4000 });
  });

  it('shows the counts in Spanish and French', async () => {
    for (const [locale, due, overdue] of [
      ['es', 'Seguimientos para hoy', 'Seguimientos atrasados'],
      ['fr', 'Suivis prévus aujourd’hui', 'Suivis en retard'],
    ] as const) {
      const dashboard = await fixture<CrmDashboard>(html`<crm-dashboard .client=${mockClient()} locale=${locale}></crm-dashboard>`);
      await waitUntil(() => /^\d+$/.test(card(dashboard, overdue).text), `no counts in ${locale}`, { timeout: 4000 });
      expect(card(dashboard, due).text).to.match(/^\d+$/);
    }
  });
});

/** The counts shown: numbers, or "—" once they failed. */
const countsShown = (dashboard: Element) =>
  waitUntil(() => /^(\d+|—)$/.test(card(dashboard as CrmDashboard, OVERDUE).text), 'the counts never came', { timeout: 4000 });

layoutSuite('<crm-dashboard> with follow-up counts', [
  { name: 'with the counts, some overdue', create: () => create('crm-dashboard', { locale: 'en-US' }), ready: countsShown },
  {
    name: 'with the counts failed',
    create: () => {
      crm.use(http.get(`${crm.baseUrl}/follow-ups`, () => HttpResponse.json({ message: 'down' }, { status: 503 })));
      return create('crm-dashboard', { locale: 'en-US' });
    },
    ready: countsShown,
  },
]);
