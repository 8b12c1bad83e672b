// <crm-lead-form> and what the server answers to a save: known 422 checks in our own words (the
// server's text may name another patient), and a create whose outcome is unclear keeping its
// Idempotency-Key for the same input, so pressing Create again cannot store the lead twice.
import '@mindbrite/crm-elements/crm-lead-form.js';
import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { crm, useMockCrm } from './support/mock-crm.js';
import {
  control,
  createsLosingAnswers,
  fill,
  formFixture,
  part,
  refuseCreates,
  submit,
  submitAndWaitFor,
  summaryItems,
  text,
  type,
} from './support/record-form.js';

const EMAIL = 'rosa.quintero@example.org';

/** A new lead form with the required fields filled in, and focus on Create, as a user who is about to press it. */
async function filledForm() {
  const form = await formFixture('crm-lead-form');
  await fill(form, { first_name: 'Rosa', last_name: 'Quintero', email: EMAIL });
  part(form, 'submit').focus();
  return form;
}

/** Leads the mock holds with the test's email. */
const stored = () => crm.db.leads.all().filter((lead) => lead.email === EMAIL);

describe('<crm-lead-form> and the server’s answers to a save', () => {
  useMockCrm();

  describe('known checks in our own words', () => {
    it('says a taken email, a missing name and an invalid phone in its own words, never the server’s', async () => {
      refuseCreates('leads', {
        email: ['The email has already been taken by Zoë Kierkegaard.'],
        last_name: ['The last name field is required.'],
        phone: ['Phone format is invalid for +1 555 0100.'],
        pipeline_id: ['The pipeline must be unique for Zoë.'],
      });
      const form = await filledForm();
      submit(form);
      await waitUntil(() => text(form, '#email-error'), 'the field messages');
      expect(text(form, '#email-error')).to.equal('This email is already used by another record.');
      expect(text(form, '#last_name-error')).to.equal('Last name is required.');
      expect(text(form, '#phone-error')).to.equal('This phone is not valid.');
      expect(summaryItems(form)).to.include('This pipeline id is already used by another record.');
      expect(form.shadowRoot!.textContent).not.to.contain('Zoë');
      await expect(form).to.be.accessible();
    });
  });

  describe('a server message beside its field', () => {
    it('stays when focus leaves the field, and goes once the field is changed', async () => {
      refuseCreates('leads', { email: ['The email has already been taken.'], last_name: ['The last name field is required.'] });
      const form = await formFixture('crm-lead-form');
      await fill(form, { first_name: 'Rosa', last_name: 'Quintero', email: EMAIL });
      // Enter in Email saves: the messages move focus to the first field needing attention, out of Email.
      control(form, 'email').focus();
      submit(form);
      await waitUntil(() => text(form, '#email-error'), 'the field messages');
      // Leaving Email, as a user tabbing on (the event too, for a background page that gets no focus events).
      control(form, 'email').focus();
      control(form, 'phone').focus();
      control(form, 'email').dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
      await form.updateComplete;
      expect(text(form, '#email-error')).to.equal('This email is already used by another record.');
      await type(form, 'email', 'rosa.q@example.org');
      expect(text(form, '#email-error')).to.equal('');
    });
  });

  describe('a create whose outcome is unclear', () => {
    it('says the lead may have been saved, and Create again sends the same key, storing it once', async () => {
      const keys = createsLosingAnswers('leads', 1);
      const form = await filledForm();
      submit(form);
      await waitUntil(() => text(form, '[part="form-error"]'), 'the failure');
      expect(text(form, '[part="form-error"]')).to.equal(
        'The lead may have been saved: the CRM did not confirm it. Press “Create lead” again without changing anything, so the CRM can tell it is the same lead.',
      );
      expect(stored(), 'the server stored it before the answer was lost').to.have.length(1);

      expect((await submitAndWaitFor(form, 'crm-lead-created')).detail.lead.email).to.equal(EMAIL);
      expect(keys).to.have.length(2);
      expect(keys[1], 'the same create, by its key').to.equal(keys[0]);
      expect(stored(), 'stored once').to.have.length(1);
    });

    it('sends the same key for unchanged input however often it fails, and a new one once the input changes', async () => {
      const keys = createsLosingAnswers('leads', 3);
      const form = await filledForm();
      submit(form);
      await waitUntil(() => keys.length === 1 && text(form, '[part="form-error"]').includes('may have been saved'));
      submit(form);
      await waitUntil(() => keys.length === 2);
      // Until this attempt has failed too, Save ignores another press.
      await waitUntil(() => form.shadowRoot!.querySelector('[part="submit"]')!.getAttribute('aria-disabled') === 'false', 'the second attempt to end');
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
          return keys.length === 1 ? HttpResponse.json({ message: 'Bad request.' }, { status: 400 }) : undefined;
        }),
      );
      const form = await filledForm();
      submit(form);
      await waitUntil(() => text(form, '[part="form-error"]'), 'the failure');
      expect(text(form, '[part="form-error"]')).not.to.contain('may have been saved');
      await submitAndWaitFor(form, 'crm-lead-created');
      expect(keys[1]).not.to.equal(keys[0]);
    });
  });
});
