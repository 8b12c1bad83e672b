// <crm-forecast>: the revenue forecast by month. Its sums are checked against a fixed list of
// opportunities worked out by hand (the same list as forecast-figures.test.ts, as the API sends
// it), then its words and months in other locales, its chart and table, its states, its loading
// through the client's paging, and its reload when opportunities change.
import '@mindbrite/crm-elements/crm-forecast.js';
import type { CrmClient } from '@mindbrite/crm-client';
import type { CrmForecast } from '@mindbrite/crm-elements/crm-forecast.js';
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { crm, mockClient, recordRequests, useMockCrm } from './support/mock-crm.js';
import { waitFor } from './support/records-list.js';

const root = (forecast: CrmForecast) => forecast.shadowRoot!;
const clean = (value: string | null | undefined) => value?.replace(/\s+/g, ' ').trim() ?? '';
/** The part `name` shown, not the loading state's placeholder of it. */
const part = (forecast: CrmForecast, name: string) =>
  [...root(forecast).querySelectorAll<HTMLElement>(`[part="${name}"]`)].find((element) => name === 'skeleton' || !element.closest('[part~="skeleton"]')) ?? null;

/** Each total's label and amount, as the cards show them. */
const totals = (forecast: CrmForecast) =>
  [...root(forecast).querySelectorAll('[part="total"]')].map((total) => [clean(total.querySelector('dt')?.textContent), clean(total.querySelector('dd')?.textContent)]);
/** The table's rows, body and footer, cell by cell. */
const tableRows = (forecast: CrmForecast) =>
  [...root(forecast).querySelectorAll('[part="chart-table"] tbody tr, [part="chart-table"] tfoot tr')].map((row) => [...row.children].map((cell) => clean(cell.textContent)));
/** The bars' row labels, as the chart shows them. */
const barLabels = (forecast: CrmForecast) =>
  [...root(forecast).querySelectorAll('[part="chart-image"] > span:not(.value)')].map((label) => clean(label.textContent));
const notes = (forecast: CrmForecast) => [...root(forecast).querySelectorAll('[part="notes"] li')].map((note) => clean(note.textContent));

let nextId = 1;
/** An opportunity as the API sends it; `expected_close_date: undefined` leaves the field out. */
function sent(stage: string, value: number, probability: number, expected_close_date?: string | null) {
  const opportunity: Record<string, unknown> = {
    id: nextId++,
    title: `Plan ${nextId}`,
    contact_id: 1,
    contact_name: 'Ana Silva',
    value,
    stage,
    probability,
    created_at: '2026-01-05T10:00:00Z',
    updated_at: '2026-01-05T10:00:00Z',
  };
  if (expected_close_date !== undefined) opportunity.expected_close_date = expected_close_date;
  return opportunity;
}

/** Today is 20 November 2026; six months: November 2026 to April 2027. Weighted = value × probability. */
const FIXTURE = [
  sent('proposal', 10_000, 50, '2026-11-25'), // November: 5,000 of 10,000
  sent('negotiation', 8_000, 75, '2026-12-10'), // December: 6,000 of 8,000
  sent('prospecting', 3_333, 10, '2027-02-01T09:00:00Z'), // February: 333.30 of 3,333
  sent('qualification', 4_000, 25, '2026-10-31'), // overdue: 1,000 of 4,000
  sent('qualification', 2_500, 20, null), // not dated
  sent('proposal', 100, 50), // not dated (no field)
  sent('proposal', 1_000, 50, 'soon'), // not dated (no date)
  sent('closed_won', 7_000, 100, '2026-11-05'), // won in November
  sent('closed_lost', 9_000, 0, '2026-12-01'), // nowhere
  sent('on_hold', 6_000, 40, '2027-01-15'), // unknown stage, open: January, 2,400 of 6,000
  sent('proposal', 5_000, 50, '2027-06-01'), // after the period
  sent('closed_won', 1_000, 100, '2026-10-15'), // won before the period: nowhere
  sent('negotiation', 1_200, 75, '2027-04-30'), // April: 900 of 1,200
];

/** The mock CRM answers every list of opportunities with `rows`. */
function serve(rows: unknown[]) {
  crm.use(http.get(`${crm.baseUrl}/opportunities`, () => HttpResponse.json({ data: rows, total: rows.length })));
}

async function loaded(template: ReturnType<typeof html>): Promise<CrmForecast> {
  const forecast = await fixture<CrmForecast>(template);
  await waitFor(() => root(forecast).querySelector('section > [part="totals"], [part="empty"], [part="error"]'), 'the forecast never loaded');
  return forecast;
}

const forecastOf = (client: CrmClient = mockClient(), locale = 'en-US') =>
  loaded(html`<crm-forecast .client=${client} locale=${locale} today="2026-11-20"></crm-forecast>`);

const usd = (value: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(value);
const monthName = (locale: string, year: number, month: number, style: 'long' | 'short' = 'long') =>
  new Intl.DateTimeFormat(locale, { month: style, year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month, 1));
const period = (locale: string) =>
  new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).formatRange(Date.UTC(2026, 10, 1), Date.UTC(2027, 3, 1));

describe('<crm-forecast>', () => {
  useMockCrm();

  describe('figures', () => {
    beforeEach(() => serve(FIXTURE));

    it('sums each month, overdue and the period as worked out by hand', async () => {
      const forecast = await forecastOf();
      expect(totals(forecast)).to.deep.equal([
        ['Weighted forecast', '$14,633'],
        ['Best case', '$28,533'],
        ['Won', '$7,000'],
      ]);
      expect(clean(root(forecast).querySelector('.period')?.textContent)).to.equal(`Totals for ${period('en-US')}`);
      expect(tableRows(forecast)).to.deep.equal([
        ['Overdue', '$1,000', '$4,000', '—'],
        ['November 2026', '$5,000', '$10,000', '$7,000'],
        ['December 2026', '$6,000', '$8,000', '$0'],
        ['January 2027', '$2,400', '$6,000', '$0'],
        ['February 2027', '$333', '$3,333', '$0'],
        ['March 2027', '$0', '$0', '$0'],
        ['April 2027', '$900', '$1,200', '$0'],
        [`Totals for ${period('en-US')}`, '$14,633', '$28,533', '$7,000'],
      ]);
      await expect(forecast).to.be.accessible();
    });

    it('says what it leaves out: opportunities without a close date or after the period, and stages it does not know', async () => {
      const forecast = await forecastOf();
      expect(notes(forecast)).to.deep.equal([
        '3 open opportunities have no expected close date ($3,600) and are left out of the forecast.',
        '1 open opportunity is expected to close after April 2027 ($5,000).',
        '1 opportunity in stages this forecast does not know (On hold) is counted as open.',
      ]);
    });

    it('draws each month as its best case with its weighted value over it, and what was won below, to one scale', async () => {
      const forecast = await forecastOf();
      const rows = [...root(forecast).querySelectorAll('[part="chart-image"] svg')];
      const width = (row: Element | undefined, mark: string) => row?.querySelector(`.${mark}`)?.getAttribute('width') ?? null;
      expect(barLabels(forecast)).to.deep.equal(['Overdue', ...[10, 11].map((month) => monthName('en-US', 2026, month, 'short')), ...[0, 1, 2, 3].map((month) => monthName('en-US', 2027, month, 'short'))]);
      // November's 10,000 is the largest amount: the scale's 100 %.
      expect([width(rows[1], 'best'), width(rows[1], 'weighted'), width(rows[1], 'won')]).to.deep.equal(['100%', '50%', '70%']);
      expect([width(rows[0], 'best'), width(rows[0], 'weighted'), width(rows[0], 'won')], 'overdue: nothing won').to.deep.equal(['40%', '10%', null]);
      expect(width(rows[5], 'best'), 'March: no bar').to.equal('0');
      const shown = (row: Element | undefined, mark: string) => row!.querySelector(`.${mark}`)!.getBoundingClientRect().width / row!.getBoundingClientRect().width;
      expect(shown(rows[2], 'best')).to.be.closeTo(0.8, 0.01);
      expect(shown(rows[2], 'weighted')).to.be.closeTo(0.6, 0.01);
      expect(shown(rows[1], 'won')).to.be.closeTo(0.7, 0.01);
      expect(clean(root(forecast).querySelector('[part="chart-image"] .value')?.textContent), "each row's weighted figure").to.equal('$1,000');
    });

    it('names months and formats money in its locale and currency, its words in its language', async () => {
      const forecast = await loaded(html`<crm-forecast .client=${mockClient()} locale="es-ES" currency="EUR" today="2026-11-20"></crm-forecast>`);
      const eur = (value: number) => clean(new Intl.NumberFormat('es-ES', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value));
      expect(tableRows(forecast)[1]).to.deep.equal([monthName('es-ES', 2026, 10), eur(5_000), eur(10_000), eur(7_000)]);
      expect(tableRows(forecast)[1]![0]).to.equal('noviembre de 2026');
      expect(barLabels(forecast)[1]).to.equal(clean(monthName('es-ES', 2026, 10, 'short')));
      expect(totals(forecast)[0]).to.deep.equal(['Previsión ponderada', eur(14_633.3)]);
      expect(clean(root(forecast).querySelector('figcaption')?.textContent)).to.equal('Previsión por mes');
      expect(clean(part(forecast, 'table-toggle')?.textContent)).to.equal('Mostrar las cifras en una tabla');
      await expect(forecast).to.be.accessible();
    });

    it('follows its attributes: months, currency and today', async () => {
      const forecast = await forecastOf();
      forecast.setAttribute('months', '3');
      forecast.setAttribute('currency', 'EUR');
      await forecast.updateComplete;
      expect(tableRows(forecast).map(([month]) => month)).to.deep.equal(['Overdue', 'November 2026', 'December 2026', 'January 2027', `Totals for ${clean(new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' }).formatRange(Date.UTC(2026, 10, 1), Date.UTC(2027, 0, 1)))}`]);
      expect(totals(forecast)[1]![1]).to.equal('€24,000');
      forecast.setAttribute('today', '2027-01-02');
      await forecast.updateComplete;
      expect(tableRows(forecast)[0], 'overdue now holds November and December').to.deep.equal(['Overdue', '€12,000', '€22,000', '—']);
      for (const months of ['0', '-2', '2.5', 'twelve', '99']) {
        forecast.setAttribute('months', months);
        await forecast.updateComplete;
        expect(barLabels(forecast), `months="${months}"`).to.have.length(7);
      }
    });

    it('counts from the user\'s today without a `today`, or with one that is no date', async () => {
      const now = new Date();
      const thisMonth = clean(monthName('en-US', now.getFullYear(), now.getMonth()));
      for (const today of [undefined, 'next week']) {
        const forecast = await loaded(html`<crm-forecast .client=${mockClient()} locale="en-US" today=${today ?? ''}></crm-forecast>`);
        expect(tableRows(forecast)[1]?.[0], String(today)).to.equal(thisMonth);
      }
    });
  });

  describe('chart and table', () => {
    beforeEach(() => serve(FIXTURE));

    it('is an image named with every figure, the table its alternative, shown on request', async () => {
      const forecast = await forecastOf();
      const image = part(forecast, 'chart-image')!;
      expect(image.getAttribute('role')).to.equal('img');
      expect(image.getAttribute('aria-label')).to.equal(
        'Forecast by month, bar chart: overdue, $1,000 weighted of $4,000 open; November 2026, $5,000 weighted of $10,000 open, $7,000 won; ' +
          'December 2026, $6,000 weighted of $8,000 open, $0 won; January 2027, $2,400 weighted of $6,000 open, $0 won; ' +
          'February 2027, $333 weighted of $3,333 open, $0 won; March 2027, $0 weighted of $0 open, $0 won; April 2027, $900 weighted of $1,200 open, $0 won.',
      );
      const table = part(forecast, 'chart-table')!;
      expect([...table.querySelectorAll('thead th')].map((th) => clean(th.textContent))).to.deep.equal(['Month', 'Weighted forecast', 'Best case', 'Won']);
      expect([...table.querySelectorAll('th[scope="row"]')]).to.have.length(8);
      expect(clean(table.querySelector('caption')?.textContent)).to.equal('Forecast by month');
      expect(table.closest('.visually-hidden'), 'hidden but read').to.not.equal(null);

      const toggle = part(forecast, 'table-toggle') as HTMLButtonElement;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await forecast.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(part(forecast, 'chart-table')!.closest('.visually-hidden')).to.equal(null);
      expect(part(forecast, 'chart-table')!.getBoundingClientRect().height).to.be.greaterThan(100);
      await expect(forecast).to.be.accessible();
    });

    it('shows stage names the CRM sends as text, and huge amounts abbreviated with the whole one at hand', async () => {
      serve([sent('<img src=x onerror=forecastXss=1>', 1e308, 50, '2026-12-01')]);
      const forecast = await forecastOf();
      expect(root(forecast).querySelector('img')).to.equal(null);
      expect(notes(forecast)[0]).to.contain('(<img src=x onerror=forecastXss=1>)');
      const best = root(forecast).querySelectorAll('[part="total"] dd')[1]!;
      expect(clean(best.textContent)).to.equal('$1E308');
      expect(best.querySelector('abbr')?.getAttribute('title')).to.equal(usd(1e308));
      expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
      expect((window as { forecastXss?: number }).forecastXss).to.equal(undefined);
    });
  });

  describe('states', () => {
    it('shows a skeleton while loading', async () => {
      serve(FIXTURE);
      crm.scenario.set({ latency: { min: 300, max: 300, routes: ['GET /opportunities'] } });
      const forecast = await fixture<CrmForecast>(html`<crm-forecast .client=${mockClient()} locale="en-US" today="2026-11-20"></crm-forecast>`);
      expect(part(forecast, 'skeleton')).to.not.equal(null);
      expect(root(forecast).querySelector('section')?.getAttribute('aria-busy')).to.equal('true');
      await expect(forecast).to.be.accessible();
      await waitFor(() => part(forecast, 'totals'), 'the figures never came');
      expect(root(forecast).querySelector('section')?.getAttribute('aria-busy')).to.equal('false');
    });

    it('says there is nothing to forecast when there are no opportunities', async () => {
      crm.db.opportunities.load([]);
      const forecast = await forecastOf();
      expect(clean(part(forecast, 'empty')?.textContent)).to.equal('There are no opportunities to forecast yet.');
      expect(part(forecast, 'chart')).to.equal(null);
      await expect(forecast).to.be.accessible();
    });

    it('shows an error with a retry when the opportunities cannot load, and fires crm-error', async () => {
      crm.scenario.set({ error: { status: 500, routes: ['GET /opportunities'] } });
      const errors: string[] = [];
      const listener = (event: Event) => errors.push((event as CustomEvent<{ operation: string }>).detail.operation);
      document.body.addEventListener('crm-error', listener);
      const forecast = await forecastOf();
      document.body.removeEventListener('crm-error', listener);
      expect(clean(root(forecast).querySelector('[part="error"] p')?.textContent)).to.equal('The CRM ran into a problem on its side. Try again in a moment.');
      expect(errors).to.deep.equal(['load']);
      await expect(forecast).to.be.accessible();

      crm.scenario.reset();
      part(forecast, 'retry')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => part(forecast, 'totals'), 'retry did not load the figures');
      expect(root(forecast).activeElement?.localName, 'focus stays in the widget, on what it reloaded').to.equal('section');
    });

    it('keeps the last figures when a reload fails, and says so', async () => {
      const forecast = await forecastOf();
      const shown = totals(forecast);
      crm.scenario.set({ error: { status: 503, routes: ['GET /opportunities'] } });
      forecast.refresh();
      await waitFor(() => part(forecast, 'refresh-error'), 'no refresh error');
      expect(clean(part(forecast, 'refresh-error')?.textContent)).to.contain('The forecast could not be refreshed.');
      expect(totals(forecast)).to.deep.equal(shown);
      await expect(forecast).to.be.accessible();
    });

    it('says when loading is slow and lets the user stop waiting', async () => {
      crm.scenario.set({ hang: { routes: ['GET /opportunities'] } });
      const forecast = await fixture<CrmForecast>(html`<crm-forecast .client=${mockClient()} slow-after="100" locale="en-US"></crm-forecast>`);
      await waitFor(() => part(forecast, 'slow')?.textContent?.includes('Still waiting for the CRM…'), 'the slow note');
      await expect(forecast).to.be.accessible();
      part(forecast, 'slow')!.querySelector('button')!.click();
      await waitFor(() => part(forecast, 'retry'), 'the error state with Retry');
      expect(clean(part(forecast, 'error')?.textContent)).to.contain('You stopped waiting for the CRM.');
      expect(root(forecast).activeElement).to.equal(part(forecast, 'retry'));
    });

    it('says it is not connected when it has no client', async () => {
      const forecast = await fixture<CrmForecast>(html`<crm-forecast></crm-forecast>`);
      expect(clean(part(forecast, 'error')?.textContent)).to.match(/not connected to the CRM/);
      await expect(forecast).to.be.accessible();
    });
  });

  describe('loading', () => {
    it('loads every opportunity through the client\'s paging, 100 a page, and sums them all', async () => {
      crm.db.opportunities.load(
        Array.from({ length: 230 }, (_, index) => ({
          id: index + 1,
          title: `Plan ${index + 1}`,
          description: null,
          contact_id: crm.db.contacts.all()[0]!.id,
          value: 100 + index,
          stage: index % 3 ? 'proposal' : 'closed_won',
          probability: index % 3 ? 50 : 100,
          expected_close_date: '2026-12-15',
          created_at: '2026-01-01T00:00:00Z',
          updated_at: '2026-01-01T00:00:00Z',
        })),
      );
      const requests = recordRequests();
      const forecast = await loaded(html`<crm-forecast .client=${mockClient()} locale="en-US" today="2026-11-20"></crm-forecast>`);
      requests.stop();
      const pages = requests.matching('GET', '/opportunities');
      expect(pages.map(({ query }) => [query.get('page'), query.get('per_page')])).to.deep.equal([['1', '100'], ['2', '100'], ['3', '100']]);
      // Open: the 153 of 230 whose index is no multiple of 3; won: the other 77.
      const open = Array.from({ length: 230 }, (_, index) => index).filter((index) => index % 3);
      const openValue = open.reduce((sum, index) => sum + 100 + index, 0);
      const wonValue = Array.from({ length: 230 }, (_, index) => index).filter((index) => !(index % 3)).reduce((sum, index) => sum + 100 + index, 0);
      expect(tableRows(forecast)[2]).to.deep.equal(['December 2026', usd(openValue / 2), usd(openValue), usd(wonValue)]);
    });

    it('with contact-id, asks for that contact\'s opportunities only', async () => {
      const requests = recordRequests();
      await loaded(html`<crm-forecast .client=${mockClient()} contact-id="7" locale="en-US" today="2026-11-20"></crm-forecast>`);
      requests.stop();
      expect(requests.matching('GET', '/opportunities').map(({ query }) => query.get('contact_id'))).to.deep.equal(['7']);
    });

    it('shows the seeded contact\'s own figures, and another contact\'s when contact-id changes', async () => {
      const inPeriod = (contactId: number) => {
        const start = new Date();
        const from = `${start.getFullYear()}-${String(start.getMonth() + 1).padStart(2, '0')}`;
        const end = new Date(start.getFullYear(), start.getMonth() + 5, 1);
        const to = `${end.getFullYear()}-${String(end.getMonth() + 1).padStart(2, '0')}`;
        return crm.db.opportunities
          .all()
          .filter((row) => row.contact_id === contactId && !['closed_won', 'closed_lost'].includes(row.stage))
          .filter((row) => row.expected_close_date.slice(0, 7) >= from && row.expected_close_date.slice(0, 7) <= to)
          .reduce((sum, row) => sum + row.value, 0);
      };
      // Two contacts with different open values in the period.
      const [first, second] = crm.db.contacts
        .all()
        .filter(({ id }) => inPeriod(id) > 0)
        .filter(({ id }, index, all) => all.findIndex((other) => inPeriod(other.id) === inPeriod(id)) === index);
      const forecast = await loaded(html`<crm-forecast .client=${mockClient()} contact-id=${String(first!.id)} locale="en-US"></crm-forecast>`);
      expect(totals(forecast)[1]).to.deep.equal(['Best case', usd(inPeriod(first!.id))]);
      forecast.setAttribute('contact-id', String(second!.id));
      await forecast.updateComplete;
      expect(part(forecast, 'skeleton'), "no other contact's figures meanwhile").to.not.equal(null);
      await waitFor(() => part(forecast, 'totals'), 'the second contact never loaded');
      expect(totals(forecast)[1]).to.deep.equal(['Best case', usd(inPeriod(second!.id))]);
    });
  });

  describe('staying current', () => {
    it('loads again when an opportunity changes through its client, or a contact with opportunities is deleted; not for other changes', async () => {
      const client = mockClient();
      const forecast = await loaded(html`<crm-forecast .client=${client} locale="en-US"></crm-forecast>`);
      const requests = recordRequests();
      const before = totals(forecast)[1]![1];
      const now = new Date();
      const thisMonth = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-01`;
      // A contact without opportunities of its own: once it is deleted, the figures are as before.
      const contactId = crm.db.contacts.all().find(({ id }) => !crm.db.opportunities.all().some((row) => row.contact_id === id))!.id;
      await client.opportunities.create({ title: 'New plan', contact_id: contactId, value: 12_345, stage: 'proposal', probability: 50, expected_close_date: thisMonth });
      await waitFor(() => totals(forecast)[1]![1] !== before, 'the new opportunity never showed');
      const best = (text: string) => Number(text.replace(/\D/g, ''));
      expect(best(totals(forecast)[1]![1]!) - best(before!)).to.equal(12_345);
      expect(requests.matching('GET', '/opportunities')).to.have.length(1);

      await client.leads.update(crm.db.leads.all()[0]!.id, { status: 'contacted' });
      await aTimeout(300);
      expect(requests.matching('GET', '/opportunities'), 'a lead changed: nothing to reload').to.have.length(1);

      await client.contacts.delete(contactId);
      await waitFor(() => requests.matching('GET', '/opportunities').length === 2, 'no reload after the contact went');
      await waitFor(() => totals(forecast)[1]![1] === before, 'its opportunities stayed');
      requests.stop();
    });

    it('loads again when put back into the page', async () => {
      const forecast = await loaded(html`<crm-forecast .client=${mockClient()} locale="en-US"></crm-forecast>`);
      const parent = forecast.parentElement!;
      forecast.remove();
      const requests = recordRequests();
      parent.append(forecast);
      await waitUntil(() => requests.matching('GET', '/opportunities').length === 1, 'no reload');
      requests.stop();
    });
  });
});
