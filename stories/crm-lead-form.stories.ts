import '@mindbrite/crm-elements/crm-lead-form.js';
import { http, HttpResponse } from 'msw';
import { expect } from 'storybook/test';
import preview from '../.storybook/preview.js';
import { mockCrm } from './support/mock-crm.js';
import { attributeArgTypes, renderElement } from './support/element-story.js';
import { findElement, findInShadow, findText, typeInto } from './support/shadow.js';

const meta = preview.meta({
  title: 'Elements/crm-lead-form',
  component: 'crm-lead-form',
  argTypes: attributeArgTypes('crm-lead-form'),
  render: renderElement('crm-lead-form'),
  beforeEach: mockCrm(),
});
export default meta;

const fillValidLead = (form: HTMLElement) => {
  const input = (name: string) => form.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  typeInto(input('first_name'), 'Amara');
  typeInto(input('last_name'), 'Okafor');
  typeInto(input('email'), 'amara.okafor@example.org');
  typeInto(input('phone'), '+44 20 7946 0958');
};

const submit = async (form: HTMLElement) => (await findInShadow<HTMLButtonElement>(form, '[part="submit"]')).click();

export const Create = meta.story({
  play: async ({ canvasElement }) => {
    const form = await findElement(canvasElement, 'crm-lead-form');
    await findInShadow(form, 'form[aria-label="New lead"]');
  },
});

export const Edit = meta.story({
  args: { 'lead-id': 1 },
  play: async ({ canvasElement }) => {
    const form = await findElement(canvasElement, 'crm-lead-form');
    const firstName = await findInShadow<HTMLInputElement>(form, 'form[aria-label="Edit lead"] [name="first_name"]');
    await expect(firstName.value).not.toBe('');
  },
});

export const Loading = meta.story({
  args: { 'lead-id': 1 },
  beforeEach: mockCrm({ scenario: { hang: true } }),
  play: async ({ canvasElement }) => {
    const form = await findElement(canvasElement, 'crm-lead-form');
    await findInShadow(form, '[part="skeleton"]');
  },
});

export const LoadError = meta.story({
  args: { 'lead-id': 1 },
  beforeEach: mockCrm({ scenario: { error: { status: 503, routes: ['GET /leads/:id'] } } }),
  play: async ({ canvasElement }) => {
    const form = await findElement(canvasElement, 'crm-lead-form');
    // The client retries a 503 with backoff before the form gives up.
    await findInShadow(form, '[part="retry"]', 10_000);
  },
});

export const LeadNotFound = meta.story({
  args: { 'lead-id': 999_999 },
  play: async ({ canvasElement }) => {
    const form = await findElement(canvasElement, 'crm-lead-form');
    await findInShadow(form, '[part="error"]');
  },
});

export const ValidationErrors = meta.story({
  play: async ({ canvasElement }) => {
    const form = await findElement(canvasElement, 'crm-lead-form');
    const email = await findInShadow<HTMLInputElement>(form, '[name="email"]');
    typeInto(email, 'not-an-email');
    await submit(form);
    await findInShadow(form, '#first_name-error');
    await findInShadow(form, '#email-error');
    // Focus moves to the first field that needs attention.
    await expect(form.shadowRoot!.activeElement?.getAttribute('name')).toBe('first_name');
  },
});

export const ServerValidationErrors = meta.story({
  beforeEach: mockCrm({
    prepare: (crm, { msw }) =>
      msw.use(
        http.post(`${crm.baseUrl}/leads`, () =>
          HttpResponse.json(
            {
              message: 'The given data was invalid.',
              errors: { email: ['This email address belongs to a patient record that cannot receive marketing.'] },
            },
            { status: 422 },
          ),
        ),
      ),
  }),
  play: async ({ canvasElement }) => {
    const form = await findElement(canvasElement, 'crm-lead-form');
    await findInShadow(form, 'form');
    fillValidLead(form);
    await submit(form);
    await findInShadow(form, '#email-error');
    // Nothing the user typed is lost.
    await expect(form.shadowRoot!.querySelector<HTMLInputElement>('[name="first_name"]')!.value).toBe('Amara');
  },
});

export const Saving = meta.story({
  beforeEach: mockCrm({ scenario: { hang: { routes: ['POST /leads'] } } }),
  play: async ({ canvasElement }) => {
    const form = await findElement(canvasElement, 'crm-lead-form');
    await findInShadow(form, 'form');
    fillValidLead(form);
    await submit(form);
    await findInShadow(form, '[part="submit"][aria-disabled="true"]');
  },
});

/**
 * A create whose answer is lost: the CRM stores the lead, then the connection drops (a network
 * error on every try). The form keeps what was typed and says the lead may have been saved; pressing
 * “Create lead” again unchanged resends the same `Idempotency-Key`, so the CRM can tell it is the
 * same lead. In the Storybook UI: fill in the form and press “Create lead”.
 */
export const MayHaveBeenSaved = meta.story({
  beforeEach: mockCrm({
    prepare: (crm, { msw }) => {
      const stored = new Set<string>();
      msw.use(
        http.post(`${crm.baseUrl}/leads`, async ({ request }) => {
          const key = request.headers.get('Idempotency-Key') ?? '';
          if (!stored.has(key)) {
            stored.add(key);
            crm.db.leads.insert({ notes: null, assigned_to: null, source: null, ...(await request.json() as object) } as Parameters<typeof crm.db.leads.insert>[0]);
          }
          return HttpResponse.error();
        }),
      );
    },
  }),
  play: async ({ canvasElement }) => {
    const form = await findElement(canvasElement, 'crm-lead-form');
    await findInShadow(form, 'form');
    fillValidLead(form);
    await submit(form);
    // The client retries a lost answer (same key) before the form gives up.
    await findText(form, 'may have been saved', 15_000);
    await expect(form.shadowRoot!.querySelector<HTMLInputElement>('[name="first_name"]')!.value).toBe('Amara');
  },
});

export const DuplicateWarning = meta.story({
  beforeEach: mockCrm({
    prepare: (crm) => {
      crm.db.leads.update(1, { email: 'lena.fischer@example.com' });
    },
  }),
  play: async ({ canvasElement }) => {
    const form = await findElement(canvasElement, 'crm-lead-form');
    typeInto(await findInShadow<HTMLInputElement>(form, '[name="email"]'), 'lena.fischer@example.com');
    await findInShadow(form, '[part="open-record"]');
  },
});

export const Conflict = meta.story({
  args: { 'lead-id': 1 },
  beforeEach: mockCrm({
    prepare: (crm, { msw }) =>
      msw.use(
        http.put(`${crm.baseUrl}/leads/:id`, () =>
          HttpResponse.json({ message: 'The lead was changed by someone else.' }, { status: 409 }),
        ),
      ),
  }),
  play: async ({ canvasElement }) => {
    const form = await findElement(canvasElement, 'crm-lead-form');
    const company = await findInShadow<HTMLInputElement>(form, 'form[aria-label="Edit lead"] [name="company"]');
    typeInto(company, 'Riverside Family Practice');
    await submit(form);
    await findInShadow(form, '[part="conflict"]');
  },
});

export const LongAndNonLatinNames = meta.story({
  args: { 'lead-id': 1 },
  beforeEach: mockCrm({
    prepare: (crm) => {
      crm.db.leads.update(1, {
        first_name: 'Maximilian-Alexander Konstantin',
        last_name: 'Wolfeschlegelsteinhausenbergerdorff-Þórðardóttir',
        company: '北京协和医院 国际医疗部 — Departamento de Relaciones Internacionales y Pacientes Extranjeros',
        notes: 'Prefers contact in 日本語 or Ελληνικά; family name transliterated as Çelebi-Nguyễn.',
      });
    },
  }),
  play: async ({ canvasElement }) => {
    const form = await findElement(canvasElement, 'crm-lead-form');
    const lastName = await findInShadow<HTMLInputElement>(form, 'form[aria-label="Edit lead"] [name="last_name"]');
    await expect(lastName.value).toBe('Wolfeschlegelsteinhausenbergerdorff-Þórðardóttir');
  },
});

const rendersForm = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const form = await findElement(canvasElement, 'crm-lead-form');
  await findInShadow(form, 'form');
};

export const NarrowContainer = meta.story({
  parameters: { frame: { width: '280px' } },
  play: rendersForm,
});

export const WideContainer = meta.story({
  parameters: { frame: { width: '1200px' } },
  play: rendersForm,
});

export const DarkTheme = meta.story({
  args: { 'lead-id': 1 },
  parameters: { frame: { theme: 'dark' } },
  play: rendersForm,
});

export const BrandTheme = meta.story({
  args: { 'lead-id': 1 },
  parameters: { frame: { theme: 'brand' } },
  play: rendersForm,
});

export const RightToLeft = meta.story({
  args: { 'lead-id': 1 },
  parameters: { frame: { dir: 'rtl', lang: 'ar' } },
  beforeEach: mockCrm({
    prepare: (crm) => {
      crm.db.leads.update(1, { first_name: 'ليلى', last_name: 'الحسيني', company: 'عيادة النور للأسرة' });
    },
  }),
  play: async ({ canvasElement }) => {
    const form = await findElement(canvasElement, 'crm-lead-form');
    const firstName = await findInShadow<HTMLInputElement>(form, 'form[aria-label="Edit lead"] [name="first_name"]');
    await expect(firstName.value).toBe('ليلى');
  },
});
