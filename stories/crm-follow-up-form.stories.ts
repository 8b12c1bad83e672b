import '@mindbrite/crm-elements/crm-follow-up-form.js';
import type { CrmMock } from '@mindbrite/crm-mocks';
import { http, HttpResponse } from 'msw';
import { expect, waitFor } from 'storybook/test';
import preview from '../.storybook/preview.js';
import { attributeArgTypes, renderElement } from './support/element-story.js';
import { mockCrm } from './support/mock-crm.js';
import { findElement, findInShadow, findText, typeInto } from './support/shadow.js';

const meta = preview.meta({
  title: 'Elements/crm-follow-up-form',
  component: 'crm-follow-up-form',
  argTypes: attributeArgTypes('crm-follow-up-form'),
  render: renderElement('crm-follow-up-form'),
  beforeEach: mockCrm(),
});
export default meta;

/** The follow-up and the contact the stories edit or start from: the mock CRM's first of each. */
const FOLLOW_UP_ID = 1;
const CONTACT_ID = 1;
const editing = { 'follow-up-id': FOLLOW_UP_ID };

type Context = { canvasElement: HTMLElement };
const control = (form: Element, name: string) => form.shadowRoot!.querySelector<HTMLInputElement>(`#${name}`)!;

/** The form, once it shows its fields (`selector`), or the state `selector` names. */
async function shown({ canvasElement }: Context, selector = 'form') {
  const form = await findElement(canvasElement, 'crm-follow-up-form');
  await findInShadow(form, selector);
  return form;
}

/** Contacts with long names and addresses, as a search finds them. */
const addContacts = (crm: CrmMock) => {
  const names = [
    ['Inés', 'Valderrama'],
    ['Iker', 'Valderrábano'],
    ['Maximiliana-Alejandra', 'Wolfeschlegelsteinhausen-Valderrama'],
  ] as const;
  for (const [first_name, last_name] of names) {
    crm.db.contacts.insert({
      first_name,
      last_name,
      email: `${first_name}.${last_name}@example.org`.toLowerCase(),
      phone: '+34 915 550 142',
      company: null,
      position: null,
      status: 'active',
      source: 'referral',
      notes: null,
    });
  }
};

/** Types `text` into the contact field and waits for the contacts found. */
async function searchContacts(context: Context, text = 'Valderr') {
  const form = await shown(context);
  typeInto(control(form, 'contact_id'), text);
  await findInShadow(form, '[role="option"]');
  return form;
}

export const Schedule = meta.story({ play: async (context) => void (await shown(context, 'form[aria-label="Schedule a follow-up"]')) });

export const Edit = meta.story({
  args: editing,
  play: async (context) => {
    const form = await shown(context, 'form[aria-label="Edit follow-up"]:not([inert])');
    await expect(control(form, 'scheduled_date').value).not.toBe('');
  },
});

/** `contact-id` presets the contact of a new follow-up (a contact's page, a list's row action). */
export const ForAContact = meta.story({
  args: { 'contact-id': CONTACT_ID },
  play: async (context) => {
    const form = await shown(context);
    await waitFor(() => expect(control(form, 'contact_id').value).not.toBe(''));
  },
});

/** The quick choices set the date as typing would: here “In a week”. */
export const QuickChoice = meta.story({
  play: async (context) => {
    const form = await shown(context);
    const week = [...form.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="quick-choice"]')].at(-1)!;
    week.click();
    await waitFor(() => expect(control(form, 'scheduled_date').value).not.toBe(''));
  },
});

/** The contact is the opportunity form's combobox: typing searches once the user pauses. */
export const SearchingContacts = meta.story({
  beforeEach: mockCrm({ prepare: addContacts }),
  play: async (context) => {
    const form = await searchContacts(context);
    await expect(control(form, 'contact_id').getAttribute('aria-expanded')).toBe('true');
  },
});

export const ValidationErrors = meta.story({
  play: async (context) => {
    const form = await shown(context);
    (await findInShadow<HTMLButtonElement>(form, '[part="submit"]')).click();
    await findInShadow(form, '[part="error-summary"]');
    await findText(form, 'Enter the date and time of the follow-up.');
  },
});

export const ServerValidationErrors = meta.story({
  args: editing,
  beforeEach: mockCrm({
    prepare: (crm, { msw }) =>
      msw.use(
        http.put(`${crm.baseUrl}/follow-ups/:id`, () =>
          HttpResponse.json({ message: 'The given data was invalid.', errors: { scheduled_date: ['is outside the clinic’s opening hours'] } }, { status: 422 }),
        ),
      ),
  }),
  play: async (context) => {
    const form = await shown(context, 'form[aria-label="Edit follow-up"]:not([inert])');
    typeInto(control(form, 'scheduled_date'), '2030-01-10T23:30');
    (await findInShadow<HTMLButtonElement>(form, '[part="submit"]')).click();
    await findInShadow(form, '#scheduled_date-error');
  },
});

export const Conflict = meta.story({
  args: editing,
  beforeEach: mockCrm({
    prepare: (crm, { msw }) => msw.use(http.put(`${crm.baseUrl}/follow-ups/:id`, () => HttpResponse.json({ message: 'Changed by someone else.' }, { status: 409 }))),
  }),
  play: async (context) => {
    const form = await shown(context, 'form[aria-label="Edit follow-up"]:not([inert])');
    typeInto(control(form, 'subject'), 'Call about the revised quote');
    (await findInShadow<HTMLButtonElement>(form, '[part="submit"]')).click();
    await findInShadow(form, '[part="conflict"]');
  },
});

export const Loading = meta.story({ args: editing, beforeEach: mockCrm({ scenario: { hang: true } }), play: async (context) => void (await shown(context, '[part="form"][inert]')) });

export const LoadError = meta.story({
  args: editing,
  beforeEach: mockCrm({ scenario: { error: { status: 503, routes: ['GET /follow-ups/:id'] } } }),
  play: async (context) => void (await shown(context, '[part="retry"]')),
});

export const InSpanish = meta.story({ args: { ...editing, locale: 'es' }, play: async (context) => void (await shown(context, 'form[aria-label="Editar seguimiento"]:not([inert])')) });

export const NarrowContainer = meta.story({
  parameters: { frame: { width: '280px' } },
  beforeEach: mockCrm({ prepare: addContacts }),
  play: async (context) => void (await searchContacts(context, 'Wolfe')),
});
export const WideContainer = meta.story({ args: editing, parameters: { frame: { width: '1200px' } }, play: async (context) => void (await shown(context)) });
export const DarkTheme = meta.story({ args: editing, parameters: { frame: { theme: 'dark' } }, play: async (context) => void (await shown(context)) });
export const BrandTheme = meta.story({ parameters: { frame: { theme: 'brand' } }, beforeEach: mockCrm({ prepare: addContacts }), play: async (context) => void (await searchContacts(context)) });
export const RightToLeft = meta.story({ args: editing, parameters: { frame: { dir: 'rtl', lang: 'ar' } }, play: async (context) => void (await shown(context)) });
