// The language test (support/language-run.ts) of <crm-forecast>: its figures with every note
// under the chart, and with the table shown.
import '@mindbrite/crm-elements/crm-forecast.js';
import type { CrmElement } from '@mindbrite/crm-elements';
import { languageSuite } from './support/language-run.js';
import type { Subject } from './support/layout-run.js';
import { crm, mockClient } from './support/mock-crm.js';
import { waitFor } from './support/records-list.js';

/** A forecast of the seeded CRM, with what each note under the chart speaks of. */
function forecastWithNotes(): CrmElement {
  const { contact_id } = crm.db.opportunities.all()[0]!;
  const add = (stage: string, expected_close_date: string) =>
    crm.db.opportunities.insert({ title: 'Plan', description: null, contact_id, value: 4200, stage, probability: 40, expected_close_date });
  // A stage the forecast does not know, written as the CRM's data (a word the checks know as data).
  add('Paused', '2099-01-01');
  // The mock's rows always have a date; the API a client meets may send none.
  add('proposal', null as unknown as string);
  const element = document.createElement('crm-forecast');
  element.client = mockClient();
  return element;
}

const figuresShown = (element: CrmElement) => waitFor(() => element.shadowRoot?.querySelector('section > [part="notes"]'), 'the figures never came');

const subjects: Subject[] = [
  { name: 'with figures and notes', create: forecastWithNotes, ready: figuresShown },
  {
    name: 'with figures, shown as a table',
    create: forecastWithNotes,
    ready: async (element) => {
      await figuresShown(element);
      element.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
      await element.updateComplete;
    },
  },
];

languageSuite('<crm-forecast>', subjects);
