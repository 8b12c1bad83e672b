// <crm-follow-up-dialog> in the layout test (support/layout-run.ts) and the language test
// (support/language-run.ts): open, scheduling and editing.
import '@mindbrite/crm-elements/crm-follow-up-dialog.js';
import type { CrmElement } from '@mindbrite/crm-elements';
import type { CrmFollowUpDialog } from '@mindbrite/crm-elements/crm-follow-up-dialog.js';
import { waitUntil } from '@open-wc/testing';
import { languageSuite } from './support/language-run.js';
import { layoutSuite, type Subject } from './support/layout-run.js';
import { crm, mockClient } from './support/mock-crm.js';

function dialog(): CrmElement {
  const element = document.createElement('crm-follow-up-dialog');
  element.client = mockClient();
  return element;
}

const subjects: Subject[] = [
  { name: 'open, scheduling', dialog: true, create: dialog, ready: (element) => (element as CrmFollowUpDialog).open() },
  {
    name: 'open, editing a follow-up',
    dialog: true,
    create: dialog,
    ready: async (element) => {
      await (element as CrmFollowUpDialog).open({ followUpId: crm.db.followUps.all()[0]!.id });
      await waitUntil(() => element.shadowRoot!.querySelector('[part="form"]')?.shadowRoot?.querySelector('#subject'), 'the follow-up never showed');
    },
  },
];

layoutSuite('<crm-follow-up-dialog>', subjects);
languageSuite('<crm-follow-up-dialog>', subjects);
