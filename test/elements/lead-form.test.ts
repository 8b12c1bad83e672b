import '@mindbrite/crm-elements/crm-lead-form.js';
import type { CrmClient, Lead } from '@mindbrite/crm-client';
import type { CrmLeadForm } from '@mindbrite/crm-elements/crm-lead-form.js';
import { aTimeout, expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import { crm, mockClient, recordRequests, useMockCrm } from './support/mock-crm.js';

/**
 * Chrome moves focus off a control that became disabled at its next rendering step, so focus is
 * checked after one. A test page in a background tab renders no frames: the wait is capped there.
 */
const renderingStep = () => Promise.race([nextFrame(), aTimeout(100)]);

const XSS = '<img src=x onerror="window.__xss=1">';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const control = (form: CrmLeadForm, name: string) => form.shadowRoot!.querySelector<Control>(`[name="${name}"]`)!;
const button = (form: CrmLeadForm, part: string) => form.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="${part}"]`)!;
const text = (form: CrmLeadForm, selector: string) => form.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const focusedName = (form: CrmLeadForm) => (form.shadowRoot!.activeElement as Control | null)?.name;
const focusedPart = (form: CrmLeadForm) => form.shadowRoot!.activeElement?.getAttribute('part');
const focusedText = (form: CrmLeadForm) => form.shadowRoot!.activeElement?.textContent?.trim();

/** Types into a control as a user does: focus, new value, `input`. */
async function type(form: CrmLeadForm, name: string, value: string): Promise<void> {
  const input = control(form, name);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await form.updateComplete;
}

/** Leaves the focused control (the `focusout` a Tab away gives). */
async function leave(form: CrmLeadForm, name: string): Promise<void> {
  const input = control(form, name);
  let left = false;
  input.addEventListener('focusout', () => (left = true), { once: true });
  input.blur();
  // A page in the background (the runner tests two files at once) gets no focus events from
  // blur(); send the one the browser sends when a user tabs away.
  if (!left) input.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
  await form.updateComplete;
}

async function fillValid(form: CrmLeadForm): Promise<void> {
  await type(form, 'first_name', 'Rosa');
  await type(form, 'last_name', 'Quintero');
  await type(form, 'email', 'rosa.quintero@example.org');
  await type(form, 'phone', '+1 (415) 555-0199');
  await type(form, 'company', 'Harbor Clinic');
  await type(form, 'source', 'referral');
  await type(form, 'notes', 'Prefers mornings.');
}

async function createForm(client: CrmClient = mockClient()) {
  return fixture<CrmLeadForm>(html`<crm-lead-form .client=${client}></crm-lead-form>`);
}

async function editForm(lead: Pick<Lead, 'id'>, client: CrmClient = mockClient()) {
  const form = await fixture<CrmLeadForm>(html`<crm-lead-form .client=${client} lead-id=${lead.id}></crm-lead-form>`);
  await waitUntil(() => control(form, 'first_name'), 'the lead never loaded');
  return form;
}

/** Records the JSON body of the lead requests sent with `method` (the mock still answers them). */
function recordBodies(method: 'post' | 'put'): unknown[] {
  const bodies: unknown[] = [];
  crm.use(
    http[method](method === 'post' ? '*/api/crm/leads' : '*/api/crm/leads/:id', async ({ request }) => {
      bodies.push(await request.clone().json());
      return undefined;
    }),
  );
  return bodies;
}

describe('<crm-lead-form>', () => {
  useMockCrm();

  describe('fields', () => {
    it('labels every control and gives each its input type and autocomplete hint', async () => {
      const form = await createForm();
      const expected: Array<[string, string, string]> = [
        ['first_name', 'text', 'given-name'],
        ['last_name', 'text', 'family-name'],
        ['email', 'email', 'email'],
        ['phone', 'tel', 'tel'],
        ['company', 'text', 'organization'],
      ];
      for (const [name, type, autocomplete] of expected) {
        const input = control(form, name) as HTMLInputElement;
        expect(input.type, name).to.equal(type);
        expect(input.autocomplete, name).to.equal(autocomplete);
      }
      for (const name of ['first_name', 'last_name', 'email', 'phone', 'company', 'status', 'source', 'notes']) {
        expect(control(form, name).labels?.[0]?.textContent?.trim(), name).to.match(/\w/);
      }
      expect((control(form, 'first_name') as HTMLInputElement).required).to.equal(true);
      expect(control(form, 'notes').tagName).to.equal('TEXTAREA');
      await expect(form).to.be.accessible();
    });

    it('offers the known statuses and sources, a new lead starting as "new" with no source', async () => {
      const form = await createForm();
      const values = (name: string) => [...(control(form, name) as HTMLSelectElement).options].map((option) => option.value);
      expect(values('status')).to.deep.equal(['new', 'contacted', 'qualified', 'unqualified', 'converted', 'lost']);
      expect(values('source')).to.deep.equal(['', 'website', 'phone', 'referral', 'walk_in', 'social', 'email', 'other']);
      expect(control(form, 'status').value).to.equal('new');
      expect(control(form, 'source').value).to.equal('');
    });
  });

  describe('validation', () => {
    it('shows a message beside a field when it is left, and clears it as soon as the field is right', async () => {
      const form = await createForm();
      await type(form, 'email', 'rosa@');
      expect(text(form, '#email-error'), 'not before leaving').to.equal('');
      await leave(form, 'email');

      const email = control(form, 'email');
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(email.getAttribute('aria-describedby')?.split(' ')).to.include('email-error');
      expect(text(form, '#email-error')).to.equal('Enter a valid email address');
      await expect(form).to.be.accessible();

      await type(form, 'email', 'rosa@example.org');
      expect(email.getAttribute('aria-invalid')).to.equal('false');
      expect(form.shadowRoot!.querySelector('#email-error')).to.equal(null);
    });

    it('on submit marks every invalid field, focuses the first and sends nothing', async () => {
      const requests = recordRequests();
      const form = await createForm();
      await type(form, 'phone', '12');
      button(form, 'submit').click();
      await waitUntil(() => focusedName(form) === 'first_name', 'focus did not move to the first invalid field');

      expect(text(form, '#first_name-error')).to.equal('First name is required');
      expect(text(form, '#last_name-error')).to.equal('Last name is required');
      expect(text(form, '#email-error')).to.equal('Email is required');
      expect(text(form, '#phone-error')).to.match(/phone number/i);
      expect(text(form, '[part="status"]')).to.equal('4 fields need attention before the lead can be saved.');
      expect(requests.matching('POST', '/leads')).to.have.length(0);
      requests.stop();
      await expect(form).to.be.accessible();
    });

    it('moves focus to the first invalid field in form order, not the first field', async () => {
      const form = await createForm();
      await fillValid(form);
      await type(form, 'phone', 'call me');
      await type(form, 'notes', 'x');
      button(form, 'submit').click();
      await waitUntil(() => focusedName(form) === 'phone');
    });
  });

  describe('creating', () => {
    it('creates the lead with one POST, announces it, fires crm-lead-created and starts a blank form', async () => {
      const requests = recordRequests();
      const form = await createForm();
      const before = crm.db.leads.count;
      await fillValid(form);
      expect(form.dirty).to.equal(true);

      const created = oneEvent(form, 'crm-lead-created');
      button(form, 'submit').click();
      const { detail, bubbles, composed } = await created;

      expect(bubbles && composed).to.equal(true);
      expect(detail.lead).to.include({ first_name: 'Rosa', last_name: 'Quintero', email: 'rosa.quintero@example.org', pipeline_id: 1, source: 'referral' });
      expect(crm.db.leads.count).to.equal(before + 1);
      expect(crm.db.leads.find(detail.lead.id)).to.include({ company: 'Harbor Clinic', notes: 'Prefers mornings.', status: 'new' });
      expect(requests.matching('POST', '/leads')).to.have.length(1);
      requests.stop();
      await form.updateComplete;
      expect(text(form, '[part="status"]')).to.equal('The lead was created.');
      expect(control(form, 'first_name').value).to.equal('');
      expect(form.dirty).to.equal(false);
    });

    it('puts the lead in the pipeline named by pipeline-id', async () => {
      const form = await fixture<CrmLeadForm>(html`<crm-lead-form .client=${mockClient()} pipeline-id="3"></crm-lead-form>`);
      await fillValid(form);
      const created = oneEvent(form, 'crm-lead-created');
      button(form, 'submit').click();
      expect((await created).detail.lead.pipeline_id).to.equal(3);
    });

    it('sends text as it was checked, without spaces around it', async () => {
      const bodies = recordBodies('post');
      const form = await createForm();
      await type(form, 'first_name', ' Rosa ');
      await type(form, 'last_name', 'Quintero ');
      await type(form, 'email', 'rosa.quintero@example.org ');
      await type(form, 'phone', ' +1 (415) 555-0199');
      await type(form, 'company', '  ');
      await type(form, 'notes', ' \n ');
      const created = oneEvent(form, 'crm-lead-created');
      button(form, 'submit').click();
      await created;
      expect(bodies).to.deep.equal([
        {
          first_name: 'Rosa',
          last_name: 'Quintero',
          email: 'rosa.quintero@example.org',
          phone: '+1 (415) 555-0199',
          company: '',
          status: 'new',
          pipeline_id: 1,
        },
      ]);
    });

    it('cannot double-submit: Save keeps focus, says it is unavailable while saving, and one POST goes out', async () => {
      crm.scenario.set({ latency: { min: 300, max: 300, routes: ['POST /leads'] } });
      const requests = recordRequests();
      const form = await createForm();
      await fillValid(form);
      const created = oneEvent(form, 'crm-lead-created');
      const submit = button(form, 'submit');

      submit.focus();
      await sendKeys({ press: 'Enter' });
      await form.updateComplete;
      await renderingStep();
      expect(focusedPart(form), 'focus stays on Save').to.equal('submit');
      expect(submit.getAttribute('aria-disabled')).to.equal('true');
      expect(getComputedStyle(submit).opacity, 'looks unavailable').to.equal('0.6');
      expect(form.shadowRoot!.querySelector('form')!.getAttribute('aria-busy')).to.equal('true');

      await sendKeys({ press: 'Enter' });
      submit.click();
      control(form, 'company').focus();
      await sendKeys({ press: 'Enter' });

      await created;
      await aTimeout(50);
      expect(requests.matching('POST', '/leads')).to.have.length(1);
      requests.stop();
      await form.updateComplete;
      expect(submit.getAttribute('aria-disabled')).to.equal('false');
    });

    it('keeps focus on Save while saving and after a save that failed', async () => {
      crm.scenario.set({ latency: { min: 200, max: 200, routes: ['POST /leads'] }, error: { status: 503, routes: ['POST /leads'] } });
      const form = await createForm();
      await fillValid(form);
      button(form, 'submit').focus();
      await sendKeys({ press: 'Enter' });
      await form.updateComplete;
      await renderingStep();
      expect(focusedPart(form), 'while saving').to.equal('submit');

      await waitUntil(() => text(form, '[part="form-error"]'), 'the failure was not shown');
      await renderingStep();
      expect(document.activeElement?.localName).to.equal('crm-lead-form');
      expect(focusedPart(form), 'after the failure').to.equal('submit');
    });

    it('keeps every typed value when saving fails, says why and fires crm-error', async () => {
      crm.scenario.set({ error: { status: 503, routes: ['POST /leads'] } });
      const form = await createForm();
      await fillValid(form);
      const failed = oneEvent(form, 'crm-error');
      button(form, 'submit').click();
      const { detail } = await failed;

      expect(detail.operation).to.equal('create');
      expect(detail.error.kind).to.equal('http');
      await waitUntil(() => text(form, '[part="form-error"]'));
      // A 503 leaves it unclear whether the create was carried out: the form says so.
      expect(text(form, '[part="form-error"]')).to.contain('The lead may have been saved');
      expect(control(form, 'first_name').value).to.equal('Rosa');
      expect(control(form, 'email').value).to.equal('rosa.quintero@example.org');
      expect(control(form, 'source').value).to.equal('referral');
      expect(control(form, 'notes').value).to.equal('Prefers mornings.');
      expect(form.dirty).to.equal(true);
      expect(button(form, 'submit').getAttribute('aria-disabled')).to.equal('false');
      await expect(form).to.be.accessible();
    });

    it('shows the server’s 422 messages beside their fields and focuses the first', async () => {
      crm.use(
        http.post('*/api/crm/leads', () =>
          HttpResponse.json(
            { message: 'The given data was invalid.', errors: { email: ['This address bounces.'], pipeline_id: ['No such pipeline.'] } },
            { status: 422 },
          ),
        ),
      );
      const form = await createForm();
      await fillValid(form);
      button(form, 'submit').click();
      await waitUntil(() => focusedName(form) === 'email', 'focus did not move to the field the server refused');

      expect(text(form, '#email-error')).to.equal('This address bounces.');
      expect(control(form, 'email').getAttribute('aria-invalid')).to.equal('true');
      expect(text(form, '[part="form-error"]')).to.equal('Pipeline id: No such pipeline.');
      expect(control(form, 'email').value).to.equal('rosa.quintero@example.org');
      await expect(form).to.be.accessible();
    });

    it('works from the keyboard: type, Tab from field to field, Enter saves', async () => {
      const form = await createForm();
      control(form, 'first_name').focus();
      await sendKeys({ type: 'Lena' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Okafor' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'lena.okafor@example.org' });
      expect(focusedName(form)).to.equal('email');
      const created = oneEvent(form, 'crm-lead-created');
      await sendKeys({ press: 'Enter' });
      expect((await created).detail.lead).to.include({ first_name: 'Lena', last_name: 'Okafor', email: 'lena.okafor@example.org' });
    });

    it('leaves no unhandled rejection when it is removed while saving or loading', async () => {
      const unhandled: unknown[] = [];
      const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
      window.addEventListener('unhandledrejection', onUnhandled);
      try {
        crm.scenario.set({ latency: { min: 200, max: 200 } });
        const form = await createForm();
        await fillValid(form);
        button(form, 'submit').click();
        form.remove();
        const editing = await fixture<CrmLeadForm>(html`<crm-lead-form .client=${mockClient()} lead-id="1"></crm-lead-form>`);
        editing.remove();
        crm.scenario.set({ error: { status: 500 } });
        const failing = await fixture<CrmLeadForm>(html`<crm-lead-form .client=${mockClient()} lead-id="1"></crm-lead-form>`);
        await waitUntil(() => failing.shadowRoot!.querySelector('[part="error"]'));
        await aTimeout(400);
      } finally {
        window.removeEventListener('unhandledrejection', onUnhandled);
      }
      expect(unhandled).to.deep.equal([]);
    });

    it('fires crm-cancel when Cancel is pressed', async () => {
      const form = await createForm();
      const cancelled = oneEvent(form, 'crm-cancel');
      button(form, 'cancel').click();
      expect((await cancelled).composed).to.equal(true);
    });

    it('says it has no CRM to talk to when it has no client', async () => {
      const form = await fixture<CrmLeadForm>(html`<crm-lead-form></crm-lead-form>`);
      expect(text(form, '[part="error"]')).to.match(/not connected to the CRM/);
      await expect(form).to.be.accessible();
    });
  });

  describe('editing', () => {
    it('shows a skeleton while the lead loads, then its values', async () => {
      const lead = crm.db.leads.all()[0]!;
      crm.scenario.set({ latency: { min: 200, max: 200, routes: ['GET /leads/:id'] } });
      const form = await fixture<CrmLeadForm>(html`<crm-lead-form .client=${mockClient()} lead-id=${lead.id}></crm-lead-form>`);
      expect(form.shadowRoot!.querySelector('[part="skeleton"]')).to.not.equal(null);
      await expect(form).to.be.accessible();

      await waitUntil(() => control(form, 'first_name'), 'the lead never loaded');
      expect(control(form, 'first_name').value).to.equal(lead.first_name);
      expect(control(form, 'email').value).to.equal(lead.email);
      expect(control(form, 'status').value).to.equal(lead.status);
      expect(control(form, 'source').value).to.equal(lead.source ?? '');
      expect(form.dirty).to.equal(false);
      expect(button(form, 'submit').textContent?.trim()).to.equal('Save changes');
      await expect(form).to.be.accessible();
    });

    it('shows an unknown status as it is and keeps it', async () => {
      const lead = crm.db.leads.all()[0]!;
      crm.db.leads.update(lead.id, { status: 'on_hold' });
      const form = await editForm(lead);
      expect(control(form, 'status').value).to.equal('on_hold');
      expect((control(form, 'status') as HTMLSelectElement).selectedOptions[0]?.textContent?.trim()).to.equal('On hold');
    });

    it('sends only the changed fields with PUT and fires crm-lead-updated with the saved lead', async () => {
      const lead = crm.db.leads.all()[0]!;
      const requests = recordRequests();
      const form = await editForm(lead);
      await type(form, 'status', 'qualified');
      await type(form, 'notes', 'Call back Tuesday.');
      expect(form.dirty).to.equal(true);

      const updated = oneEvent(form, 'crm-lead-updated');
      button(form, 'submit').click();
      const { detail } = await updated;

      expect(detail.lead).to.include({ id: lead.id, status: 'qualified', notes: 'Call back Tuesday.', first_name: lead.first_name });
      expect(crm.db.leads.find(lead.id)).to.include({ status: 'qualified', notes: 'Call back Tuesday.' });
      const [put] = requests.matching('PUT', `/leads/${lead.id}`);
      expect(put).to.not.equal(undefined);
      requests.stop();
      await form.updateComplete;
      expect(form.dirty).to.equal(false);
      expect(text(form, '[part="status"]')).to.equal('The changes were saved.');
    });

    it('clears the source with null and does not send what did not change', async () => {
      const lead = crm.db.leads.all().find((row) => row.source)!;
      const bodies = recordBodies('put');
      const form = await editForm(lead);
      await type(form, 'source', '');
      const updated = oneEvent(form, 'crm-lead-updated');
      button(form, 'submit').click();
      await updated;
      expect(bodies).to.deep.equal([{ source: null }]);
      expect(crm.db.leads.find(lead.id)?.source).to.equal(null);
    });

    it('sends a changed field without spaces around it', async () => {
      const lead = crm.db.leads.all()[0]!;
      const bodies = recordBodies('put');
      const form = await editForm(lead);
      await type(form, 'company', ' Harbor Clinic ');
      const updated = oneEvent(form, 'crm-lead-updated');
      button(form, 'submit').click();
      await updated;
      expect(bodies).to.deep.equal([{ company: 'Harbor Clinic' }]);
    });

    it('says so when there is nothing to save, without a request', async () => {
      const lead = crm.db.leads.all()[0]!;
      const requests = recordRequests();
      const form = await editForm(lead);
      button(form, 'submit').click();
      await waitUntil(() => text(form, '[part="status"]') === 'There are no changes to save.');
      expect(requests.matching('PUT', /^\/leads\//)).to.have.length(0);
      requests.stop();
    });

    it('shows an error state with a retry when the lead cannot be loaded, and fires crm-error', async () => {
      const lead = crm.db.leads.all()[0]!;
      crm.scenario.set({ error: { status: 500, routes: ['GET /leads/:id'] } });
      const client = mockClient();
      const form = await fixture<CrmLeadForm>(html`<crm-lead-form .client=${client}></crm-lead-form>`);
      const failed = oneEvent(form, 'crm-error');
      form.leadId = lead.id;
      expect((await failed).detail.operation).to.equal('load');
      await waitUntil(() => form.shadowRoot!.querySelector('[part="error"]'));
      expect(text(form, '[part="error"] p')).to.equal('The CRM ran into a problem on its side. Try again in a moment.');
      await expect(form).to.be.accessible();

      crm.scenario.reset();
      form.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => control(form, 'first_name'), 'retry did not load the lead');
      expect(control(form, 'first_name').value).to.equal(lead.first_name);
      await waitUntil(() => form.shadowRoot!.activeElement === control(form, 'first_name'), 'focus did not follow to the first field');
    });

    it('explains a 409 and, on reload, shows the saved lead and says which changes were discarded', async () => {
      const lead = crm.db.leads.all()[0]!;
      crm.use(http.put('*/api/crm/leads/:id', () => HttpResponse.json({ message: 'Changed meanwhile.' }, { status: 409 })));
      const form = await editForm(lead);
      await type(form, 'phone', '+1 415 555 0100');
      await type(form, 'company', 'Mine Ltd');
      crm.db.leads.update(lead.id, { company: 'Theirs Inc', notes: 'Updated by a colleague.' });

      button(form, 'submit').click();
      await waitUntil(() => form.shadowRoot!.querySelector('[part="conflict"]'), 'no conflict explanation');
      expect(text(form, '[part="conflict"]')).to.contain('Someone else changed this lead while you were editing it.');
      expect(text(form, '[part="conflict"]')).to.contain('Reloading replaces what you typed with the saved lead');
      expect(form.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Reload the lead');
      expect(control(form, 'company').value, 'nothing is discarded before the user chooses').to.equal('Mine Ltd');
      await expect(form).to.be.accessible();

      (form.shadowRoot!.activeElement as HTMLButtonElement).click();
      await waitUntil(() => control(form, 'company').value === 'Theirs Inc', 'the lead was not reloaded');
      expect(control(form, 'notes').value).to.equal('Updated by a colleague.');
      expect(control(form, 'phone').value).to.equal(lead.phone);
      expect(text(form, '[part="status"]')).to.equal(
        'The lead was reloaded. Your changes to Phone, Company were discarded; enter them again if they are still needed.',
      );
      expect(form.dirty).to.equal(false);
    });

    it('lets the user keep their version after a 409 and save again', async () => {
      const lead = crm.db.leads.all()[0]!;
      let conflicts = 1;
      crm.use(
        http.put('*/api/crm/leads/:id', () =>
          conflicts-- > 0 ? HttpResponse.json({ message: 'Changed meanwhile.' }, { status: 409 }) : undefined,
        ),
      );
      const form = await editForm(lead);
      await type(form, 'company', 'Mine Ltd');
      button(form, 'submit').click();
      await waitUntil(() => form.shadowRoot!.querySelector('[part="conflict"]'));
      [...form.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="conflict"] button')].find((b) => b.textContent?.trim() === 'Keep my changes')!.click();
      await form.updateComplete;
      expect(form.shadowRoot!.querySelector('[part="conflict"]')).to.equal(null);
      expect(control(form, 'company').value).to.equal('Mine Ltd');

      const updated = oneEvent(form, 'crm-lead-updated');
      button(form, 'submit').click();
      expect((await updated).detail.lead.company).to.equal('Mine Ltd');
    });

    it('after a 409, Keep my changes moves focus to the first field the user changed', async () => {
      const lead = crm.db.leads.all()[0]!;
      crm.use(http.put('*/api/crm/leads/:id', () => HttpResponse.json({ message: 'Changed meanwhile.' }, { status: 409 })));
      const form = await editForm(lead);
      await type(form, 'phone', '+1 415 555 0100');
      await type(form, 'company', 'Mine Ltd');
      button(form, 'submit').click();
      await waitUntil(() => focusedText(form) === 'Reload the lead', 'focus did not move to Reload');

      await sendKeys({ press: 'Tab' });
      expect(focusedText(form)).to.equal('Keep my changes');
      await sendKeys({ press: 'Enter' });
      await form.updateComplete;
      await renderingStep();
      expect(form.shadowRoot!.querySelector('[part="conflict"]')).to.equal(null);
      expect(focusedName(form)).to.equal('phone');
    });

    it('after a 409, Reload keeps focus in the form and moves it to the first field once the saved lead shows', async () => {
      const lead = crm.db.leads.all()[0]!;
      crm.use(http.put('*/api/crm/leads/:id', () => HttpResponse.json({ message: 'Changed meanwhile.' }, { status: 409 })));
      const form = await editForm(lead);
      await type(form, 'company', 'Mine Ltd');
      crm.db.leads.update(lead.id, { company: 'Theirs Inc' });
      button(form, 'submit').click();
      await waitUntil(() => focusedText(form) === 'Reload the lead', 'focus did not move to Reload');

      crm.scenario.set({ latency: { min: 200, max: 200, routes: ['GET /leads/:id'] } });
      await sendKeys({ press: 'Enter' });
      await renderingStep();
      expect(document.activeElement?.localName, 'while the lead reloads').to.equal('crm-lead-form');
      await waitUntil(() => control(form, 'company').value === 'Theirs Inc', 'the lead was not reloaded');
      await renderingStep();
      expect(focusedName(form)).to.equal('first_name');
    });
  });

  describe('dirty', () => {
    it('is true while the controls differ from the saved lead and false again when they match', async () => {
      const lead = crm.db.leads.all()[0]!;
      const form = await editForm(lead);
      expect(form.dirty).to.equal(false);
      await type(form, 'last_name', `${lead.last_name}x`);
      expect(form.dirty).to.equal(true);
      await type(form, 'last_name', lead.last_name);
      expect(form.dirty).to.equal(false);
    });
  });

  describe('duplicates', () => {
    it('warns, before saving, that a lead with the typed email exists and offers to open it', async () => {
      const existing = crm.db.leads.all()[5]!;
      const form = await createForm();
      await type(form, 'email', existing.email.toUpperCase());
      await waitUntil(() => text(form, '#email-duplicates'), 'no duplicate warning', { timeout: 3000 });

      expect(text(form, '#email-duplicates')).to.contain('A lead with this email already exists:');
      expect(text(form, '#email-duplicates')).to.contain(`Open ${existing.first_name} ${existing.last_name}`);
      expect(control(form, 'email').getAttribute('aria-describedby')).to.contain('email-duplicates');
      await expect(form).to.be.accessible();

      const opened = oneEvent(form, 'crm-open-record');
      form.shadowRoot!.querySelector<HTMLButtonElement>('#email-duplicates [part="open-record"]')!.click();
      expect((await opened).detail).to.deep.equal({ resource: 'leads', id: existing.id });

      // A warning, not a block: the lead can still be saved.
      await fillValid(form);
      await type(form, 'email', existing.email);
      const created = oneEvent(form, 'crm-lead-created');
      button(form, 'submit').click();
      expect((await created).detail.lead.email).to.equal(existing.email);
    });

    it('finds a contact with the typed email too', async () => {
      const contact = crm.db.contacts.all()[3]!;
      const form = await createForm();
      await type(form, 'email', contact.email);
      await waitUntil(() => text(form, '#email-duplicates').includes('A contact with this email already exists:'), 'no contact warning', {
        timeout: 3000,
      });
      const opened = oneEvent(form, 'crm-open-record');
      [...form.shadowRoot!.querySelectorAll<HTMLButtonElement>('#email-duplicates [part="open-record"]')]
        .find((b) => b.textContent?.includes(`${contact.first_name} ${contact.last_name}`))!
        .click();
      expect((await opened).detail).to.deep.equal({ resource: 'contacts', id: contact.id });
    });

    it('finds a lead with the same phone number written differently', async () => {
      const existing = crm.db.leads.all()[7]!;
      const digits = existing.phone.replace(/\D/g, '');
      // The mock CRM's search looks in names, company and email only; this stands in for a backend
      // whose search also covers phone numbers as stored (formatted), which is what the form relies on.
      crm.use(
        http.get('*/api/crm/leads', ({ request }) => {
          const search = new URL(request.url).searchParams.get('search') ?? '';
          if (!/^\d{4}$/.test(search)) return undefined;
          const data = crm.db.leads.all().filter((lead) => lead.phone.includes(search));
          return HttpResponse.json({ data, total: data.length });
        }),
      );
      const requests = recordRequests();
      const form = await createForm();
      await type(form, 'phone', digits.replace(/(\d{3})(\d{3})(\d+)/, '$1.$2.$3'));
      await waitUntil(() => text(form, '#phone-duplicates'), 'no duplicate warning for the phone', { timeout: 3000 });
      expect(text(form, '#phone-duplicates')).to.contain('A lead with this phone already exists:');
      expect(text(form, '#phone-duplicates')).to.contain(`Open ${existing.first_name} ${existing.last_name}`);
      expect(requests.matching('GET', '/leads').map((r) => r.query.get('search'))).to.deep.equal([digits.slice(-4)]);
      requests.stop();
    });

    it('searches once after typing stops, and not for the lead’s own unchanged email', async () => {
      const lead = crm.db.leads.all()[0]!;
      const requests = recordRequests();
      const form = await editForm(lead);
      await aTimeout(600);
      expect(requests.matching('GET', '/leads').filter((r) => r.query.has('search')), 'own email').to.have.length(0);

      const input = control(form, 'email');
      input.focus();
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await sendKeys({ type: 'someone.new@example.org' });
      await aTimeout(800);
      const searches = requests.matching('GET', '/leads').filter((r) => r.query.has('search'));
      expect(searches.map((r) => r.query.get('search'))).to.deep.equal(['someone.new@example.org']);
      expect(text(form, '#email-duplicates')).to.equal('');
      requests.stop();
    });

    it('drops a stale answer: a slow search for an earlier value never shows its warning', async () => {
      const first = crm.db.leads.all()[1]!;
      // The search for the first address answers long after the one for the second.
      crm.use(
        http.get('*/api/crm/leads', async ({ request }) => {
          if (new URL(request.url).searchParams.get('search') === first.email) await delay(900);
          return undefined;
        }),
      );
      const form = await createForm();
      await type(form, 'email', first.email);
      await aTimeout(550); // its search is under way
      await type(form, 'email', 'nobody.here@example.org');
      await aTimeout(1500);
      expect(text(form, '#email-duplicates')).to.equal('');
    });
  });

  describe('text from the CRM', () => {
    it('renders script-like values as text and runs nothing', async () => {
      const lead = crm.db.leads.insert({
        first_name: XSS,
        last_name: '<script>window.__xss=2</script>',
        email: 'xss.payload@example.org',
        phone: '555 010 0199',
        company: '<svg onload="window.__xss=3">',
        status: '<b>bold</b>',
        pipeline_id: 1,
        source: '<i onmouseover="window.__xss=4">x</i>',
        notes: `${XSS} notes`,
        assigned_to: null,
      });
      const form = await editForm(lead);
      expect(control(form, 'first_name').value).to.equal(XSS);
      expect(control(form, 'company').value).to.equal('<svg onload="window.__xss=3">');
      expect(control(form, 'notes').value).to.equal(`${XSS} notes`);
      expect((control(form, 'status') as HTMLSelectElement).selectedOptions[0]?.textContent).to.contain('<b>bold</b>');

      // The name also appears in another form's duplicate warning.
      const other = await createForm();
      await type(other, 'email', 'xss.payload@example.org');
      await waitUntil(() => text(other, '#email-duplicates'), 'no duplicate warning', { timeout: 3000 });
      expect(text(other, '#email-duplicates')).to.contain(`Open ${XSS} <script>window.__xss=2</script>`);

      await aTimeout(50);
      for (const root of [form.shadowRoot!, other.shadowRoot!]) {
        expect(root.querySelector('img, script, svg, b, i')).to.equal(null);
      }
      expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
    });
  });
});
