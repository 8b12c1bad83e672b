// The language test (support/language-run.ts) of <crm-activity-timeline>: entries (older than a
// day, so times are clock times, which Intl writes) with the quick box, and its empty state.
import '@mindbrite/crm-elements/crm-activity-timeline.js';
import '@mindbrite/crm-elements/crm-contact-dialog.js';
import type { CrmContactDialog } from '@mindbrite/crm-elements/crm-contact-dialog.js';
import type { CrmElement } from '@mindbrite/crm-elements';
import { languageSuite } from './support/language-run.js';
import type { Subject } from './support/layout-run.js';
import { crm, mockClient } from './support/mock-crm.js';
import { waitFor } from './support/records-list.js';

function timeline(withEntries = true): CrmElement {
  const contact = crm.db.contacts.all()[0]!;
  crm.db.followUps.deleteWhere((row) => row.contact_id === contact.id);
  if (withEntries) {
    crm.db.followUps.insert({
      contact_id: contact.id,
      type: 'call',
      subject: 'Quote',
      description: 'Sedation',
      scheduled_date: '2026-11-02T11:00:00Z',
      completed: true,
      completed_date: '2026-11-02T11:00:00Z',
      outcome: 'Voicemail',
    });
  }
  const element = document.createElement('crm-activity-timeline');
  element.client = mockClient();
  element.contactId = contact.id;
  return element;
}

const shown = (element: CrmElement) =>
  waitFor(
    () =>
      element.shadowRoot?.querySelector('[part="list"], [part="empty"]') &&
      element.shadowRoot?.querySelector('[part="log"]'),
    'the timeline never came',
  );

const subjects: Subject[] = [
  {
    name: 'in the contact dialog’s history',
    dialog: true,
    create: () => {
      timeline(); // for the activity it seeds
      const dialog = document.createElement('crm-contact-dialog');
      dialog.client = mockClient();
      return dialog;
    },
    ready: async (dialog) => {
      await (dialog as CrmContactDialog).open({ contactId: crm.db.contacts.all()[0]!.id });
      const activity = () => dialog.shadowRoot!.querySelector<CrmElement>('crm-activity-timeline');
      await waitFor(activity, 'the activity never showed');
      await shown(activity()!);
    },
  },
  { name: 'with entries and the quick box', create: timeline, ready: shown },
  {
    name: 'empty',
    create: () => {
      return timeline(false);
    },
    ready: shown,
  },
];

languageSuite('<crm-activity-timeline>', subjects);
