import '@mindbrite/crm-elements/crm-follow-up-form.js';
import '@mindbrite/crm-elements/crm-provider.js';
import type { CrmFollowUpForm } from '@mindbrite/crm-elements/crm-follow-up-form.js';
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { crm, mockClient, recordRequests, useMockCrm } from './support/mock-crm.js';
import { focusedName, part, submit, submitAndWaitFor, summaryShown, summaryTitle, text } from './support/record-form.js';

// <crm-follow-up-form>: the record-form core with a date-time field (the user's wall time in the
// control, a UTC instant on the wire), quick choices beside it and the opportunity form's contact
// picker. Expected instants are worked out from local Dates, so the tests hold in any time zone.

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

/** A follow-up of `contact`'s at 10:30 local time in three days, with `fields` as given. */
const addFollowUp = (contact: { id: number }, fields: { type?: string; scheduled_date?: string } = {}) =>
  crm.db.followUps.insert({
    contact_id: contact.id,
    type: 'call',
    subject: 'Call about the quote',
    description: 'Two implants, lower jaw.',
    scheduled_date: new Date(new Date().getFullYear(), new Date().getMonth(), new Date().getDate() + 3, 10, 30).toISOString(),
    completed: false,
    completed_date: null,
    ...fields,
  });

const createForm = () => fixture<CrmFollowUpForm>(html`<crm-follow-up-form .client=${mockClient()}></crm-follow-up-form>`);

async function editForm(id: number) {
  const form = await fixture<CrmFollowUpForm>(html`<crm-follow-up-form .client=${mockClient()} follow-up-id=${id}></crm-follow-up-form>`);
  await waitUntil(() => form.shadowRoot!.querySelector('[part="form"]:not([inert])'), 'the follow-up never loaded');
  return form;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
const control = <T extends Control = HTMLInputElement>(form: Element, name: string) => form.shadowRoot!.querySelector<T>(`#${name}`)!;
const combobox = (form: Element) => control(form, 'contact_id');
const errorOf = (form: Element, name: string) => text(form, `#${name}-error`);
const quickChoice = (form: Element, name: string) =>
  [...form.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="quick-choice"]')].find((button) => button.textContent!.trim() === name)!;

/** A local wall time as the date-time input holds it. */
const pad = (value: number) => String(value).padStart(2, '0');
const localInput = (date: Date) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;

/** Types into a field as a user does: focus, new value, `input`. */
async function type(form: CrmFollowUpForm, name: string, value: string): Promise<void> {
  const input = control(form, name);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await form.updateComplete;
}

/** Chooses the first contact found for `search`, by keyboard. */
async function pick(form: CrmFollowUpForm, search: string): Promise<void> {
  combobox(form).focus();
  await sendKeys({ type: search });
  await waitUntil(() => form.shadowRoot!.querySelector('[role="option"]'), `no contact found for “${search}”`, { timeout: 3000 });
  await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ press: 'Enter' });
  await form.updateComplete;
}

/** Records the JSON body of every write with `method` to the follow-ups (the mock still answers them). */
function recordWrites(method: 'post' | 'put') {
  const writes: { body: unknown; key: string | null }[] = [];
  crm.use(
    http[method](`${crm.baseUrl}/follow-ups${method === 'put' ? '/:id' : ''}`, async ({ request }) => {
      writes.push({ body: await request.clone().json(), key: request.headers.get('Idempotency-Key') });
      return undefined;
    }),
  );
  return writes;
}

describe('<crm-follow-up-form>', () => {
  useMockCrm();

  describe('fields', () => {
    it('labels every control: a date-time input with its quick choices, a combobox for the contact, the types', async () => {
      const form = await createForm();
      const labels = (name: string) => control(form, name).labels?.[0]?.textContent?.replace(/\s+/g, ' ').trim();
      expect(['subject', 'type', 'scheduled_date', 'contact_id', 'description'].map(labels)).to.deep.equal([
        'Subject *',
        'Type',
        'Date and time *',
        'Contact *',
        'Description',
      ]);
      expect(control(form, 'scheduled_date').type).to.equal('datetime-local');
      expect(control(form, 'scheduled_date').value).to.equal('');
      expect(combobox(form).getAttribute('role')).to.equal('combobox');
      expect(control(form, 'description').tagName).to.equal('TEXTAREA');
      const types = control<HTMLSelectElement>(form, 'type');
      expect([...types.options].map((option) => option.textContent!.trim())).to.deep.equal(['Call', 'Email', 'Meeting', 'Note']);
      expect(types.value, 'a new follow-up is a call').to.equal('call');

      const group = part(form, 'quick-choices');
      expect(group.getAttribute('role')).to.equal('group');
      expect(group.getAttribute('aria-label')).to.equal('Quick choices');
      const nine = new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(new Date(2026, 0, 1, 9));
      expect([...group.querySelectorAll('button')].map((button) => button.textContent!.trim())).to.deep.equal([`Tomorrow ${nine}`, 'In a week']);
      expect(form.dirty).to.equal(false);
      await expect(form).to.be.accessible();
    });
  });

  describe('scheduling', () => {
    it('schedules with the contact picker and “Tomorrow 9:00”: one POST whose date is that local time as a UTC instant', async () => {
      const contact = addContact();
      const posts = recordWrites('post');
      const form = await createForm();
      await type(form, 'subject', ' Call about the quote ');
      await pick(form, 'Valderr');
      const nine = new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(new Date(2026, 0, 1, 9));
      quickChoice(form, `Tomorrow ${nine}`).click();
      await form.updateComplete;

      const now = new Date();
      const tomorrowAtNine = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 9, 0);
      expect(control(form, 'scheduled_date').value, 'the field shows the local time').to.equal(localInput(tomorrowAtNine));
      expect(form.dirty).to.equal(true);

      const created = oneEvent(form, 'crm-follow-up-created');
      submit(form);
      submit(form);
      const { detail } = await created;
      expect(posts.map(({ body }) => body)).to.deep.equal([
        {
          subject: 'Call about the quote',
          type: 'call',
          scheduled_date: tomorrowAtNine.toISOString(),
          contact_id: contact.id,
          description: '',
          completed: false,
        },
      ]);
      expect((posts[0]!.body as { scheduled_date: string }).scheduled_date).to.match(/Z$/);
      expect(posts[0]!.key).to.match(/^[0-9a-f-]{36}$/);
      expect(detail.followUp).to.include({ contact_id: contact.id, contact_name: 'Inés Valderrama', subject: 'Call about the quote', completed: false });
      expect(Date.parse(detail.followUp.scheduled_date)).to.equal(tomorrowAtNine.getTime());

      await form.updateComplete;
      expect(text(form, '[part="status"]')).to.equal('The follow-up was scheduled.');
      expect(control(form, 'subject').value, 'a new form').to.equal('');
      expect(control(form, 'scheduled_date').value).to.equal('');
      expect(form.dirty).to.equal(false);
    });

    it('“In a week” sets the same wall time seven days on, as typing would: it clears a message already shown', async () => {
      const form = await createForm();
      submit(form);
      await waitUntil(() => errorOf(form, 'scheduled_date'), 'no message for the date');
      expect(errorOf(form, 'scheduled_date')).to.equal('Enter the date and time of the follow-up.');

      const before = new Date();
      quickChoice(form, 'In a week').click();
      await form.updateComplete;
      const after = new Date();
      const inAWeek = (now: Date) => localInput(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 7, now.getHours(), now.getMinutes()));
      expect([inAWeek(before), inAWeek(after)]).to.include(control(form, 'scheduled_date').value);
      expect(errorOf(form, 'scheduled_date')).to.equal('');
      expect(control(form, 'scheduled_date').getAttribute('aria-invalid')).to.equal('false');
      expect(form.dirty).to.equal(true);
    });

    it('starts with the contact contact-id names, and keeps it for the next follow-up', async () => {
      const contact = addContact();
      const form = await fixture<CrmFollowUpForm>(html`<crm-follow-up-form .client=${mockClient()} contact-id=${contact.id}></crm-follow-up-form>`);
      await waitUntil(() => combobox(form).value === 'Inés Valderrama', 'the contact was not named');
      expect(form.dirty, 'a preset is no change').to.equal(false);
      await type(form, 'subject', 'Send the aftercare leaflet');
      await type(form, 'type', 'email');
      await type(form, 'scheduled_date', '2030-03-04T15:45');
      const { detail } = await submitAndWaitFor(form, 'crm-follow-up-created');
      expect(detail.followUp).to.include({ contact_id: contact.id, type: 'email' });
      expect(Date.parse(detail.followUp.scheduled_date)).to.equal(new Date(2030, 2, 4, 15, 45).getTime());
      await form.updateComplete;
      expect(combobox(form).value, 'the next one is for the same contact').to.equal('Inés Valderrama');
      expect(form.dirty).to.equal(false);
    });
  });

  describe('validation', () => {
    it('on submit, says what each field needs, focuses the subject, and sends nothing', async () => {
      const requests = recordRequests();
      const form = await createForm();
      submit(form);
      await waitUntil(() => focusedName(form) === 'subject', 'focus did not move to the subject');
      expect(errorOf(form, 'subject')).to.equal('Subject is required');
      expect(errorOf(form, 'scheduled_date')).to.equal('Enter the date and time of the follow-up.');
      expect(errorOf(form, 'contact_id')).to.equal('Choose a contact from the list.');
      expect(errorOf(form, 'description'), 'the description may stay empty').to.equal('');
      expect(control(form, 'subject').getAttribute('aria-describedby')).to.equal('subject-error');
      await summaryShown(form);
      expect(summaryTitle(form)).to.equal('3 fields need attention before the follow-up can be saved.');
      expect(requests.matching('POST', '/follow-ups')).to.have.length(0);
      requests.stop();
      await expect(form).to.be.accessible();
    });

    it('refuses a subject of spaces when it is left, and clears the message once one is typed', async () => {
      const form = await createForm();
      await type(form, 'subject', '   ');
      control(form, 'subject').dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
      await form.updateComplete;
      expect(errorOf(form, 'subject')).to.equal('Subject is required');
      await type(form, 'subject', 'Call back');
      expect(errorOf(form, 'subject')).to.equal('');
    });

    it('says what the fields need, and names the quick choices, in the form’s language', async () => {
      const form = await fixture<CrmFollowUpForm>(html`<crm-follow-up-form .client=${mockClient()} locale="es"></crm-follow-up-form>`);
      await waitUntil(() => text(form, 'label[for="scheduled_date"]').startsWith('Fecha y hora'), 'no Spanish');
      expect(quickChoice(form, 'Dentro de una semana')).to.be.instanceOf(HTMLButtonElement);
      submit(form);
      await waitUntil(() => errorOf(form, 'subject'), 'no message');
      expect(errorOf(form, 'subject')).to.equal('Asunto: campo obligatorio');
      expect(errorOf(form, 'scheduled_date')).to.equal('Indique la fecha y la hora del seguimiento.');
    });

    it('shows the server’s 422 beside its fields, focuses the first, and keeps what was typed', async () => {
      crm.use(
        http.post(`${crm.baseUrl}/follow-ups`, () =>
          HttpResponse.json({ message: 'Invalid.', errors: { scheduled_date: ['is outside opening hours'], subject: ['has already been taken'] } }, { status: 422 }),
        ),
      );
      addContact();
      const form = await createForm();
      await type(form, 'subject', 'Late call');
      await type(form, 'scheduled_date', '2030-01-10T23:30');
      await pick(form, 'Valderr');
      const failed = oneEvent(form, 'crm-error');
      submit(form);
      expect((await failed).detail.operation).to.equal('create');
      await waitUntil(() => focusedName(form) === 'subject', 'focus did not move to the field the server refused');
      expect(errorOf(form, 'subject')).to.equal('This subject is already used by another record.');
      expect(errorOf(form, 'scheduled_date')).to.equal('is outside opening hours');
      expect(control(form, 'scheduled_date').getAttribute('aria-invalid')).to.equal('true');
      expect(summaryTitle(form)).to.equal('2 fields need attention before the follow-up can be saved.');
      expect(control(form, 'scheduled_date').value, 'nothing typed is lost').to.equal('2030-01-10T23:30');
      expect(combobox(form).value).to.equal('Inés Valderrama');
      await expect(form).to.be.accessible();
    });

    it('keeps every value when saving fails for no field’s reason, says why, and fires crm-error', async () => {
      crm.scenario.set({ error: { status: 400, routes: ['POST /follow-ups'] } });
      addContact();
      const form = await createForm();
      await type(form, 'subject', 'Call about the quote');
      await type(form, 'type', 'meeting');
      await type(form, 'scheduled_date', '2030-01-10T11:15');
      await pick(form, 'Valderr');
      await type(form, 'description', 'Bring the X-rays.');
      await submitAndWaitFor(form, 'crm-error');
      await waitUntil(() => text(form, '[part="form-error"]'), 'the failure was not said');
      expect(['subject', 'type', 'scheduled_date', 'contact_id', 'description'].map((name) => control(form, name).value)).to.deep.equal([
        'Call about the quote',
        'meeting',
        '2030-01-10T11:15',
        'Inés Valderrama',
        'Bring the X-rays.',
      ]);
      expect(form.dirty).to.equal(true);
    });
  });

  describe('editing', () => {
    it('shows the follow-up in local time and its contact’s name, without asking the CRM for the contact', async () => {
      const contact = addContact();
      const followUp = addFollowUp(contact);
      const requests = recordRequests();
      const form = await editForm(followUp.id);
      expect(form.shadowRoot!.querySelector('form')!.getAttribute('aria-label')).to.equal('Edit follow-up');
      expect(control(form, 'scheduled_date').value).to.equal(localInput(new Date(followUp.scheduled_date)));
      expect(control(form, 'subject').value).to.equal('Call about the quote');
      expect(combobox(form).value).to.equal('Inés Valderrama');
      expect(form.dirty, 'the loaded date is no change').to.equal(false);
      await aTimeout(50);
      expect(requests.matching('GET', /^\/contacts/)).to.have.length(0);
      requests.stop();
      await expect(form).to.be.accessible();
    });

    it('sends only the changed fields with PUT: the date only when it was changed, and then as a UTC instant', async () => {
      const followUp = addFollowUp(addContact(), { scheduled_date: '2030-05-06T07:08:09.000Z' });
      const puts = recordWrites('put');
      const form = await editForm(followUp.id);
      await type(form, 'subject', 'Call about the revised quote');
      await type(form, 'description', '');
      const first = await submitAndWaitFor(form, 'crm-follow-up-updated');
      expect(first.detail.followUp).to.include({ subject: 'Call about the revised quote', scheduled_date: '2030-05-06T07:08:09.000Z' });
      expect(form.dirty).to.equal(false);

      await type(form, 'scheduled_date', '2030-05-07T16:20');
      await submitAndWaitFor(form, 'crm-follow-up-updated');
      expect(puts.map(({ body }) => body)).to.deep.equal([
        { subject: 'Call about the revised quote', description: '' },
        { scheduled_date: new Date(2030, 4, 7, 16, 20).toISOString() },
      ]);
    });

    it('keeps a type it does not know as sent, and does not send it unless changed', async () => {
      const followUp = addFollowUp(addContact(), { type: 'video_call' });
      const puts = recordWrites('put');
      const form = await editForm(followUp.id);
      const select = control<HTMLSelectElement>(form, 'type');
      expect(select.value).to.equal('video_call');
      expect(select.selectedOptions[0]!.textContent!.trim()).to.equal('Video call');
      await type(form, 'subject', 'Video call about the quote');
      const { detail } = await submitAndWaitFor(form, 'crm-follow-up-updated');
      expect(puts.map(({ body }) => body)).to.deep.equal([{ subject: 'Video call about the quote' }]);
      expect(detail.followUp.type).to.equal('video_call');
    });

    it('is dirty while a field differs from the saved follow-up, and not once it is back', async () => {
      const followUp = addFollowUp(addContact());
      const form = await editForm(followUp.id);
      const saved = control(form, 'scheduled_date').value;
      await type(form, 'scheduled_date', '2031-01-01T08:00');
      expect(form.dirty).to.equal(true);
      await type(form, 'scheduled_date', saved);
      expect(form.dirty).to.equal(false);
    });

    it('explains a 409 and, on reload, shows the saved follow-up and says which changes were discarded', async () => {
      const followUp = addFollowUp(addContact());
      crm.use(http.put(`${crm.baseUrl}/follow-ups/:id`, () => HttpResponse.json({ message: 'Changed meanwhile.' }, { status: 409 }), { once: true }));
      const form = await editForm(followUp.id);
      await type(form, 'subject', 'My subject');
      crm.db.followUps.update(followUp.id, { description: 'Their description' });
      submit(form);
      await waitUntil(() => form.shadowRoot!.querySelector('[part="conflict"]'), 'no conflict note');
      expect(text(form, '[part="conflict"]')).to.contain('Someone else changed this follow-up while you were editing it.');
      expect(control(form, 'subject').value, 'nothing typed is lost').to.equal('My subject');

      [...form.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Reload the follow-up')!.click();
      await waitUntil(() => control<HTMLTextAreaElement>(form, 'description')?.value === 'Their description', 'the saved follow-up did not show');
      await waitUntil(() => text(form, '[part="status"]').includes('discarded'), 'the discarded change was not said');
      expect(text(form, '[part="status"]')).to.equal('The follow-up was reloaded. Your changes to Subject were discarded; enter them again if they are still needed.');
    });
  });

  describe('permissions', () => {
    it('is not offered to a user who may not create follow-ups, and is to one who may', async () => {
      const provider = await fixture(
        html`<crm-provider .client=${mockClient()} .permissions=${{ followUps: ['edit'] }}><crm-follow-up-form></crm-follow-up-form></crm-provider>`,
      );
      const form = provider.querySelector('crm-follow-up-form')!;
      await form.updateComplete;
      expect(form.shadowRoot!.querySelector('form')).to.equal(null);
      expect(text(form, '[part="form-error"]')).to.not.equal('');

      const followUp = addFollowUp(addContact());
      form.followUpId = followUp.id;
      await waitUntil(() => form.shadowRoot!.querySelector('[part="form"]:not([inert])'), 'editing is allowed');
      expect(text(form, '[part="submit"]')).to.equal('Save changes');
    });
  });

  it('fires crm-cancel when Cancel is pressed', async () => {
    const form = await createForm();
    const cancelled = oneEvent(form, 'crm-cancel');
    part(form, 'cancel').click();
    expect((await cancelled).detail).to.deep.equal({});
  });
});
