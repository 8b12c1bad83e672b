// <crm-opportunity-dialog> in the layout test (support/layout-run.ts) and the language test
// (support/language-run.ts): open, creating and editing.
import '@mindbrite/crm-elements/crm-opportunity-dialog.js';
import type { CrmElement } from '@mindbrite/crm-elements';
import type { CrmOpportunityDialog } from '@mindbrite/crm-elements/crm-opportunity-dialog.js';
import { waitUntil } from '@open-wc/testing';
import { languageSuite } from './support/language-run.js';
import { layoutSuite, type Subject } from './support/layout-run.js';
import { crm, mockClient } from './support/mock-crm.js';

function dialog(): CrmElement {
  const element = document.createElement('crm-opportunity-dialog');
  element.client = mockClient();
  return element;
}

const subjects: Subject[] = [
  { name: 'open, creating', dialog: true, create: dialog, ready: (element) => (element as CrmOpportunityDialog).open() },
  {
    name: 'open, editing an opportunity',
    dialog: true,
    create: dialog,
    ready: async (element) => {
      await (element as CrmOpportunityDialog).open({ opportunityId: crm.db.opportunities.all()[0]!.id });
      await waitUntil(() => element.shadowRoot!.querySelector('[part="form"]')?.shadowRoot?.querySelector('#title'), 'the opportunity never showed');
    },
  },
];

layoutSuite('<crm-opportunity-dialog>', subjects);
languageSuite('<crm-opportunity-dialog>', subjects);
