// The states the layout and language tests render each element in (layout-*.test.ts,
// languages-*.test.ts): one list of subjects per element, shared by both.
import type { CrmElement } from '@mindbrite/crm-elements';
import type { CrmContactDialog } from '@mindbrite/crm-elements/crm-contact-dialog.js';
import type { CrmLeadDialog } from '@mindbrite/crm-elements/crm-lead-dialog.js';
import { create, type Subject } from './layout-run.js';
import { crm } from './mock-crm.js';
import { submit, summaryShown, type, type RecordFormElement } from './record-form.js';
import { waitFor } from './records-list.js';

export { listSubjects } from './layout-run.js';

/** The figures and the follow-up counts (which load on their own, after them) are on screen. */
const figuresShown = (dashboard: CrmElement) =>
  waitFor(() => {
    const counts = [...(dashboard.shadowRoot?.querySelectorAll('[part~="follow-ups"]') ?? [])];
    return dashboard.shadowRoot?.querySelector('section > dl') && counts.length && counts.every((card) => !card.textContent!.includes('…'));
  }, 'the figures never came');

export const dashboardSubjects: Subject[] = [
  { name: 'with figures', create: () => create('crm-dashboard', { locale: 'en-US' }), ready: figuresShown },
  {
    name: 'with figures, shown as tables',
    create: () => create('crm-dashboard', { locale: 'en-US' }),
    ready: async (dashboard) => {
      await figuresShown(dashboard);
      dashboard.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
      await dashboard.updateComplete;
    },
  },
];

export function formSubjects(tag: 'crm-lead-form' | 'crm-contact-form'): Subject[] {
  return [
    { name: 'creating', create: () => create(tag), ready: (form) => form.updateComplete },
    {
      name: 'after a refused save, with field errors and the error summary',
      create: () => create(tag),
      ready: async (form) => {
        await form.updateComplete;
        // A phone too short to be one, and the required fields left empty.
        await type(form as RecordFormElement, 'phone', '12');
        submit(form);
        await summaryShown(form);
      },
    },
  ];
}

export const leadDialogSubjects: Subject[] = [
  { name: 'open, creating', dialog: true, create: () => create('crm-lead-dialog'), ready: (dialog) => (dialog as CrmLeadDialog).open() },
];

/** A seeded contact with opportunities and follow-ups, whose history the dialog lists below the form. */
const contactWithHistory = () =>
  crm.db.contacts
    .all()
    .find(({ id }) => crm.db.opportunities.all().some((row) => row.contact_id === id) && crm.db.followUps.all().some((row) => row.contact_id === id))!;

export const contactDialogSubjects: Subject[] = [
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
