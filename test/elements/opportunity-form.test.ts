import '@mindbrite/crm-elements/crm-opportunity-form.js';
import type { CrmOpportunityForm } from '@mindbrite/crm-elements/crm-opportunity-form.js';
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { crm, mockClient, recordRequests, useMockCrm } from './support/mock-crm.js';
import { focusedName, part, submit, submitAndWaitFor, summaryItems, summaryShown, summaryTitle, text } from './support/record-form.js';

// The opportunity form: the record-form core with number, date and select fields and a contact
// picker. Tests act as a user would: the keyboard in the picker, typing in the other fields.

/** A contact of its own, with a name no seeded contact shares, so a search finds it alone. */
function addContact(first_name = 'Inés', last_name = 'Valderrama') {
  return crm.db.contacts.insert({
    first_name,
    last_name,
    email: `${first_name.toLowerCase()}.${last_name.toLowerCase()}@example.org`,
    phone: '+1 415 555 0142',
    company: null,
    position: null,
    status: 'active',
    source: 'referral',
    notes: null,
  });
}

/** An opportunity of `contact`'s, with `fields` as given. */
const addOpportunity = (contact: { id: number }, fields: { stage?: string; probability?: number; description?: string | null } = {}) =>
  crm.db.opportunities.insert({
    title: 'Implant consultation',
    description: 'Two implants, lower jaw.',
    contact_id: contact.id,
    value: 4200,
    stage: 'proposal',
    probability: 50,
    expected_close_date: '2030-06-30',
    ...fields,
  });

const createForm = (currency = 'USD') => fixture<CrmOpportunityForm>(html`<crm-opportunity-form .client=${mockClient()} currency=${currency}></crm-opportunity-form>`);

async function editForm(id: number) {
  const form = await fixture<CrmOpportunityForm>(html`<crm-opportunity-form .client=${mockClient()} opportunity-id=${id}></crm-opportunity-form>`);
  await waitUntil(() => form.shadowRoot!.querySelector('[part="form"]:not([inert])'), 'the opportunity never loaded');
  return form;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
const control = <T extends Control = HTMLInputElement>(form: Element, name: string) => form.shadowRoot!.querySelector<T>(`#${name}`)!;
const combobox = (form: Element) => control(form, 'contact_id');
const listbox = (form: Element) => form.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
const optionTexts = (form: Element) =>
  [...form.shadowRoot!.querySelectorAll('[role="option"]')].map((option) => option.textContent!.replace(/\s+/g, ' ').trim());
const pickerStatus = (form: Element) => text(form, '.combobox [role="status"]');
const errorOf = (form: Element, name: string) => text(form, `#${name}-error`);

/** Types into a field as a user does: focus, new value, `input`. */
async function type(form: CrmOpportunityForm, name: string, value: string): Promise<void> {
  const input = control(form, name);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await form.updateComplete;
}

async function choose(form: CrmOpportunityForm, name: string, value: string): Promise<void> {
  const select = control<HTMLSelectElement>(form, name);
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await form.updateComplete;
}

/** Leaves a field (the `focusout` a Tab away gives; sent by hand in a background page, which gets none from blur()). */
async function leave(form: CrmOpportunityForm, name: string): Promise<void> {
  const input = control(form, name);
  let left = false;
  input.addEventListener('focusout', () => (left = true), { once: true });
  input.blur();
  if (!left) input.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
  await form.updateComplete;
}

/** Types `search` into the contact field from the keyboard and waits for the contacts found. */
async function search(form: CrmOpportunityForm, name: string): Promise<void> {
  combobox(form).focus();
  await sendKeys({ type: name });
  await waitUntil(() => optionTexts(form).length, `no contact found for “${name}”`, { timeout: 3000 });
}

/** Chooses the first contact found for `search`, by keyboard. */
async function pick(form: CrmOpportunityForm, name: string): Promise<void> {
  await search(form, name);
  await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ press: 'Enter' });
  await form.updateComplete;
}

/** Fills in a valid opportunity for the contact found by `contactSearch`. */
async function fillValid(form: CrmOpportunityForm, contactSearch = 'Valderr'): Promise<void> {
  await type(form, 'title', ' Whitening package ');
  await pick(form, contactSearch);
  await type(form, 'value', '1250.50');
  await type(form, 'expected_close_date', '2030-03-31');
}

describe('<crm-opportunity-form>', () => {
  useMockCrm();

  describe('fields', () => {
    it('labels every control: a combobox for the contact, number and date inputs, the currency beside the value', async () => {
      const form = await createForm();
      const labels = (name: string) => control(form, name).labels?.[0]?.textContent?.replace(/\s+/g, ' ').trim();
      expect(['title', 'contact_id', 'value', 'expected_close_date', 'stage', 'probability', 'description'].map(labels)).to.deep.equal([
        'Title *',
        'Contact *',
        'Value *',
        'Expected close date *',
        'Stage',
        'Probability (%) *',
        'Description',
      ]);
      expect(control(form, 'value').type).to.equal('number');
      expect(control(form, 'probability').type).to.equal('number');
      expect(control(form, 'expected_close_date').type).to.equal('date');
      expect(control(form, 'description').tagName).to.equal('TEXTAREA');

      const contact = combobox(form);
      expect(contact.getAttribute('role')).to.equal('combobox');
      expect(contact.getAttribute('aria-autocomplete')).to.equal('list');
      expect(contact.getAttribute('aria-expanded')).to.equal('false');
      expect(form.shadowRoot!.getElementById(contact.getAttribute('aria-controls')!)?.getAttribute('role')).to.equal('listbox');

      expect(text(form, '[part="unit"]')).to.equal('USD');
      expect(control(form, 'value').getAttribute('aria-describedby')).to.equal('value-currency');
      await expect(form).to.be.accessible();
    });

    it('shows the currency it is given, and offers the stages, a new opportunity starting prospecting at 10 %', async () => {
      const form = await createForm('EUR');
      expect(text(form, '[part="unit"]')).to.equal('EUR');
      const stage = control<HTMLSelectElement>(form, 'stage');
      expect([...stage.options].map((option) => option.value)).to.deep.equal(['prospecting', 'qualification', 'proposal', 'negotiation', 'closed_won', 'closed_lost']);
      expect(stage.selectedOptions[0]!.textContent!.trim()).to.equal('Prospecting');
      expect(control(form, 'probability').value).to.equal('10');
    });
  });

  describe('contact picker', () => {
    it('searches as the user types, one request per pause, and chooses a contact by keyboard', async () => {
      const contact = addContact();
      const requests = recordRequests();
      const form = await createForm();
      await search(form, 'Valderr');

      const searches = requests.matching('GET', '/contacts');
      expect(searches, 'one request for seven keystrokes').to.have.length(1);
      expect(searches[0]!.query.get('search')).to.equal('Valderr');
      expect(optionTexts(form)).to.deep.equal(['Inés Valderrama inés.valderrama@example.org']);
      expect(combobox(form).getAttribute('aria-expanded')).to.equal('true');
      expect(listbox(form).hidden).to.equal(false);
      expect(pickerStatus(form)).to.equal('1 contact found. Use the up and down arrows to choose.');
      await expect(form).to.be.accessible();

      await sendKeys({ press: 'ArrowDown' });
      await form.updateComplete;
      const option = form.shadowRoot!.querySelector('[role="option"]')!;
      expect(combobox(form).getAttribute('aria-activedescendant')).to.equal(option.id);
      expect(option.getAttribute('aria-selected')).to.equal('true');
      expect(focusedName(form), 'focus stays in the input').to.equal('contact_id');

      await sendKeys({ press: 'Enter' });
      await form.updateComplete;
      expect(combobox(form).value).to.equal('Inés Valderrama');
      expect(combobox(form).getAttribute('aria-expanded')).to.equal('false');
      expect(listbox(form).hidden).to.equal(true);
      expect(requests.matching('POST', '/opportunities'), 'Enter in the list chooses; it does not save').to.have.length(0);
      expect(requests.matching('GET', '/contacts'), 'no request after the choice').to.have.length(1);
      requests.stop();
      expect(form.dirty).to.equal(true);

      const created = await (async () => {
        await type(form, 'title', 'Whitening package');
        await type(form, 'value', '300');
        await type(form, 'expected_close_date', '2030-03-31');
        return submitAndWaitFor(form, 'crm-opportunity-created');
      })();
      expect(created.detail.opportunity).to.include({ contact_id: contact.id, contact_name: 'Inés Valderrama' });
    });

    it('sends a new request only once typing pauses again, for the last text', async () => {
      addContact();
      const requests = recordRequests();
      const form = await createForm();
      await search(form, 'Valder');
      await sendKeys({ type: 'ram' });
      await waitUntil(() => requests.matching('GET', '/contacts').length === 2, 'no second search');
      await aTimeout(400);
      expect(requests.matching('GET', '/contacts').map(({ query }) => query.get('search'))).to.deep.equal(['Valder', 'Valderram']);
      requests.stop();
    });

    it('sends no search when the field is left before typing pauses', async () => {
      addContact();
      const requests = recordRequests();
      const form = await createForm();
      combobox(form).focus();
      await sendKeys({ type: 'Valderr' });
      await leave(form, 'contact_id');
      await aTimeout(500);
      expect(requests.matching('GET', '/contacts')).to.have.length(0);
      expect(combobox(form).getAttribute('aria-expanded')).to.equal('false');
      requests.stop();
    });

    it('moves through the contacts with the arrows, wrapping round, and closes the list with Escape, which goes no further', async () => {
      addContact('Inés', 'Valderrama');
      addContact('Iker', 'Valderrábano');
      const form = await createForm();
      await search(form, 'Valderr');
      expect(optionTexts(form).map((option) => option.split(' ').slice(0, 2).join(' '))).to.deep.equal(['Iker Valderrábano', 'Inés Valderrama']);
      const active = () => form.shadowRoot!.getElementById(combobox(form).getAttribute('aria-activedescendant') ?? '')?.textContent?.trim().split(' ')[0];

      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await form.updateComplete;
      expect(active()).to.equal('Inés');
      await sendKeys({ press: 'ArrowDown' });
      await form.updateComplete;
      expect(active(), 'past the last, the first').to.equal('Iker');
      await sendKeys({ press: 'ArrowUp' });
      await form.updateComplete;
      expect(active(), 'before the first, the last').to.equal('Inés');

      const escape = oneEvent(combobox(form), 'keydown');
      await sendKeys({ press: 'Escape' });
      expect((await escape).defaultPrevented, 'an Escape that closed the list is handled').to.equal(true);
      await form.updateComplete;
      expect(combobox(form).getAttribute('aria-expanded')).to.equal('false');
      expect(combobox(form).value, 'what was typed stays').to.equal('Valderr');

      const next = oneEvent(combobox(form), 'keydown');
      await sendKeys({ press: 'Escape' });
      expect((await next).defaultPrevented, 'with the list closed, Escape is left to the page (a dialog closes)').to.equal(false);

      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => combobox(form).getAttribute('aria-expanded') === 'true', 'Down did not open the list again');
      await form.updateComplete;
      expect(active(), 'Down opens the list on its first contact').to.equal('Iker');
    });

    it('chooses a contact with a click', async () => {
      addContact();
      const form = await createForm();
      await search(form, 'Valderr');
      form.shadowRoot!.querySelector<HTMLElement>('[role="option"]')!.click();
      await form.updateComplete;
      expect(combobox(form).value).to.equal('Inés Valderrama');
      expect(combobox(form).getAttribute('aria-expanded')).to.equal('false');
    });

    it('takes a name typed over the chosen contact as no contact, and says one must be chosen when the field is left', async () => {
      addContact();
      const form = await createForm();
      await pick(form, 'Valderr');
      await sendKeys({ press: 'Backspace' });
      await form.updateComplete;
      expect(combobox(form).value).to.equal('Inés Valderram');
      await leave(form, 'contact_id');
      expect(errorOf(form, 'contact_id')).to.equal('Choose a contact from the list.');
      expect(combobox(form).getAttribute('aria-invalid')).to.equal('true');
      expect(combobox(form).getAttribute('aria-describedby')).to.equal('contact_id-error');

      // Choosing again puts it right at once.
      await pick(form, 'a');
      expect(combobox(form).getAttribute('aria-invalid')).to.equal('false');
      expect(errorOf(form, 'contact_id')).to.equal('');
    });

    it('says when no contact matches, with no list shown', async () => {
      const form = await createForm();
      combobox(form).focus();
      await sendKeys({ type: 'Zzyzx' });
      await waitUntil(() => pickerStatus(form).startsWith('No contacts match'), 'no word of no match');
      expect(listbox(form).hidden).to.equal(true);
      expect(combobox(form).getAttribute('aria-expanded')).to.equal('false');
    });

    it('says when the contacts could not be searched, and fires crm-error', async () => {
      crm.use(http.get(`${crm.baseUrl}/contacts`, () => HttpResponse.json({ message: 'Down.' }, { status: 500 })));
      const form = await createForm();
      const failed = oneEvent(form, 'crm-error');
      combobox(form).focus();
      await sendKeys({ type: 'Valderr' });
      expect((await failed).detail.operation).to.equal('load');
      await waitUntil(() => pickerStatus(form).startsWith('The contacts could not be searched.'), 'the failure was not said');
      expect(combobox(form).value, 'what was typed stays').to.equal('Valderr');
    });

    it('starts with the contact contact-id names, showing its name, and keeps it for the next opportunity', async () => {
      const contact = addContact();
      const form = await fixture<CrmOpportunityForm>(html`<crm-opportunity-form .client=${mockClient()} contact-id=${contact.id}></crm-opportunity-form>`);
      await waitUntil(() => combobox(form).value === 'Inés Valderrama', 'the contact was not named');
      expect(form.dirty, 'a preset is no change').to.equal(false);

      await type(form, 'title', 'Aligners');
      await type(form, 'value', '3800');
      await type(form, 'expected_close_date', '2030-09-30');
      const { detail } = await submitAndWaitFor(form, 'crm-opportunity-created');
      expect(detail.opportunity.contact_id).to.equal(contact.id);
      await form.updateComplete;
      expect(control(form, 'title').value, 'a new form').to.equal('');
      expect(combobox(form).value, 'for the same contact').to.equal('Inés Valderrama');
      expect(form.dirty).to.equal(false);
    });
  });

  describe('probability', () => {
    it('follows the stage until the user types one, and a new opportunity follows it again', async () => {
      addContact();
      const form = await createForm();
      const probability = () => control(form, 'probability').value;
      expect(text(form, '[part="hint"]')).to.equal('Set from the stage until you change it.');
      expect(control(form, 'probability').getAttribute('aria-describedby')).to.equal('probability-hint');

      await choose(form, 'stage', 'proposal');
      expect(probability()).to.equal('50');
      await choose(form, 'stage', 'closed_lost');
      expect(probability()).to.equal('0');
      await choose(form, 'stage', 'negotiation');
      expect(probability()).to.equal('75');

      await type(form, 'probability', '60');
      expect(form.shadowRoot!.querySelector('[part="hint"]'), 'no longer set from the stage').to.equal(null);
      await choose(form, 'stage', 'closed_won');
      expect(probability(), 'what the user typed stays').to.equal('60');

      await fillValid(form);
      const { detail } = await submitAndWaitFor(form, 'crm-opportunity-created');
      expect(detail.opportunity).to.include({ stage: 'closed_won', probability: 60 });
      await form.updateComplete;
      expect(probability()).to.equal('10');
      await choose(form, 'stage', 'qualification');
      expect(probability()).to.equal('25');
    });

    it('when editing, follows the stage only while the probability is the stage’s own', async () => {
      const contact = addContact();
      const usual = addOpportunity(contact, { stage: 'proposal', probability: 50 });
      const own = addOpportunity(contact, { stage: 'proposal', probability: 65 });

      const first = await editForm(usual.id);
      await choose(first, 'stage', 'negotiation');
      expect(control(first, 'probability').value).to.equal('75');

      const second = await editForm(own.id);
      expect(second.shadowRoot!.querySelector('[part="hint"]')).to.equal(null);
      await choose(second, 'stage', 'negotiation');
      expect(control(second, 'probability').value).to.equal('65');
    });
  });

  describe('validation', () => {
    it('on submit, says in words what each field needs, focuses the first, and sends nothing', async () => {
      const requests = recordRequests();
      const form = await createForm();
      await type(form, 'probability', '');
      submit(form);
      await waitUntil(() => focusedName(form) === 'title', 'focus did not move to the first field that needs attention');
      expect(errorOf(form, 'title')).to.equal('Title is required');
      expect(errorOf(form, 'contact_id')).to.equal('Choose a contact from the list.');
      expect(errorOf(form, 'value')).to.equal('Enter the value as a number of 0 or more.');
      expect(errorOf(form, 'expected_close_date')).to.equal('Enter the date the opportunity is expected to close.');
      expect(errorOf(form, 'probability')).to.equal('Enter a probability from 0 to 100.');
      await summaryShown(form);
      expect(summaryTitle(form)).to.equal('5 fields need attention before the opportunity can be saved.');
      expect(summaryItems(form)[1]).to.equal('Contact: Choose a contact from the list.');
      expect(requests.matching('POST', '/opportunities')).to.have.length(0);
      requests.stop();
      await expect(form).to.be.accessible();
    });

    it('refuses a negative value and a probability outside 0 to 100 when they are left, and clears the message once right', async () => {
      const form = await createForm();
      await type(form, 'value', '-5');
      await leave(form, 'value');
      expect(errorOf(form, 'value')).to.equal('Enter the value as a number of 0 or more.');
      await type(form, 'probability', '150');
      await leave(form, 'probability');
      expect(errorOf(form, 'probability')).to.equal('Enter a probability from 0 to 100.');

      await type(form, 'value', '0');
      expect(errorOf(form, 'value'), 'nothing is a value too').to.equal('');
      await type(form, 'probability', '100');
      expect(errorOf(form, 'probability')).to.equal('');
    });

    it('says what the fields need in the form’s language', async () => {
      const form = await fixture<CrmOpportunityForm>(html`<crm-opportunity-form .client=${mockClient()} locale="es"></crm-opportunity-form>`);
      await type(form, 'value', '-1');
      submit(form);
      await waitUntil(() => errorOf(form, 'value'), 'no message');
      expect(errorOf(form, 'title')).to.equal('Título: campo obligatorio');
      expect(errorOf(form, 'value')).to.equal('Escriba el valor como un número igual o mayor que 0.');
      expect(errorOf(form, 'contact_id')).to.equal('Elija un contacto de la lista.');
    });
  });

  describe('creating', () => {
    it('creates the opportunity with one POST of numbers, the contact’s id and the date, then announces it and starts afresh', async () => {
      const contact = addContact();
      const posts: { body: unknown; key: string | null }[] = [];
      crm.use(
        http.post(`${crm.baseUrl}/opportunities`, async ({ request }) => {
          posts.push({ body: await request.clone().json(), key: request.headers.get('Idempotency-Key') });
          await new Promise((resolve) => setTimeout(resolve, 200));
          return undefined;
        }),
      );
      const form = await createForm();
      await fillValid(form);
      await type(form, 'description', '  ');
      const created = oneEvent(form, 'crm-opportunity-created');
      submit(form);
      submit(form);
      const { detail } = await created;

      expect(posts.map(({ body }) => body)).to.deep.equal([
        { title: 'Whitening package', contact_id: contact.id, value: 1250.5, expected_close_date: '2030-03-31', stage: 'prospecting', probability: 10 },
      ]);
      expect(posts[0]!.key).to.match(/^[0-9a-f-]{36}$/);
      expect(detail.opportunity).to.include({ id: crm.db.opportunities.all().at(-1)!.id, value: 1250.5 });
      await form.updateComplete;
      expect(text(form, '[part="status"]')).to.equal('The opportunity was created.');
      expect(combobox(form).value).to.equal('');
      expect(control(form, 'value').value).to.equal('');
      expect(form.dirty).to.equal(false);
    });

    it('shows the server’s 422 beside its fields, in its own words where it knows them, and focuses the first', async () => {
      crm.use(
        http.post(`${crm.baseUrl}/opportunities`, () =>
          HttpResponse.json({ message: 'Invalid.', errors: { title: ['has already been taken'], value: ['exceeds the approved budget'] } }, { status: 422 }),
        ),
      );
      addContact();
      const form = await createForm();
      await fillValid(form);
      const failed = oneEvent(form, 'crm-error');
      submit(form);
      expect((await failed).detail.operation).to.equal('create');
      await waitUntil(() => focusedName(form) === 'title', 'focus did not move to the field the server refused');
      expect(errorOf(form, 'title')).to.equal('This title is already used by another record.');
      expect(errorOf(form, 'value')).to.equal('exceeds the approved budget');
      expect(summaryTitle(form)).to.equal('2 fields need attention before the opportunity can be saved.');
      expect(combobox(form).value, 'nothing typed is lost').to.equal('Inés Valderrama');
      await expect(form).to.be.accessible();
    });

    it('keeps every value and the contact when saving fails, says why, and fires crm-error', async () => {
      crm.scenario.set({ error: { status: 400, routes: ['POST /opportunities'] } });
      addContact();
      const form = await createForm();
      await fillValid(form);
      await type(form, 'description', 'Upper and lower.');
      await submitAndWaitFor(form, 'crm-error');
      await waitUntil(() => text(form, '[part="form-error"]'), 'the failure was not said');
      expect(['title', 'value', 'expected_close_date', 'description'].map((name) => control(form, name).value)).to.deep.equal([
        ' Whitening package ',
        '1250.50',
        '2030-03-31',
        'Upper and lower.',
      ]);
      expect(combobox(form).value).to.equal('Inés Valderrama');
      expect(form.dirty).to.equal(true);
    });
  });

  describe('editing', () => {
    it('shows the opportunity and its contact’s name, without asking the CRM for the contact', async () => {
      const contact = addContact();
      const opportunity = addOpportunity(contact);
      const requests = recordRequests();
      const form = await editForm(opportunity.id);
      expect(form.shadowRoot!.querySelector('form')!.getAttribute('aria-label')).to.equal('Edit opportunity');
      expect(['title', 'value', 'expected_close_date', 'probability'].map((name) => control(form, name).value)).to.deep.equal([
        'Implant consultation',
        '4200',
        '2030-06-30',
        '50',
      ]);
      expect(combobox(form).value).to.equal('Inés Valderrama');
      expect(control<HTMLSelectElement>(form, 'stage').value).to.equal('proposal');
      await aTimeout(50);
      expect(requests.matching('GET', /^\/contacts/)).to.have.length(0);
      requests.stop();
      await expect(form).to.be.accessible();
    });

    it('sends only the changed fields with PUT, numbers as numbers and an emptied description as null', async () => {
      const contact = addContact();
      const opportunity = addOpportunity(contact);
      const puts: unknown[] = [];
      crm.use(
        http.put(`${crm.baseUrl}/opportunities/:id`, async ({ request }) => {
          puts.push(await request.clone().json());
          return undefined;
        }),
      );
      const form = await editForm(opportunity.id);
      await type(form, 'value', '4500');
      await type(form, 'description', '');
      const { detail } = await submitAndWaitFor(form, 'crm-opportunity-updated');
      expect(puts).to.deep.equal([{ value: 4500, description: null }]);
      expect(detail.opportunity).to.include({ value: 4500, description: null, title: 'Implant consultation' });
      expect(form.dirty).to.equal(false);
    });

    it('changes the contact with the picker, sending its id', async () => {
      const first = addContact();
      const second = addContact('Iker', 'Valderrábano');
      const form = await editForm(addOpportunity(first).id);
      combobox(form).select();
      await pick(form, 'Valderrá');
      const { detail } = await submitAndWaitFor(form, 'crm-opportunity-updated');
      expect(detail.opportunity).to.include({ contact_id: second.id, contact_name: 'Iker Valderrábano' });
    });

    it('explains a 409 and, on reload, shows the saved opportunity and says which changes were discarded', async () => {
      const contact = addContact();
      const opportunity = addOpportunity(contact);
      crm.use(http.put(`${crm.baseUrl}/opportunities/:id`, () => HttpResponse.json({ message: 'Changed meanwhile.' }, { status: 409 }), { once: true }));
      const form = await editForm(opportunity.id);
      await type(form, 'value', '5000');
      crm.db.opportunities.update(opportunity.id, { title: 'Implant consultation (revised)' });
      submit(form);
      await waitUntil(() => form.shadowRoot!.querySelector('[part="conflict"]'), 'no conflict note');
      expect(text(form, '[part="conflict"]')).to.contain('Someone else changed this opportunity while you were editing it.');
      expect(control(form, 'value').value, 'nothing typed is lost').to.equal('5000');

      buttonNamed(form, 'Reload the opportunity').click();
      await waitUntil(() => control(form, 'title')?.value === 'Implant consultation (revised)', 'the saved opportunity did not show');
      await waitUntil(() => text(form, '[part="status"]').includes('discarded'), 'the discarded change was not said');
      expect(text(form, '[part="status"]')).to.equal('The opportunity was reloaded. Your changes to Value were discarded; enter them again if they are still needed.');
      expect(control(form, 'value').value).to.equal('4200');
    });

    it('is dirty while a field differs from the saved opportunity, and not once it is back', async () => {
      const form = await editForm(addOpportunity(addContact()).id);
      expect(form.dirty).to.equal(false);
      await type(form, 'probability', '55');
      expect(form.dirty).to.equal(true);
      await type(form, 'probability', '50');
      expect(form.dirty).to.equal(false);
    });
  });

  it('fires crm-cancel when Cancel is pressed', async () => {
    const form = await createForm();
    const cancelled = oneEvent(form, 'crm-cancel');
    part(form, 'cancel').click();
    expect((await cancelled).detail).to.deep.equal({});
  });
});

/** The button of the form whose text is `name`. */
const buttonNamed = (form: Element, name: string) => [...form.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent!.trim() === name)!;
