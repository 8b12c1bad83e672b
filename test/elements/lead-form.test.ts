import '@mindbrite/crm-elements/crm-lead-form.js';
import { aTimeout, expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import { crm, mockClient, recordRequests, useMockCrm } from './support/mock-crm.js';
import {
  buttonNamed,
  conflictOnUpdate,
  control,
  duplicateNote,
  editForm,
  fill,
  focusedName,
  focusedPart,
  focusedText,
  formFixture,
  openDuplicate,
  options,
  part,
  recordWrites,
  refuseCreates,
  selectedLabel,
  shown,
  submit,
  submitAndWaitFor,
  summaryItems,
  summaryLink,
  summaryShown,
  summaryTitle,
  text,
  type,
  XSS,
  type RecordFormElement,
} from './support/record-form.js';

/**
 * Chrome moves focus off a control that became disabled at its next rendering step, so focus is
 * checked after one. A test page in a background tab renders no frames: the wait is capped there.
 */
const renderingStep = () => Promise.race([nextFrame(), aTimeout(100)]);

const fillValid = (form: RecordFormElement) =>
  fill(form, {
    first_name: 'Rosa',
    last_name: 'Quintero',
    email: 'rosa.quintero@example.org',
    phone: '+1 (415) 555-0199',
    company: 'Harbor Clinic',
    source: 'referral',
    notes: 'Prefers mornings.',
  });

const createForm = () => formFixture('crm-lead-form');

/** Leaves the focused control (the `focusout` a Tab away gives). */
async function leave(form: RecordFormElement, name: string): Promise<void> {
  const input = control(form, name);
  let left = false;
  input.addEventListener('focusout', () => (left = true), { once: true });
  input.blur();
  // A page in the background (the runner tests two files at once) gets no focus events from
  // blur(); send the one the browser sends when a user tabs away.
  if (!left) input.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
  await form.updateComplete;
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
      expect(options(form, 'status')).to.deep.equal(['new', 'contacted', 'qualified', 'unqualified', 'converted', 'lost']);
      expect(options(form, 'source')).to.deep.equal(['', 'website', 'phone', 'referral', 'walk_in', 'social', 'email', 'other']);
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
      submit(form);
      await waitUntil(() => focusedName(form) === 'first_name', 'focus did not move to the first invalid field');

      expect(text(form, '#first_name-error')).to.equal('First name is required');
      expect(text(form, '#last_name-error')).to.equal('Last name is required');
      expect(text(form, '#email-error')).to.equal('Email is required');
      expect(text(form, '#phone-error')).to.match(/phone number/i);
      await summaryShown(form);
      expect(summaryTitle(form)).to.equal('4 fields need attention before the lead can be saved.');
      expect(requests.matching('POST', '/leads')).to.have.length(0);
      requests.stop();
      await expect(form).to.be.accessible();
    });

    it('moves focus to the first invalid field in form order, not the first field', async () => {
      const form = await createForm();
      await fillValid(form);
      await type(form, 'phone', 'call me');
      await type(form, 'notes', 'x');
      submit(form);
      await waitUntil(() => focusedName(form) === 'phone');
    });
  });

  describe('error summary', () => {
    /** A new form saved with its four required or checked fields wrong, once focus is on the first. */
    async function refusedForm() {
      const form = await createForm();
      await type(form, 'phone', '12');
      submit(form);
      await waitUntil(() => focusedName(form) === 'first_name', 'focus did not move to the first invalid field');
      await summaryShown(form);
      return form;
    }

    it('after a failed save, lists each field that needs attention at the top of the form, as an alert said once', async () => {
      const form = await refusedForm();
      const summary = part(form, 'error-summary');
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(form.shadowRoot!.querySelector('form')!.firstElementChild, 'above the fields, where it is seen').to.equal(summary);
      expect(summaryTitle(form)).to.equal('4 fields need attention before the lead can be saved.');
      expect(summaryItems(form)).to.deep.equal([
        'First name: First name is required',
        'Last name: Last name is required',
        'Email: Email is required',
        `Phone: ${text(form, '#phone-error')}`,
      ]);
      const links = [...summary.querySelectorAll('a')].map((link) => link.getAttribute('href'));
      expect(links).to.deep.equal(['#first_name', '#last_name', '#email', '#phone']);
      expect(text(form, '[part="status"]'), 'the alert says it; the status region would say it twice').to.equal('');
      await expect(form).to.be.accessible();
    });

    it('moves focus to a field when its link is followed, by click or Enter, leaving the page’s address alone', async () => {
      const form = await refusedForm();
      const address = location.href;
      summaryLink(form, 'Email').click();
      expect(focusedName(form)).to.equal('email');

      summaryLink(form, 'Phone').focus();
      await sendKeys({ press: 'Enter' });
      expect(focusedName(form)).to.equal('phone');
      expect(location.href).to.equal(address);
    });

    it('drops a field once it is fixed, without being said again, and goes once none is left', async () => {
      const form = await refusedForm();
      const summary = part(form, 'error-summary');

      await type(form, 'email', 'rosa@');
      expect(summaryItems(form), 'a message that changes follows the field').to.include('Email: Enter a valid email address');
      await type(form, 'email', 'rosa.quintero@example.org');
      expect(summaryItems(form).map((item) => item.split(':')[0])).to.deep.equal(['First name', 'Last name', 'Phone']);
      expect(summaryTitle(form)).to.equal('3 fields need attention before the lead can be saved.');
      expect(part(form, 'error-summary'), 'the same alert, not a new one to announce').to.equal(summary);
      // What changes in it is not read out: only additions would be, and nothing is ever added.
      expect(summary.getAttribute('aria-relevant')).to.equal('additions');

      await fill(form, { first_name: 'Rosa', last_name: 'Quintero', phone: '+1 (415) 555-0199' });
      expect(form.shadowRoot!.querySelector('[part="error-summary"]')).to.equal(null);

      // A field that needs attention again shows it beside the field; the summary waits for the next save.
      await type(form, 'email', 'rosa@');
      await leave(form, 'email');
      expect(text(form, '#email-error')).to.equal('Enter a valid email address');
      expect(form.shadowRoot!.querySelector('[part="error-summary"]')).to.equal(null);
      submit(form);
      await waitUntil(() => summaryTitle(form) === 'One field needs attention before the lead can be saved.', 'no summary after the next save');
      expect(summaryItems(form)).to.deep.equal(['Email: Enter a valid email address']);
      expect(part(form, 'error-summary'), 'a new alert, said again').to.not.equal(summary);
    });

    it('lists a 422 in its own words: a link to each field it refused, and what belongs to no field as text', async () => {
      refuseCreates('leads', { email: ['The email has already been taken by Zoë Kierkegaard.'], pipeline_id: ['The pipeline is archived.'] });
      const form = await createForm();
      await fillValid(form);
      submit(form);
      await waitUntil(() => focusedName(form) === 'email', 'focus did not move to the field the server refused');

      expect(summaryTitle(form)).to.equal('2 fields need attention before the lead can be saved.');
      expect(summaryItems(form)).to.deep.equal(['Email: This email is already used by another record.', 'Pipeline id: The pipeline is archived.']);
      expect(form.shadowRoot!.querySelectorAll('[part="error-summary"] a')).to.have.length(1);
      expect(text(form, '[part="form-error"]'), 'said once, in the summary').to.equal('');
      expect(form.shadowRoot!.textContent).not.to.contain('Zoë');
      await expect(form).to.be.accessible();

      summaryLink(form, 'Email').click();
      await type(form, 'email', 'rosa.q@example.org');
      expect(summaryItems(form), 'a message no field here can fix stays').to.deep.equal(['Pipeline id: The pipeline is archived.']);
    });

    it('goes when the next save is sent; a failure no field is to blame for shows beside the buttons instead', async () => {
      let creates = 0;
      crm.use(
        http.post(`${crm.baseUrl}/leads`, () =>
          ++creates === 1
            ? HttpResponse.json({ message: 'The given data was invalid.', errors: { pipeline_id: ['The pipeline is archived.'] } }, { status: 422 })
            : HttpResponse.json({ message: 'Bad request.' }, { status: 400 }),
        ),
      );
      const form = await createForm();
      await fillValid(form);
      submit(form);
      await waitUntil(() => summaryItems(form).length === 1, 'no summary of the 422');

      await submitAndWaitFor(form, 'crm-error');
      await waitUntil(() => text(form, '[part="form-error"]'), 'the failure was not shown');
      expect(form.shadowRoot!.querySelector('[part="error-summary"]')).to.equal(null);
    });
  });

  describe('creating', () => {
    it('creates the lead with one POST, announces it, fires crm-lead-created and starts a blank form', async () => {
      const requests = recordRequests();
      const form = await createForm();
      const before = crm.db.leads.count;
      await fillValid(form);
      expect(form.dirty).to.equal(true);

      const { detail, bubbles, composed } = await submitAndWaitFor(form, 'crm-lead-created');

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
      const form = await fixture<RecordFormElement>(html`<crm-lead-form .client=${mockClient()} pipeline-id="3"></crm-lead-form>`);
      await fillValid(form);
      expect((await submitAndWaitFor(form, 'crm-lead-created')).detail.lead.pipeline_id).to.equal(3);
    });

    it('sends text as it was checked, without spaces around it', async () => {
      const writes = recordWrites('leads', 'post');
      const form = await createForm();
      await type(form, 'first_name', ' Rosa ');
      await type(form, 'last_name', 'Quintero ');
      await type(form, 'email', 'rosa.quintero@example.org ');
      await type(form, 'phone', ' +1 (415) 555-0199');
      await type(form, 'company', '  ');
      await type(form, 'notes', ' \n ');
      await submitAndWaitFor(form, 'crm-lead-created');
      expect(writes.map(({ body }) => body)).to.deep.equal([
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
      const save = part(form, 'submit');

      save.focus();
      await sendKeys({ press: 'Enter' });
      await form.updateComplete;
      await renderingStep();
      expect(focusedPart(form), 'focus stays on Save').to.equal('submit');
      expect(save.getAttribute('aria-disabled')).to.equal('true');
      expect(getComputedStyle(save).opacity, 'looks unavailable').to.equal('0.6');
      expect(form.shadowRoot!.querySelector('form')!.getAttribute('aria-busy')).to.equal('true');

      await sendKeys({ press: 'Enter' });
      save.click();
      control(form, 'company').focus();
      await sendKeys({ press: 'Enter' });

      await created;
      await aTimeout(50);
      expect(requests.matching('POST', '/leads')).to.have.length(1);
      requests.stop();
      await form.updateComplete;
      expect(save.getAttribute('aria-disabled')).to.equal('false');
    });

    it('keeps focus on Save while saving and after a save that failed', async () => {
      crm.scenario.set({ latency: { min: 200, max: 200, routes: ['POST /leads'] }, error: { status: 503, routes: ['POST /leads'] } });
      const form = await createForm();
      await fillValid(form);
      part(form, 'submit').focus();
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
      const { detail } = await submitAndWaitFor(form, 'crm-error');

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
      expect(part(form, 'submit').getAttribute('aria-disabled')).to.equal('false');
      await expect(form).to.be.accessible();
    });

    it('shows the server’s 422 messages beside their fields and focuses the first', async () => {
      refuseCreates('leads', { email: ['This address bounces.'], pipeline_id: ['No such pipeline.'] });
      const form = await createForm();
      await fillValid(form);
      submit(form);
      await waitUntil(() => focusedName(form) === 'email', 'focus did not move to the field the server refused');

      expect(text(form, '#email-error')).to.equal('This address bounces.');
      expect(control(form, 'email').getAttribute('aria-invalid')).to.equal('true');
      expect(summaryItems(form)).to.include('Pipeline id: No such pipeline.');
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
        submit(form);
        form.remove();
        const editing = await formFixture('crm-lead-form', { id: 1 });
        editing.remove();
        crm.scenario.set({ error: { status: 500 } });
        const failing = await formFixture('crm-lead-form', { id: 1 });
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
      part(form, 'cancel').click();
      expect((await cancelled).composed).to.equal(true);
    });

    it('says it has no CRM to talk to when it has no client', async () => {
      const form = await fixture<RecordFormElement>(html`<crm-lead-form></crm-lead-form>`);
      expect(text(form, '[part="error"]')).to.match(/not connected to the CRM/);
      await expect(form).to.be.accessible();
    });
  });

  describe('editing', () => {
    it('shows its fields at once while the lead loads, inert and busy, in their final place, then fills them', async () => {
      const lead = crm.db.leads.all()[0]!;
      crm.scenario.set({ latency: { min: 200, max: 200, routes: ['GET /leads/:id'] } });
      const form = await formFixture('crm-lead-form', { id: lead.id });
      const loading = part(form, 'form') as HTMLFormElement;
      expect(loading.inert, 'nothing can be typed over before the lead comes').to.equal(true);
      expect(loading.getAttribute('aria-busy')).to.equal('true');
      expect(control(form, 'first_name').value).to.equal('');
      const height = form.getBoundingClientRect().height;
      await expect(form).to.be.accessible();

      await waitUntil(() => shown(form), 'the lead never loaded');
      expect(form.getBoundingClientRect().height, 'the loaded form takes the place its fields had').to.be.closeTo(height, 2);
      expect(part(form, 'form').getAttribute('aria-busy')).to.equal('false');
      expect(control(form, 'first_name').value).to.equal(lead.first_name);
      expect(control(form, 'email').value).to.equal(lead.email);
      expect(control(form, 'status').value).to.equal(lead.status);
      expect(control(form, 'source').value).to.equal(lead.source ?? '');
      expect(form.dirty).to.equal(false);
      expect(part(form, 'submit').textContent?.trim()).to.equal('Save changes');
      await expect(form).to.be.accessible();
    });

    it('shows an unknown status as it is and keeps it', async () => {
      const lead = crm.db.leads.all()[0]!;
      crm.db.leads.update(lead.id, { status: 'on_hold' });
      const form = await editForm('crm-lead-form', lead);
      expect(control(form, 'status').value).to.equal('on_hold');
      expect(selectedLabel(form, 'status')).to.equal('On hold');
    });

    it('sends only the changed fields with PUT and fires crm-lead-updated with the saved lead', async () => {
      const lead = crm.db.leads.all()[0]!;
      const requests = recordRequests();
      const form = await editForm('crm-lead-form', lead);
      await type(form, 'status', 'qualified');
      await type(form, 'notes', 'Call back Tuesday.');
      expect(form.dirty).to.equal(true);

      const { detail } = await submitAndWaitFor(form, 'crm-lead-updated');

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
      const writes = recordWrites('leads', 'put');
      const form = await editForm('crm-lead-form', lead);
      await type(form, 'source', '');
      await submitAndWaitFor(form, 'crm-lead-updated');
      expect(writes.map(({ body }) => body)).to.deep.equal([{ source: null }]);
      expect(crm.db.leads.find(lead.id)?.source).to.equal(null);
    });

    it('sends a changed field without spaces around it', async () => {
      const lead = crm.db.leads.all()[0]!;
      const writes = recordWrites('leads', 'put');
      const form = await editForm('crm-lead-form', lead);
      await type(form, 'company', ' Harbor Clinic ');
      await submitAndWaitFor(form, 'crm-lead-updated');
      expect(writes.map(({ body }) => body)).to.deep.equal([{ company: 'Harbor Clinic' }]);
    });

    it('says so when there is nothing to save, without a request', async () => {
      const lead = crm.db.leads.all()[0]!;
      const requests = recordRequests();
      const form = await editForm('crm-lead-form', lead);
      submit(form);
      await waitUntil(() => text(form, '[part="status"]') === 'There are no changes to save.');
      expect(requests.matching('PUT', /^\/leads\//)).to.have.length(0);
      requests.stop();
    });

    it('shows an error state with a retry when the lead cannot be loaded, and fires crm-error', async () => {
      const lead = crm.db.leads.all()[0]!;
      crm.scenario.set({ error: { status: 500, routes: ['GET /leads/:id'] } });
      const form = await createForm();
      const failed = oneEvent(form, 'crm-error');
      form.leadId = lead.id;
      expect((await failed).detail.operation).to.equal('load');
      await waitUntil(() => form.shadowRoot!.querySelector('[part="error"]'));
      expect(text(form, '[part="error"] p')).to.equal('The CRM ran into a problem on its side. Try again in a moment.');
      await expect(form).to.be.accessible();

      crm.scenario.reset();
      form.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => shown(form), 'retry did not load the lead');
      expect(control(form, 'first_name').value).to.equal(lead.first_name);
      await waitUntil(() => form.shadowRoot!.activeElement === control(form, 'first_name'), 'focus did not follow to the first field');
    });

    it('explains a 409 and, on reload, shows the saved lead and says which changes were discarded', async () => {
      const lead = crm.db.leads.all()[0]!;
      conflictOnUpdate('leads');
      const form = await editForm('crm-lead-form', lead);
      await type(form, 'phone', '+1 415 555 0100');
      await type(form, 'company', 'Mine Ltd');
      crm.db.leads.update(lead.id, { company: 'Theirs Inc', notes: 'Updated by a colleague.' });

      submit(form);
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
        'The lead was reloaded. Your changes to Phone and Company were discarded; enter them again if they are still needed.',
      );
      expect(form.dirty).to.equal(false);
    });

    it('lets the user keep their version after a 409 and save again', async () => {
      const lead = crm.db.leads.all()[0]!;
      conflictOnUpdate('leads', 1);
      const form = await editForm('crm-lead-form', lead);
      await type(form, 'company', 'Mine Ltd');
      submit(form);
      await waitUntil(() => form.shadowRoot!.querySelector('[part="conflict"]'));
      buttonNamed(form, '[part="conflict"] button', 'Keep my changes').click();
      await form.updateComplete;
      expect(form.shadowRoot!.querySelector('[part="conflict"]')).to.equal(null);
      expect(control(form, 'company').value).to.equal('Mine Ltd');

      expect((await submitAndWaitFor(form, 'crm-lead-updated')).detail.lead.company).to.equal('Mine Ltd');
    });

    it('after a 409, Keep my changes moves focus to the first field the user changed', async () => {
      const lead = crm.db.leads.all()[0]!;
      conflictOnUpdate('leads');
      const form = await editForm('crm-lead-form', lead);
      await type(form, 'phone', '+1 415 555 0100');
      await type(form, 'company', 'Mine Ltd');
      submit(form);
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
      conflictOnUpdate('leads');
      const form = await editForm('crm-lead-form', lead);
      await type(form, 'company', 'Mine Ltd');
      crm.db.leads.update(lead.id, { company: 'Theirs Inc' });
      submit(form);
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
      const form = await editForm('crm-lead-form', lead);
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
      await duplicateNote(form, 'email');

      expect(text(form, '#email-duplicates')).to.contain('A lead with this email already exists:');
      expect(text(form, '#email-duplicates')).to.contain(`Open ${existing.first_name} ${existing.last_name}`);
      expect(control(form, 'email').getAttribute('aria-describedby')).to.contain('email-duplicates');
      await expect(form).to.be.accessible();

      expect(await openDuplicate(form, 'email', existing)).to.deep.equal({ resource: 'leads', id: existing.id });

      // A warning, not a block: the lead can still be saved.
      await fillValid(form);
      await type(form, 'email', existing.email);
      expect((await submitAndWaitFor(form, 'crm-lead-created')).detail.lead.email).to.equal(existing.email);
    });

    it('finds a contact with the typed email too', async () => {
      const contact = crm.db.contacts.all()[3]!;
      const form = await createForm();
      await type(form, 'email', contact.email);
      await duplicateNote(form, 'email', 'A contact with this email already exists:');
      expect(await openDuplicate(form, 'email', contact)).to.deep.equal({ resource: 'contacts', id: contact.id });
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
      await duplicateNote(form, 'phone');
      expect(text(form, '#phone-duplicates')).to.contain('A lead with this phone already exists:');
      expect(text(form, '#phone-duplicates')).to.contain(`Open ${existing.first_name} ${existing.last_name}`);
      expect(requests.matching('GET', '/leads').map((r) => r.query.get('search'))).to.deep.equal([digits.slice(-4)]);
      requests.stop();
    });

    it('searches once after typing stops, and not for the lead’s own unchanged email', async () => {
      const lead = crm.db.leads.all()[0]!;
      const requests = recordRequests();
      const form = await editForm('crm-lead-form', lead);
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
      const form = await editForm('crm-lead-form', lead);
      expect(control(form, 'first_name').value).to.equal(XSS);
      expect(control(form, 'company').value).to.equal('<svg onload="window.__xss=3">');
      expect(control(form, 'notes').value).to.equal(`${XSS} notes`);
      expect((control(form, 'status') as HTMLSelectElement).selectedOptions[0]?.textContent).to.contain('<b>bold</b>');

      // The name also appears in another form's duplicate warning.
      const other = await createForm();
      await type(other, 'email', 'xss.payload@example.org');
      await duplicateNote(other, 'email');
      expect(text(other, '#email-duplicates')).to.contain(`Open ${XSS} <script>window.__xss=2</script>`);

      await aTimeout(50);
      for (const root of [form.shadowRoot!, other.shadowRoot!]) {
        expect(root.querySelector('img, script, svg, b, i')).to.equal(null);
      }
      expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
    });
  });
});
