// The layout test (support/layout-run.ts) of <crm-lead-dialog> and <crm-contact-dialog>.
import '@mindbrite/crm-elements/crm-contact-dialog.js';
import '@mindbrite/crm-elements/crm-lead-dialog.js';
import type { CrmContactDialog } from '@mindbrite/crm-elements/crm-contact-dialog.js';
import type { CrmLeadDialog } from '@mindbrite/crm-elements/crm-lead-dialog.js';
import { create, layoutSuite, type Subject } from './support/layout-run.js';
import { crm } from './support/mock-crm.js';
import { waitFor } from './support/records-list.js';

const leadDialogSubjects: Subject[] = [
  { name: 'open, creating', dialog: true, create: () => create('crm-lead-dialog'), ready: (dialog) => (dialog as CrmLeadDialog).open() },
];

/** A seeded contact with opportunities and follow-ups, whose history the dialog lists below the form. */
const contactWithHistory = () =>
  crm.db.contacts
    .all()
    .find(({ id }) => crm.db.opportunities.all().some((row) => row.contact_id === id) && crm.db.followUps.all().some((row) => row.contact_id === id))!;

const contactDialogSubjects: Subject[] = [
  { name: 'open, creating', dialog: true, create: () => create('crm-contact-dialog'), ready: (dialog) => (dialog as CrmContactDialog).open() },
  {
    name: 'open, editing a contact with its history',
    dialog: true,
    create: () => create('crm-contact-dialog'),
    ready: async (dialog) => {
      await (dialog as CrmContactDialog).open({ contactId: contactWithHistory().id });
      const root = dialog.shadowRoot!;
      await waitFor(
        () => root.querySelector('[part="form"]')?.shadowRoot?.querySelector('[name="first_name"]') && root.querySelector('[part="history"][aria-busy="false"]'),
        'the contact and its history never showed',
      );
    },
  },
];

layoutSuite('<crm-lead-dialog>', leadDialogSubjects);
layoutSuite('<crm-contact-dialog>', contactDialogSubjects);
