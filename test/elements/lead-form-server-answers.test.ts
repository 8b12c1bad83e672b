// <crm-lead-form> and what the server answers to a save: known 422 checks in our own words (the
// server's text may name another patient), and a create whose outcome is unclear keeping its
// Idempotency-Key for the same input, so pressing Create again cannot store the lead twice.
import '@mindbrite/crm-elements/crm-lead-form.js';
import type { CrmLeadForm } from '@mindbrite/crm-elements/crm-lead-form.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { getResponse, http, HttpResponse } from 'msw';
import { crm, mockClient, useMockCrm } from './support/mock-crm.js';

const EMAIL = 'rosa.quintero@example.org';

const text = (form: CrmLeadForm, selector: string) => form.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function type(form: CrmLeadForm, name: string, value: string): Promise<void> {
  const input = form.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await form.updateComplete;
}

async function filledForm(): Promise<CrmLeadForm> {
  const form = await fixture<CrmLeadForm>(html`<crm-lead-form .client=${mockClient()}></crm-lead-form>`);
  await type(form, 'first_name', 'Rosa');
  await type(form, 'last_name', 'Quintero');
  await type(form, 'email', EMAIL);
  return form;
}

const submit = (form: CrmLeadForm) => form.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();

/** Leads the mock holds with the test's email. */
const stored = () => crm.db.leads.all().filter((lead) => lead.email === EMAIL);

/**
 * Records the `Idempotency-Key` of every create; the first `lost` ones are carried out by the mock
 * and then lost on the way back, as when a gateway times out after the commit.
 */
function createsLosingAnswers(lost: number): string[] {
  const keys: string[] = [];
  crm.use(
    http.post(`${crm.baseUrl}/leads`, async ({ request }) => {
      keys.push(request.headers.get('Idempotency-Key') ?? '');
      if (keys.length > lost) return undefined;
      await getResponse(crm.handlers, request.clone());
      return HttpResponse.error();
    }),
  );
  return keys;
}

describe('<crm-lead-form> and the server’s answers to a save', () => {
  useMockCrm();

  describe('known checks in our own words', () => {
    it('says a taken email, a missing name and an invalid phone in its own words, never the server’s', async () => {
      crm.use(
        http.post(`${crm.baseUrl}/leads`, () =>
          HttpResponse.json(
            {
              message: 'The given data was invalid.',
              errors: {
                email: ['The email has already been taken by Zoë Kierkegaard.'],
                last_name: ['The last name field is required.'],
                phone: ['Phone format is invalid for +1 555 0100.'],
                pipeline_id: ['The pipeline must be unique for Zoë.'],
              },
            },
            { status: 422 },
          ),
        ),
      );
      const form = await filledForm();
      submit(form);
      await waitUntil(() => text(form, '#email-error'), 'the field messages');
      expect(text(form, '#email-error')).to.equal('This email is already used by another record.');
      expect(text(form, '#last_name-error')).to.equal('Last name is required.');
      expect(text(form, '#phone-error')).to.equal('This phone is not valid.');
      expect(text(form, '[part="form-error"]')).to.equal('This pipeline id is already used by another record.');
      expect(form.shadowRoot!.textContent).not.to.contain('Zoë');
      await expect(form).to.be.accessible();
    });
  });

  describe('a create whose outcome is unclear', () => {
    it('says the lead may have been saved, and Create again sends the same key, storing it once', async () => {
      const keys = createsLosingAnswers(1);
      const form = await filledForm();
      submit(form);
      await waitUntil(() => text(form, '[part="form-error"]'), 'the failure');
      expect(text(form, '[part="form-error"]')).to.equal(
        'The lead may have been saved: the CRM did not confirm it. Press “Create lead” again without changing anything, so the CRM can tell it is the same lead.',
      );
      expect(stored(), 'the server stored it before the answer was lost').to.have.length(1);

      const created = oneEvent(form, 'crm-lead-created');
      submit(form);
      expect((await created).detail.lead.email).to.equal(EMAIL);
      expect(keys).to.have.length(2);
      expect(keys[1], 'the same create, by its key').to.equal(keys[0]);
      expect(stored(), 'stored once').to.have.length(1);
    });

    it('sends the same key for unchanged input however often it fails, and a new one once the input changes', async () => {
      const keys = createsLosingAnswers(3);
      const form = await filledForm();
      submit(form);
      await waitUntil(() => keys.length === 1 && text(form, '[part="form-error"]').includes('may have been saved'));
      submit(form);
      await waitUntil(() => keys.length === 2);
      await form.updateComplete;
      expect(keys[1]).to.equal(keys[0]);

      await type(form, 'company', 'Harbor Clinic');
      submit(form);
      await waitUntil(() => keys.length === 3);
      expect(keys[2], 'changed input is another create').not.to.equal(keys[0]);
      expect(new Set(keys.map((key) => key.length > 0))).to.deep.equal(new Set([true]));
    });

    it('takes a fresh key after a clear failure, since nothing was stored', async () => {
      const keys: string[] = [];
      crm.use(
        http.post(`${crm.baseUrl}/leads`, ({ request }) => {
          keys.push(request.headers.get('Idempotency-Key') ?? '');
          return keys.length === 1 ? HttpResponse.json({ message: 'Forbidden.' }, { status: 403 }) : undefined;
        }),
      );
      const form = await filledForm();
      submit(form);
      await waitUntil(() => text(form, '[part="form-error"]'), 'the failure');
      expect(text(form, '[part="form-error"]')).not.to.contain('may have been saved');
      const created = oneEvent(form, 'crm-lead-created');
      submit(form);
      await created;
      expect(keys[1]).not.to.equal(keys[0]);
    });
  });
});
