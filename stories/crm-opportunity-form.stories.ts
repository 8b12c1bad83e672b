import '@mindbrite/crm-elements/crm-opportunity-form.js';
import type { CrmMock } from '@mindbrite/crm-mocks';
import { http, HttpResponse } from 'msw';
import { expect, waitFor } from 'storybook/test';
import preview from '../.storybook/preview.js';
import { attributeArgTypes, renderElement } from './support/element-story.js';
import { mockCrm } from './support/mock-crm.js';
import { findElement, findInShadow, findText, typeInto } from './support/shadow.js';

const meta = preview.meta({
  title: 'Elements/crm-opportunity-form',
  component: 'crm-opportunity-form',
  argTypes: attributeArgTypes('crm-opportunity-form'),
  render: renderElement('crm-opportunity-form'),
  beforeEach: mockCrm(),
});
export default meta;

/** The opportunity and the contact the stories edit or start from: the mock CRM's first of each. */
const OPPORTUNITY_ID = 1;
const CONTACT_ID = 1;
const editing = { 'opportunity-id': OPPORTUNITY_ID };

type Context = { canvasElement: HTMLElement };
const control = (form: Element, name: string) => form.shadowRoot!.querySelector<HTMLInputElement>(`#${name}`)!;

/** The form, once it shows its fields (`selector`), or the state `selector` names. */
async function shown({ canvasElement }: Context, selector = 'form') {
  const form = await findElement(canvasElement, 'crm-opportunity-form');
  await findInShadow(form, selector);
  return form;
}

/** A contact with a long name and address, as a search finds them. */
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

export const Create = meta.story({ play: async (context) => void (await shown(context, 'form[aria-label="New opportunity"]')) });

export const Edit = meta.story({
  args: editing,
  play: async (context) => {
    const form = await shown(context, 'form[aria-label="Edit opportunity"]:not([inert])');
    await expect(control(form, 'contact_id').value).not.toBe('');
  },
});

/** `contact-id` presets the contact of a new opportunity (a contact's page, a converted lead). */
export const ForAContact = meta.story({
  args: { 'contact-id': CONTACT_ID },
  play: async (context) => {
    const form = await shown(context);
    await waitFor(() => expect(control(form, 'contact_id').value).not.toBe(''));
  },
});

/** The contact is a combobox: typing searches once the user pauses; arrows, Enter and Escape work the list. */
export const SearchingContacts = meta.story({
  beforeEach: mockCrm({ prepare: addContacts }),
  play: async (context) => {
    const form = await searchContacts(context);
    await expect(control(form, 'contact_id').getAttribute('aria-expanded')).toBe('true');
  },
});

export const NoContactMatches = meta.story({
  play: async (context) => {
    const form = await shown(context);
    typeInto(control(form, 'contact_id'), 'Zzyzx');
    await findText(form, 'No contacts match');
  },
});

/** The probability follows the stage until the user types one. */
export const ProbabilityFromTheStage = meta.story({
  play: async (context) => {
    const form = await shown(context);
    const stage = form.shadowRoot!.querySelector<HTMLSelectElement>('#stage')!;
    typeInto(stage, 'negotiation');
    await waitFor(() => expect(control(form, 'probability').value).toBe('75'));
  },
});

export const ValidationErrors = meta.story({
  play: async (context) => {
    const form = await shown(context);
    typeInto(control(form, 'value'), '-200');
    typeInto(control(form, 'probability'), '140');
    (await findInShadow<HTMLButtonElement>(form, '[part="submit"]')).click();
    await findInShadow(form, '[part="error-summary"]');
    await findText(form, 'Enter a probability from 0 to 100.');
  },
});

export const ServerValidationErrors = meta.story({
  args: editing,
  beforeEach: mockCrm({
    prepare: (crm, { msw }) =>
      msw.use(
        http.put(`${crm.baseUrl}/opportunities/:id`, () =>
          HttpResponse.json({ message: 'The given data was invalid.', errors: { value: ['exceeds the budget approved for this patient'] } }, { status: 422 }),
        ),
      ),
  }),
  play: async (context) => {
    const form = await shown(context, 'form[aria-label="Edit opportunity"]:not([inert])');
    typeInto(control(form, 'value'), '99000');
    (await findInShadow<HTMLButtonElement>(form, '[part="submit"]')).click();
    await findInShadow(form, '#value-error');
  },
});

export const Conflict = meta.story({
  args: editing,
  beforeEach: mockCrm({
    prepare: (crm, { msw }) =>
      msw.use(http.put(`${crm.baseUrl}/opportunities/:id`, () => HttpResponse.json({ message: 'Changed by someone else.' }, { status: 409 }))),
  }),
  play: async (context) => {
    const form = await shown(context, 'form[aria-label="Edit opportunity"]:not([inert])');
    typeInto(control(form, 'title'), 'Implants, upper jaw');
    (await findInShadow<HTMLButtonElement>(form, '[part="submit"]')).click();
    await findInShadow(form, '[part="conflict"]');
  },
});

export const Loading = meta.story({ args: editing, beforeEach: mockCrm({ scenario: { hang: true } }), play: async (context) => void (await shown(context, '[part="form"][inert]')) });

export const LoadError = meta.story({
  args: editing,
  beforeEach: mockCrm({ scenario: { error: { status: 503, routes: ['GET /opportunities/:id'] } } }),
  play: async (context) => void (await shown(context, '[part="retry"]')),
});

export const InEuros = meta.story({ args: { ...editing, currency: 'EUR', locale: 'es' }, play: async (context) => void (await shown(context, 'form[aria-label="Editar oportunidad"]:not([inert])')) });

export const NarrowContainer = meta.story({
  parameters: { frame: { width: '280px' } },
  beforeEach: mockCrm({ prepare: addContacts }),
  play: async (context) => void (await searchContacts(context, 'Wolfe')),
});
export const WideContainer = meta.story({ args: editing, parameters: { frame: { width: '1200px' } }, play: async (context) => void (await shown(context)) });
export const DarkTheme = meta.story({ args: editing, parameters: { frame: { theme: 'dark' } }, play: async (context) => void (await shown(context)) });
export const BrandTheme = meta.story({ parameters: { frame: { theme: 'brand' } }, beforeEach: mockCrm({ prepare: addContacts }), play: async (context) => void (await searchContacts(context)) });
export const RightToLeft = meta.story({ args: editing, parameters: { frame: { dir: 'rtl', lang: 'ar' } }, play: async (context) => void (await shown(context)) });
