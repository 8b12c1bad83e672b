// <crm-follow-up-form> in the layout test (support/layout-run.ts) and the language test
// (support/language-run.ts), in its main states: scheduling, refused, its contact list open, editing.
import '@mindbrite/crm-elements/crm-follow-up-form.js';
import type { CrmElement } from '@mindbrite/crm-elements';
import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { languageSuite } from './support/language-run.js';
import { layoutSuite, type Subject } from './support/layout-run.js';
import { crm, mockClient } from './support/mock-crm.js';
import { submit, summaryShown } from './support/record-form.js';

function form(attributes: Record<string, string> = {}): CrmElement {
  const element = document.createElement('crm-follow-up-form');
  element.client = mockClient();
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/** A contact whose long name and address must wrap in the list, not widen the form. */
const contact = () =>
  crm.db.contacts.insert({
    first_name: 'Maximiliana-Alejandra',
    last_name: 'Wolfeschlegelsteinhausen-Valderrama',
    email: 'maximiliana.wolfeschlegelsteinhausen-valderrama@clinica-dental-internacional.example.org',
    phone: '+34 915 550 142',
    company: null,
    position: null,
    status: 'active',
    source: 'referral',
    notes: null,
  });

const subjects: Subject[] = [
  { name: 'scheduling', create: () => form(), ready: (element) => element.updateComplete },
  {
    name: 'after a refused save, with field errors and the error summary',
    create: () => form(),
    ready: async (element) => {
      await element.updateComplete;
      submit(element);
      await summaryShown(element);
    },
  },
  {
    name: 'with contacts found for a name typed',
    create: () => {
      contact();
      return form();
    },
    ready: async (element) => {
      await element.updateComplete;
      element.shadowRoot!.querySelector<HTMLInputElement>('#contact_id')!.focus();
      await sendKeys({ type: 'Valderr' });
      await waitUntil(() => element.shadowRoot!.querySelector('[role="option"]'), 'no contacts listed', { timeout: 3000 });
    },
  },
  {
    name: 'editing',
    create: () => form({ 'follow-up-id': String(crm.db.followUps.all()[0]!.id) }),
    ready: (element) => waitUntil(() => element.shadowRoot!.querySelector('#subject'), 'the follow-up never showed'),
  },
];

layoutSuite('<crm-follow-up-form>', subjects);
languageSuite('<crm-follow-up-form>', subjects);
