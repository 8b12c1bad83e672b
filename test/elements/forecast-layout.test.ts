// The layout test (support/layout-run.ts) of <crm-forecast>, in its states: figures with the notes
// under the chart and the table shown, empty, and after a failed load.
import '@mindbrite/crm-elements/crm-forecast.js';
import type { CrmElement } from '@mindbrite/crm-elements';
import { layoutSuite, type Subject } from './support/layout-run.js';
import { crm, mockClient } from './support/mock-crm.js';
import { waitFor } from './support/records-list.js';

const forecast = () => {
  const element = document.createElement('crm-forecast');
  element.client = mockClient();
  return element;
};

/** Adds what the notes under the chart speak of: an unknown stage, no close date, a close date after the period. */
function addOddOpportunities(): void {
  const { contact_id } = crm.db.opportunities.all()[0]!;
  const add = (stage: string, expected_close_date: string) =>
    crm.db.opportunities.insert({ title: 'Plan', description: null, contact_id, value: 4200, stage, probability: 40, expected_close_date });
  add('Paused', '2099-01-01');
  // The mock's rows always have a date; the API a client meets may send none.
  add('proposal', null as unknown as string);
}

const settled = (element: CrmElement) =>
  waitFor(() => element.shadowRoot?.querySelector('section > [part="totals"], [part="empty"], [part="error"]'), 'the forecast never settled');

const forecastSubjects: Subject[] = [
  {
    name: 'with figures, the notes under the chart and the table shown',
    create: () => {
      addOddOpportunities();
      return forecast();
    },
    ready: async (element) => {
      await settled(element);
      element.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
      await element.updateComplete;
    },
  },
  { name: 'with figures', create: forecast, ready: settled },
  {
    name: 'empty',
    create: () => {
      crm.db.opportunities.load([]);
      return forecast();
    },
    ready: settled,
  },
  {
    name: 'after a failed load',
    create: () => {
      crm.scenario.set({ error: { status: 500, routes: ['GET /opportunities'] } });
      return forecast();
    },
    ready: settled,
  },
];

layoutSuite('<crm-forecast>', forecastSubjects);
