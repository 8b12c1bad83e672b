// The layout test (support/layout-run.ts) of <crm-activity-timeline>, in its states: entries with
// the quick box, empty, and after a failed load.
import '@mindbrite/crm-elements/crm-activity-timeline.js';
import '@mindbrite/crm-elements/crm-contact-dialog.js';
import type { CrmContactDialog } from '@mindbrite/crm-elements/crm-contact-dialog.js';
import type { CrmElement } from '@mindbrite/crm-elements';
import { layoutSuite, type Subject } from './support/layout-run.js';
import { crm, mockClient } from './support/mock-crm.js';
import { waitFor } from './support/records-list.js';

/** A contact with a call (with its outcome and long details) and a note. */
function timeline(withEntries = true): CrmElement {
  const contact = crm.db.contacts.all()[0]!;
  crm.db.followUps.deleteWhere((row) => row.contact_id === contact.id);
  if (withEntries) {
    const add = (
      type: string,
      subject: string,
      completed_date: string,
      outcome: string | null,
      description = '',
    ) =>
      crm.db.followUps.insert({
        contact_id: contact.id,
        type,
        subject,
        description,
        scheduled_date: completed_date,
        completed: true,
        completed_date,
        outcome,
      });
    add(
      'call',
      'Called about the quote for the implant consultation',
      '2026-11-02T11:00:00Z',
      'Left a voicemail, will call back Thursday',
      'Asked about sedation options and the payment plan. '.repeat(4),
    );
    add('note', 'Prefers morning appointments', '2026-10-28T11:00:00Z', null);
  }
  const element = document.createElement('crm-activity-timeline');
  element.client = mockClient();
  element.contactId = contact.id;
  return element;
}

const settled = (element: CrmElement) =>
  waitFor(
    () =>
      element.shadowRoot?.querySelector(
        '[part="list"], [part="empty"], [part="error"]',
      ) && element.shadowRoot?.querySelector('[part="log"]'),
    'the timeline never settled',
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
      await settled(activity()!);
    },
  },
  { name: 'with entries and the quick box', create: timeline, ready: settled },
  {
    name: 'empty',
    create: () => {
      return timeline(false);
    },
    ready: settled,
  },
  {
    name: 'after a failed load',
    create: () => {
      crm.scenario.set({ error: { status: 500, routes: ['GET /follow-ups'] } });
      return timeline();
    },
    ready: settled,
  },
];

layoutSuite('<crm-activity-timeline>', subjects);
