// <crm-contact-form> as a user meets it: typing into its fields, saving, and what it shows and
// sends. It is the lead form's core configured for contacts, so these tests check the contact
// configuration end to end rather than every path of the core again.
import '@mindbrite/crm-elements/crm-contact-form.js';
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { crm, recordRequests, useMockCrm } from './support/mock-crm.js';
import {
  buttonNamed,
  conflictOnUpdate,
  control,
  createsLosingAnswers,
  duplicateNote,
  editForm,
  fill,
  focusedName,
  formFixture,
  openDuplicate,
  options,
  part,
  shown,
  recordWrites,
  refuseCreates,
  selectedLabel,
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

const EMAIL = 'marta.ibarra@example.org';

const root = (form: RecordFormElement) => form.shadowRoot!;

/** A valid contact, every field filled in: what `fillValid` types, and what a create of it sends. */
const VALID = {
  first_name: 'Marta',
  last_name: 'Ibarra',
  email: EMAIL,
  phone: '+1 (415) 555-0142',
  company: 'Bayview Physio',
  position: 'Office manager',
  status: 'prospect',
  source: 'referral',
  notes: 'Prefers afternoons.',
};

const fillValid = (form: RecordFormElement) => fill(form, VALID);

const createForm = () => formFixture('crm-contact-form');

describe('<crm-contact-form>', () => {
  useMockCrm();

  describe('fields', () => {
    it('labels every control, with its input type and autocomplete hint, and passes axe', async () => {
      const form = await createForm();
      const inputs: Array<[string, string, string]> = [
        ['first_name', 'text', 'given-name'],
        ['last_name', 'text', 'family-name'],
        ['email', 'email', 'email'],
        ['phone', 'tel', 'tel'],
        ['company', 'text', 'organization'],
        ['position', 'text', 'organization-title'],
      ];
      for (const [name, inputType, autocomplete] of inputs) {
        const input = control(form, name) as HTMLInputElement;
        expect(input.type, name).to.equal(inputType);
        // The attribute: Firefox's `autocomplete` property is empty for `organization-title`.
        expect(input.getAttribute('autocomplete'), name).to.equal(autocomplete);
      }
      const labels = ['First name', 'Last name', 'Email', 'Phone', 'Company', 'Position', 'Status', 'Source', 'Notes'];
      const names = ['first_name', 'last_name', 'email', 'phone', 'company', 'position', 'status', 'source', 'notes'];
      expect(names.map((name) => control(form, name).labels?.[0]?.textContent?.replace('*', '').trim())).to.deep.equal(labels);
      expect(['first_name', 'last_name', 'email'].every((name) => (control(form, name) as HTMLInputElement).required)).to.equal(true);
      expect(control(form, 'notes').tagName).to.equal('TEXTAREA');
      expect(root(form).querySelector('form')!.getAttribute('aria-label')).to.equal('New contact');
      expect(part(form, 'submit').textContent?.trim()).to.equal('Create contact');
      await expect(form).to.be.accessible();
    });

    it('offers the contact statuses and the sources, a new contact starting active from another source', async () => {
      const form = await createForm();
      expect(options(form, 'status')).to.deep.equal(['active', 'inactive', 'prospect']);
      expect(options(form, 'source')).to.deep.equal(['website', 'phone', 'referral', 'walk_in', 'social', 'email', 'other']);
      expect(control(form, 'status').value).to.equal('active');
      expect(selectedLabel(form, 'status')).to.equal('Active');
      expect(control(form, 'source').value).to.equal('other');
    });
  });

  describe('validation', () => {
    it('marks every invalid field on submit, focuses the first, says how many, and sends nothing', async () => {
      const requests = recordRequests();
      const form = await createForm();
      await type(form, 'phone', '12');
      submit(form);
      await waitUntil(() => focusedName(form) === 'first_name', 'focus did not move to the first invalid field');

      expect(text(form, '#first_name-error')).to.equal('First name is required');
      expect(text(form, '#last_name-error')).to.equal('Last name is required');
      expect(text(form, '#email-error')).to.equal('Email is required');
      expect(text(form, '#phone-error')).to.match(/phone number/i);
      expect(control(form, 'email').getAttribute('aria-describedby')?.split(' ')).to.include('email-error');
      await summaryShown(form);
      expect(summaryTitle(form)).to.equal('4 fields need attention before the contact can be saved.');
      expect(requests.matching('POST', '/contacts')).to.have.length(0);
      requests.stop();
      await expect(form).to.be.accessible();
    });

    it('checks a field when it is left, and clears the message as soon as it is right', async () => {
      const form = await createForm();
      await type(form, 'email', 'marta@');
      control(form, 'email').dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
      await form.updateComplete;
      expect(text(form, '#email-error')).to.equal('Enter a valid email address');
      expect(control(form, 'email').getAttribute('aria-invalid')).to.equal('true');

      await type(form, 'email', EMAIL);
      expect(root(form).querySelector('#email-error')).to.equal(null);
      expect(control(form, 'email').getAttribute('aria-invalid')).to.equal('false');
    });

    it('checks lengths as the server does (a position of more than 200 characters)', async () => {
      const form = await createForm();
      await fillValid(form);
      await type(form, 'position', 'x'.repeat(201));
      submit(form);
      await waitUntil(() => text(form, '#position-error'), 'no message beside the position');
      expect(text(form, '#position-error')).to.equal('Position must be at most 200 characters');
      expect(focusedName(form)).to.equal('position');
    });
  });

  describe('error summary', () => {
    it('lists the fields a failed save needs at the top, links each to its field, and goes once they are fixed', async () => {
      const form = await createForm();
      await fillValid(form);
      await type(form, 'last_name', '');
      await type(form, 'position', 'x'.repeat(201));
      submit(form);
      await waitUntil(() => focusedName(form) === 'last_name', 'focus did not move to the first invalid field');
      await summaryShown(form);

      expect(root(form).querySelector('form')!.firstElementChild).to.equal(part(form, 'error-summary'));
      expect(part(form, 'error-summary').getAttribute('role')).to.equal('alert');
      expect(summaryTitle(form)).to.equal('2 fields need attention before the contact can be saved.');
      expect(summaryItems(form)).to.deep.equal(['Last name: Last name is required', 'Position: Position must be at most 200 characters']);
      await expect(form).to.be.accessible();

      summaryLink(form, 'Position').click();
      expect(focusedName(form)).to.equal('position');
      await type(form, 'position', 'Office manager');
      expect(summaryItems(form)).to.deep.equal(['Last name: Last name is required']);
      expect(summaryTitle(form)).to.equal('One field needs attention before the contact can be saved.');

      summaryLink(form, 'Last name').click();
      expect(focusedName(form)).to.equal('last_name');
      await type(form, 'last_name', 'Ibarra');
      expect(root(form).querySelector('[part="error-summary"]')).to.equal(null);
      expect((await submitAndWaitFor(form, 'crm-contact-created')).detail.contact.position).to.equal('Office manager');
    });

    it('lists a 422: a link per field in the form’s words, and the messages about fields the form does not show', async () => {
      refuseCreates('contacts', { phone: ['Phone format is invalid for +1 555 0100.'], owner_id: ['Owner is required.'] });
      const form = await createForm();
      await fillValid(form);
      submit(form);
      await waitUntil(() => focusedName(form) === 'phone', 'focus did not move to the field the server refused');
      expect(summaryItems(form)).to.deep.equal(['Phone: This phone is not valid.', 'Owner id is required.']);
      expect(root(form).querySelectorAll('[part="error-link"]')).to.have.length(1);
      expect(text(form, '[part="form-error"]')).to.equal('');
      await expect(form).to.be.accessible();
    });
  });

  describe('creating', () => {
    it('creates the contact with one POST of what was typed, trimmed, then announces it and starts a blank form', async () => {
      const writes = recordWrites('contacts', 'post');
      const form = await createForm();
      await fillValid(form);
      await type(form, 'first_name', ' Marta ');
      expect(form.dirty).to.equal(true);

      const { detail, bubbles, composed } = await submitAndWaitFor(form, 'crm-contact-created');

      expect(bubbles && composed).to.equal(true);
      expect(writes.map(({ body }) => body)).to.deep.equal([VALID]);
      expect(writes[0]!.key, 'sent with an Idempotency-Key').to.match(/\S{8,}/);
      expect(crm.db.contacts.find(detail.contact.id)).to.include({ email: EMAIL, position: 'Office manager', status: 'prospect' });
      await form.updateComplete;
      expect(text(form, '[part="status"]')).to.equal('The contact was created.');
      expect(control(form, 'first_name').value).to.equal('');
      expect(control(form, 'status').value).to.equal('active');
      expect(form.dirty).to.equal(false);
    });

    it('leaves an empty company, position and notes out of the create', async () => {
      const writes = recordWrites('contacts', 'post');
      const form = await createForm();
      await type(form, 'first_name', 'Marta');
      await type(form, 'last_name', 'Ibarra');
      await type(form, 'email', EMAIL);
      await type(form, 'company', '   ');
      await submitAndWaitFor(form, 'crm-contact-created');
      expect(writes.map(({ body }) => body)).to.deep.equal([
        { first_name: 'Marta', last_name: 'Ibarra', email: EMAIL, phone: '', status: 'active', source: 'other' },
      ]);
    });

    it('sends one request however often Save is pressed while saving', async () => {
      crm.scenario.set({ latency: { min: 300, max: 300, routes: ['POST /contacts'] } });
      const requests = recordRequests();
      const form = await createForm();
      await fillValid(form);
      const created = oneEvent(form, 'crm-contact-created');
      submit(form);
      submit(form);
      part(form, 'submit').focus();
      await sendKeys({ press: 'Enter' });
      await form.updateComplete;
      expect(part(form, 'submit').getAttribute('aria-disabled')).to.equal('true');
      expect(root(form).querySelector('form')!.getAttribute('aria-busy')).to.equal('true');
      await created;
      await aTimeout(50);
      expect(requests.matching('POST', '/contacts')).to.have.length(1);
      requests.stop();
    });

    it('keeps every typed value when the network fails, says the contact may have been saved, and sends the same key again', async () => {
      const keys = createsLosingAnswers('contacts', 1);
      const form = await createForm();
      await fillValid(form);
      expect((await submitAndWaitFor(form, 'crm-error')).detail.operation).to.equal('create');
      await waitUntil(() => text(form, '[part="form-error"]'), 'the failure was not shown');
      expect(text(form, '[part="form-error"]')).to.equal(
        'The contact may have been saved: the CRM did not confirm it. Press “Create contact” again without changing anything, so the CRM can tell it is the same contact.',
      );
      const typed = ['first_name', 'last_name', 'email', 'phone', 'company', 'position', 'status', 'source', 'notes'].map((name) => control(form, name).value);
      expect(typed).to.deep.equal(['Marta', 'Ibarra', EMAIL, '+1 (415) 555-0142', 'Bayview Physio', 'Office manager', 'prospect', 'referral', 'Prefers afternoons.']);
      expect(form.dirty).to.equal(true);
      await expect(form).to.be.accessible();

      await submitAndWaitFor(form, 'crm-contact-created');
      expect(keys[1], 'the same create, by its key').to.equal(keys[0]);
      expect(crm.db.contacts.all().filter((contact) => contact.email === EMAIL), 'stored once').to.have.length(1);
    });

    it('shows a 422 beside its fields in its own words, never the server’s, and focuses the first', async () => {
      refuseCreates('contacts', {
        email: ['The email has already been taken by Zoë Kierkegaard.'],
        position: ['Too grand a title.'],
        owner_id: ['Owner is required.'],
      });
      const form = await createForm();
      await fillValid(form);
      expect((await submitAndWaitFor(form, 'crm-error')).detail.error.kind).to.equal('http');
      await waitUntil(() => focusedName(form) === 'email', 'focus did not move to the field the server refused');
      expect(text(form, '#email-error')).to.equal('This email is already used by another record.');
      expect(text(form, '#position-error'), 'an unknown check is shown as sent').to.equal('Too grand a title.');
      expect(summaryItems(form)).to.include('Owner id is required.');
      expect(summaryTitle(form)).to.equal('3 fields need attention before the contact can be saved.');
      expect(root(form).textContent).not.to.contain('Zoë');
      expect(control(form, 'email').value).to.equal(EMAIL);
      await expect(form).to.be.accessible();
    });

    it('fires crm-cancel when Cancel is pressed', async () => {
      const form = await createForm();
      const cancelled = oneEvent(form, 'crm-cancel');
      part(form, 'cancel').click();
      expect((await cancelled).composed).to.equal(true);
    });

    it('says it has no CRM to talk to when it has no client', async () => {
      const form = await fixture<RecordFormElement>(html`<crm-contact-form></crm-contact-form>`);
      expect(text(form, '[part="error"]')).to.match(/not connected to the CRM/);
      await expect(form).to.be.accessible();
    });
  });

  describe('editing', () => {
    it('shows its fields at once while the contact loads, inert, in their final place, then fills them', async () => {
      const contact = crm.db.contacts.all()[0]!;
      crm.scenario.set({ latency: { min: 200, max: 200, routes: ['GET /contacts/:id'] } });
      const form = await formFixture('crm-contact-form', { id: contact.id });
      expect((part(form, 'form') as HTMLFormElement).inert, 'nothing can be typed over before the contact comes').to.equal(true);
      expect(root(form).querySelector('form')!.getAttribute('aria-label')).to.equal('Edit contact');
      const height = form.getBoundingClientRect().height;
      await waitUntil(() => shown(form), 'the contact never loaded');
      expect(form.getBoundingClientRect().height, 'the loaded form takes the place its fields had').to.be.closeTo(height, 2);
      const values = ['first_name', 'last_name', 'email', 'phone', 'company', 'position', 'status', 'source', 'notes'].map((name) => control(form, name).value);
      const fields = [contact.first_name, contact.last_name, contact.email, contact.phone, contact.company, contact.position, contact.status, contact.source, contact.notes];
      expect(values).to.deep.equal(fields.map((value) => value ?? ''));
      expect(root(form).querySelector('form')!.getAttribute('aria-label')).to.equal('Edit contact');
      expect(part(form, 'submit').textContent?.trim()).to.equal('Save changes');
      expect(form.dirty).to.equal(false);
      await expect(form).to.be.accessible();
    });

    it('sends only the changed fields with PUT, an emptied company as null, and fires crm-contact-updated', async () => {
      const contact = crm.db.contacts.all().find((row) => row.company)!;
      const writes = recordWrites('contacts', 'put');
      const form = await editForm('crm-contact-form', contact);
      await type(form, 'position', ' Head of reception ');
      await type(form, 'company', '');
      await type(form, 'status', 'inactive');
      expect(form.dirty).to.equal(true);

      const { detail } = await submitAndWaitFor(form, 'crm-contact-updated');
      expect(writes.map(({ body }) => body)).to.deep.equal([{ company: null, position: 'Head of reception', status: 'inactive' }]);
      expect(detail.contact).to.include({ id: contact.id, position: 'Head of reception', status: 'inactive', company: null, first_name: contact.first_name });
      await form.updateComplete;
      expect(text(form, '[part="status"]')).to.equal('The changes were saved.');
      expect(form.dirty).to.equal(false);
    });

    it('is dirty while a control differs from the saved contact, and says there is nothing to save without a request', async () => {
      const contact = crm.db.contacts.all()[1]!;
      const requests = recordRequests();
      const form = await editForm('crm-contact-form', contact);
      await type(form, 'last_name', `${contact.last_name}x`);
      expect(form.dirty).to.equal(true);
      await type(form, 'last_name', contact.last_name);
      expect(form.dirty).to.equal(false);
      submit(form);
      await waitUntil(() => text(form, '[part="status"]') === 'There are no changes to save.');
      expect(requests.matching('PUT', /^\/contacts\//)).to.have.length(0);
      requests.stop();
    });

    it('shows a status and a source it does not know as sent, keeps them, and saves other changes without them', async () => {
      const contact = crm.db.contacts.all()[2]!;
      crm.db.contacts.update(contact.id, { status: 'on_hold', source: 'trade_fair' });
      const writes = recordWrites('contacts', 'put');
      const form = await editForm('crm-contact-form', contact);
      expect(control(form, 'status').value).to.equal('on_hold');
      expect(selectedLabel(form, 'status')).to.equal('On hold');
      expect(options(form, 'status')).to.deep.equal(['active', 'inactive', 'prospect', 'on_hold']);
      expect(selectedLabel(form, 'source')).to.equal('Trade fair');

      await type(form, 'notes', 'Back in May.');
      await submitAndWaitFor(form, 'crm-contact-updated');
      expect(writes.map(({ body }) => body)).to.deep.equal([{ notes: 'Back in May.' }]);
      expect(crm.db.contacts.find(contact.id)).to.include({ status: 'on_hold', source: 'trade_fair' });
    });

    it('shows an error state with a retry when the contact cannot be loaded', async () => {
      const contact = crm.db.contacts.all()[0]!;
      crm.scenario.set({ error: { status: 500, routes: ['GET /contacts/:id'] } });
      const form = await createForm();
      const failed = oneEvent(form, 'crm-error');
      form.contactId = contact.id;
      expect((await failed).detail.operation).to.equal('load');
      await waitUntil(() => root(form).querySelector('[part="error"]'));
      expect(text(form, '[part="error"] p')).to.equal('The CRM ran into a problem on its side. Try again in a moment.');
      await expect(form).to.be.accessible();

      crm.scenario.reset();
      part(form, 'retry').click();
      await waitUntil(() => control(form, 'first_name')?.value === contact.first_name, 'retry did not load the contact');
    });

    it('explains a 409 and, on reload, shows the saved contact and says which changes were discarded', async () => {
      const contact = crm.db.contacts.all()[0]!;
      conflictOnUpdate('contacts');
      const form = await editForm('crm-contact-form', contact);
      await type(form, 'position', 'Mine');
      crm.db.contacts.update(contact.id, { position: 'Theirs', notes: 'Updated by a colleague.' });

      submit(form);
      await waitUntil(() => root(form).querySelector('[part="conflict"]'), 'no conflict explanation');
      expect(text(form, '[part="conflict"]')).to.contain('Someone else changed this contact while you were editing it.');
      expect(root(form).activeElement?.textContent?.trim()).to.equal('Reload the contact');
      expect(control(form, 'position').value, 'nothing is discarded before the user chooses').to.equal('Mine');
      await expect(form).to.be.accessible();

      (root(form).activeElement as HTMLButtonElement).click();
      await waitUntil(() => control(form, 'position').value === 'Theirs', 'the contact was not reloaded');
      expect(control(form, 'notes').value).to.equal('Updated by a colleague.');
      expect(text(form, '[part="status"]')).to.equal(
        'The contact was reloaded. Your changes to Position were discarded; enter them again if they are still needed.',
      );
      expect(root(form).querySelector('[part="conflict"]')).to.equal(null);
      expect(form.dirty).to.equal(false);
    });

    it('lets the user keep their version after a 409 and save it', async () => {
      const contact = crm.db.contacts.all()[0]!;
      conflictOnUpdate('contacts', 1);
      const form = await editForm('crm-contact-form', contact);
      await type(form, 'phone', '+1 415 555 0100');
      submit(form);
      await waitUntil(() => root(form).querySelector('[part="conflict"]'));
      buttonNamed(form, '[part="conflict"] button', 'Keep my changes').click();
      await form.updateComplete;
      expect(root(form).querySelector('[part="conflict"]')).to.equal(null);
      expect(focusedName(form)).to.equal('phone');

      expect((await submitAndWaitFor(form, 'crm-contact-updated')).detail.contact.phone).to.equal('+1 415 555 0100');
    });
  });

  describe('duplicates', () => {
    it('warns before saving that a contact with the typed email exists, offers to open it, and still saves', async () => {
      const existing = crm.db.contacts.all()[4]!;
      const form = await createForm();
      await type(form, 'email', existing.email.toUpperCase());
      await duplicateNote(form, 'email', 'A contact with this email already exists:');
      expect(text(form, '#email-duplicates')).to.contain(`Open ${existing.first_name} ${existing.last_name}`);
      expect(text(form, '#email-duplicates')).to.contain('You can still save this contact if it is a different person.');
      expect(control(form, 'email').getAttribute('aria-describedby')).to.contain('email-duplicates');
      await expect(form).to.be.accessible();

      expect(await openDuplicate(form, 'email', existing)).to.deep.equal({ resource: 'contacts', id: existing.id });

      await fillValid(form);
      await type(form, 'email', existing.email);
      expect((await submitAndWaitFor(form, 'crm-contact-created')).detail.contact.email).to.equal(existing.email);
    });

    it('finds a lead with the typed email too', async () => {
      const lead = crm.db.leads.all()[3]!;
      const form = await createForm();
      await type(form, 'email', lead.email);
      await duplicateNote(form, 'email', 'A lead with this email already exists:');
      expect(await openDuplicate(form, 'email', lead)).to.deep.equal({ resource: 'leads', id: lead.id });
    });

    it('does not point to the contact being edited, even when its own email is typed again', async () => {
      const contact = crm.db.contacts.all()[0]!;
      const requests = recordRequests();
      const form = await editForm('crm-contact-form', contact);
      await type(form, 'email', contact.email.toUpperCase());
      await waitUntil(() => requests.matching('GET', '/contacts').some((r) => r.query.get('search') === contact.email.toUpperCase()), 'no search', {
        timeout: 3000,
      });
      await aTimeout(300);
      requests.stop();
      expect(text(form, '#email-duplicates')).to.not.contain(`Open ${contact.first_name} ${contact.last_name}`);
    });
  });

  describe('text from the CRM', () => {
    it('renders script-like values as text and runs nothing', async () => {
      const contact = crm.db.contacts.insert({
        first_name: XSS,
        last_name: '<script>window.__xss=2</script>',
        email: 'xss.contact@example.org',
        phone: '555 010 0142',
        company: '<svg onload="window.__xss=3">',
        position: '<iframe src="javascript:window.__xss=5">',
        status: '<b>bold</b>',
        source: '<i onmouseover="window.__xss=4">x</i>',
        notes: `${XSS} notes`,
      });
      const form = await editForm('crm-contact-form', contact);
      expect(control(form, 'first_name').value).to.equal(XSS);
      expect(control(form, 'position').value).to.equal('<iframe src="javascript:window.__xss=5">');
      expect(control(form, 'notes').value).to.equal(`${XSS} notes`);
      expect(selectedLabel(form, 'status')).to.contain('<b>bold</b>');

      // The name also appears in another form's duplicate warning.
      const other = await createForm();
      await type(other, 'email', 'xss.contact@example.org');
      await duplicateNote(other, 'email');
      expect(text(other, '#email-duplicates')).to.contain(`Open ${XSS} <script>window.__xss=2</script>`);

      await aTimeout(50);
      for (const shadow of [root(form), root(other)]) expect(shadow.querySelector('img, script, svg, iframe, b, i')).to.equal(null);
      expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
    });
  });
});
