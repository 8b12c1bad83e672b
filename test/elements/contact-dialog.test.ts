// <crm-contact-dialog>: the contact form in a modal dialog, with the contact's history (its
// opportunities and follow-ups) below the form when editing. The dialog's opening, closing and
// discard question are every record dialog's (lead-dialog.test.ts covers them in depth); these
// tests cover them for contacts, and the history.
import '@mindbrite/crm-elements/crm-contact-dialog.js';
import type { CrmContactDialog } from '@mindbrite/crm-elements/crm-contact-dialog.js';
import { contactDialogMessages } from '../../packages/crm-elements/src/messages/contact-dialog.js';
import { contactFormMessages } from '../../packages/crm-elements/src/messages/contact-form.js';
import { RecordDialog } from '../../packages/crm-elements/src/record-form/record-dialog.js';
import type { CrmClientOptions } from '@mindbrite/crm-client';
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { crm, mockClient, recordRequests, useMockCrm } from './support/mock-crm.js';
import {
  answer,
  asked,
  confirmation,
  control as formControl,
  countEvents,
  deepActiveElement,
  fill,
  formOf,
  main,
  part,
  submitAndWaitFor,
  text,
  type,
  XSS,
} from './support/record-form.js';

const shadow = (dialog: CrmContactDialog) => dialog.shadowRoot!;
/** A control of the dialog's form. */
const control = (dialog: CrmContactDialog, name: string) => formControl(formOf(dialog), name);
const history = (dialog: CrmContactDialog) => shadow(dialog).querySelector<HTMLElement>('[part="history"]');
const historyText = (dialog: CrmContactDialog) => text(dialog, '[part="history"]');
const items = (dialog: CrmContactDialog) => [...shadow(dialog).querySelectorAll<HTMLButtonElement>('[part="history-item"]')];
const itemNamed = (dialog: CrmContactDialog, name: string) => items(dialog).find((item) => item.querySelector('bdi')?.textContent === name);

async function openDialog(options?: { contactId?: number }, clientOptions?: CrmClientOptions): Promise<CrmContactDialog> {
  const dialog = await fixture<CrmContactDialog>(html`<crm-contact-dialog .client=${mockClient(clientOptions)} locale="en-US"></crm-contact-dialog>`);
  await dialog.open(options);
  return dialog;
}

/** A record dialog whose form's code fails to load the first time, as on a flaky connection. */
class FlakyDialog extends RecordDialog {
  failures = 1;

  constructor() {
    super({
      form: () =>
        this.failures-- > 0
          ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
          : import('@mindbrite/crm-elements/crm-contact-form.js'),
      formMessages: contactFormMessages,
      messages: contactDialogMessages,
    });
  }

  open(): Promise<void> {
    return this.show();
  }

  protected override renderForm() {
    return html`<crm-contact-form part="form" .client=${this.crmClient}></crm-contact-form>`;
  }
}
customElements.define('flaky-record-dialog', FlakyDialog);

// Dates at 11:00 UTC fall on the same day from UTC−11 to UTC+12, wherever the tests run.

/** A contact of its own, with two opportunities and two follow-ups (one done), so the history is known. */
function contactWithHistory() {
  const contact = crm.db.contacts.insert({
    first_name: 'Noor',
    last_name: 'Haddad',
    email: 'noor.haddad@example.org',
    phone: '+1 415 555 0177',
    company: null,
    position: null,
    status: 'active',
    source: 'referral',
    notes: null,
  });
  const opportunity = (title: string, stage: string, value: number) =>
    crm.db.opportunities.insert({
      title,
      description: null,
      contact_id: contact.id,
      value,
      stage,
      probability: 40,
      expected_close_date: '2030-06-30',
    });
  const followUp = (subject: string, type: string, scheduled_date: string, completed: boolean) =>
    crm.db.followUps.insert({
      contact_id: contact.id,
      type,
      subject,
      description: '',
      scheduled_date,
      completed,
      completed_date: completed ? scheduled_date : null,
    });
  return {
    contact,
    opportunities: [opportunity('Implant consultation', 'proposal', 4800), opportunity('Whitening package', 'closed_won', 650)],
    followUps: [followUp('Call about the quote', 'call', daysFromToday(3), false), followUp('Send aftercare leaflet', 'email', daysFromToday(-2), true)],
  };
}

/** Noon, `days` from today in the browser's time zone, as the API sends dates. */
function daysFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  date.setHours(12, 0, 0, 0);
  return date.toISOString();
}

/** A contact with no opportunities or follow-ups. */
function contactWithoutHistory() {
  const { contact } = contactWithHistory();
  crm.db.opportunities.deleteWhere((row) => row.contact_id === contact.id);
  crm.db.followUps.deleteWhere((row) => row.contact_id === contact.id);
  return contact;
}

describe('<crm-contact-dialog>', () => {
  useMockCrm();

  describe('the dialog', () => {
    it('opens as a labelled modal dialog with a new-contact form, focus on its first field, and no history', async () => {
      const requests = recordRequests();
      const dialog = await openDialog();
      expect(main(dialog).matches(':modal')).to.equal(true);
      expect(dialog.isOpen).to.equal(true);
      expect(shadow(dialog).getElementById(main(dialog).getAttribute('aria-labelledby')!)?.textContent?.trim()).to.equal('New contact');
      expect(deepActiveElement()).to.equal(control(dialog, 'first_name'));
      await aTimeout(50);
      expect(history(dialog)).to.equal(null);
      expect(requests.sent.filter(({ path }) => /^\/(opportunities|follow-ups)/.test(path))).to.deep.equal([]);
      requests.stop();
      await expect(dialog).to.be.accessible();
    });

    it('shows an error with Retry when the form’s code cannot load, and the form once Retry loads it', async () => {
      const dialog = (await fixture(html`<flaky-record-dialog .client=${mockClient()}></flaky-record-dialog>`)) as unknown as CrmContactDialog;
      await dialog.open();
      expect(dialog.isOpen).to.equal(true);
      expect(main(dialog).matches(':modal')).to.equal(true);
      expect(part(dialog, 'error').getAttribute('role')).to.equal('alert');
      expect(part(dialog, 'error').textContent).to.contain('Something went wrong. Try again.');
      expect(deepActiveElement()).to.equal(part(dialog, 'retry'));
      await expect(dialog).to.be.accessible();

      part(dialog, 'retry').click();
      await waitUntil(() => formOf(dialog) && deepActiveElement() === control(dialog, 'first_name'), 'Retry did not bring the form');
      expect(shadow(dialog).querySelector('[part="error"]')).to.equal(null);
    });

    it('asks before Escape discards unsaved changes, and Discard closes with crm-cancel', async () => {
      const dialog = await openDialog();
      await type(formOf(dialog), 'first_name', 'Noor');
      const cancels = countEvents(dialog, 'crm-cancel');
      await sendKeys({ press: 'Escape' });
      await asked(dialog, 'no confirmation');
      expect(confirmation(dialog).textContent).to.contain('The changes you made to this contact have not been saved and will be lost.');
      expect(deepActiveElement()).to.equal(part(dialog, 'keep-editing'));
      await expect(dialog).to.be.accessible();

      part(dialog, 'keep-editing').click();
      expect(main(dialog).open).to.equal(true);
      expect(control(dialog, 'first_name').value).to.equal('Noor');
      part(formOf(dialog), 'cancel').click();
      await answer(dialog, 'discard', 'Cancel did not ask');
      expect(main(dialog).open).to.equal(false);
      expect(cancels.count).to.equal(1);
    });

    it('creates a contact, closes, lets crm-contact-created out and says so outside the closed dialog', async () => {
      const dialog = await openDialog();
      await fill(formOf(dialog), { first_name: 'Noor', last_name: 'Haddad', email: 'noor.new@example.org' });
      const { detail } = await submitAndWaitFor(formOf(dialog), 'crm-contact-created', document.body);
      expect(detail.contact).to.include({ first_name: 'Noor', email: 'noor.new@example.org' });
      await dialog.updateComplete;
      expect(main(dialog).open).to.equal(false);
      const status = shadow(dialog).querySelector('[role="status"]')!;
      expect(status.closest('dialog')).to.equal(null);
      expect(status.textContent?.trim()).to.equal('The contact was created.');
    });

    it('edits the contact given to open(), and closes with crm-contact-updated once saved', async () => {
      const { contact } = contactWithHistory();
      const dialog = await openDialog({ contactId: contact.id });
      expect(part(dialog, 'title').textContent?.trim()).to.equal('Edit contact');
      await waitUntil(() => control(dialog, 'email')?.value === contact.email, 'the contact did not load');
      await waitUntil(() => deepActiveElement() === control(dialog, 'first_name'), 'focus did not move to the first field');
      await type(formOf(dialog), 'position', 'Patient liaison');
      expect((await submitAndWaitFor(formOf(dialog), 'crm-contact-updated', dialog)).detail.contact.position).to.equal('Patient liaison');
      await dialog.updateComplete;
      expect(main(dialog).open).to.equal(false);
      expect(shadow(dialog).querySelector('[role="status"]')!.textContent?.trim()).to.equal('The changes were saved.');
    });
  });

  describe('history', () => {
    it('lists the contact’s opportunities and open follow-ups, read filtered by contact_id', async () => {
      const { contact, opportunities, followUps } = contactWithHistory();
      const requests = recordRequests();
      const dialog = await openDialog({ contactId: contact.id });
      await waitUntil(() => items(dialog).length === 3, 'the history did not show');
      for (const path of ['/opportunities', '/follow-ups']) {
        const [request] = requests.matching('GET', path);
        expect(request?.query.get('contact_id'), path).to.equal(String(contact.id));
      }
      expect(requests.matching('GET', '/follow-ups')[0]?.query.get('completed'), 'open ones: those done are in the activity').to.equal('false');
      requests.stop();

      expect([...history(dialog)!.querySelectorAll('h3, h4')].map((heading) => heading.textContent?.trim())).to.deep.equal([
        'History',
        'Opportunities',
        'Open follow-ups',
        'Activity',
      ]);
      const text = (name: string) => itemNamed(dialog, name)?.textContent?.replace(/\s+/g, ' ').trim();
      expect(text(opportunities[0]!.title)).to.equal('Implant consultation Proposal, $4,800');
      expect(text(opportunities[1]!.title)).to.equal('Whitening package Won, $650');
      expect(text(followUps[0]!.subject), 'said relative to today').to.equal('Call about the quote Call, due in 3 days');
      expect(itemNamed(dialog, followUps[1]!.subject), 'one done is in the activity, not among the open ones').to.equal(undefined);
      await expect(dialog).to.be.accessible();
    });

    it('fires crm-opportunity-select and crm-follow-up-select with the record when an item is clicked or Enter is pressed on it', async () => {
      const { contact, opportunities, followUps } = contactWithHistory();
      const dialog = await openDialog({ contactId: contact.id });
      await waitUntil(() => items(dialog).length === 3, 'the history did not show');

      const opportunitySelected = oneEvent(dialog, 'crm-opportunity-select');
      itemNamed(dialog, opportunities[1]!.title)!.click();
      const { detail, bubbles, composed } = await opportunitySelected;
      expect(bubbles && composed).to.equal(true);
      expect(detail.opportunity).to.include({ id: opportunities[1]!.id, title: 'Whitening package', contact_id: contact.id });

      const followUpSelected = oneEvent(dialog, 'crm-follow-up-select');
      itemNamed(dialog, followUps[0]!.subject)!.focus();
      await sendKeys({ press: 'Enter' });
      expect((await followUpSelected).detail.followUp).to.include({ id: followUps[0]!.id, subject: 'Call about the quote' });
      expect(main(dialog).open, 'the dialog stays open').to.equal(true);
    });

    it('says so when the contact has no opportunities or follow-ups', async () => {
      const contact = contactWithoutHistory();
      const dialog = await openDialog({ contactId: contact.id });
      await waitUntil(() => historyText(dialog).includes('No open follow-ups'), 'the empty history did not show');
      expect([...history(dialog)!.querySelectorAll('[part="empty"]')].map((empty) => empty.textContent?.trim())).to.deep.equal([
        'No opportunities for this contact yet.',
        'No open follow-ups for this contact.',
      ]);
      expect(items(dialog)).to.deep.equal([]);
      await expect(dialog).to.be.accessible();
    });

    it('shows a placeholder while the history loads, and the form can be edited meanwhile', async () => {
      const { contact } = contactWithHistory();
      crm.scenario.set({ latency: { min: 400, max: 400, routes: ['GET /opportunities', 'GET /follow-ups'] } });
      const dialog = await openDialog({ contactId: contact.id });
      await waitUntil(() => control(dialog, 'first_name')?.value === contact.first_name, 'the form did not load');
      expect(history(dialog)?.querySelector('[part="skeleton"]')).to.not.equal(null);
      expect(history(dialog)?.getAttribute('aria-busy')).to.equal('true');
      await type(formOf(dialog), 'notes', 'Typed while the history loads.');
      expect(formOf(dialog).dirty).to.equal(true);
      await waitUntil(() => items(dialog).length === 3, 'the history did not show');
      expect(control(dialog, 'notes').value).to.equal('Typed while the history loads.');
    });

    it('shows an error with Retry when the history cannot load, fires crm-error once, and never blocks saving', async () => {
      const { contact } = contactWithHistory();
      crm.scenario.set({ error: { status: 500, routes: ['GET /opportunities'] } });
      const errors: CustomEvent[] = [];
      const dialog = await fixture<CrmContactDialog>(html`<crm-contact-dialog .client=${mockClient()}></crm-contact-dialog>`);
      dialog.addEventListener('crm-error', (event) => errors.push(event));
      await dialog.open({ contactId: contact.id });
      await waitUntil(() => part(dialog, 'history-error'), 'no error state');
      expect(part(dialog, 'history-error').getAttribute('role')).to.equal('alert');
      expect(part(dialog, 'history-error').textContent).to.contain('The CRM ran into a problem on its side.');
      expect(errors.map(({ detail }) => detail.operation)).to.deep.equal(['load']);
      await expect(dialog).to.be.accessible();

      await waitUntil(() => control(dialog, 'first_name')?.value === contact.first_name, 'the form did not load');
      await type(formOf(dialog), 'position', 'Saved despite the history');
      expect((await submitAndWaitFor(formOf(dialog), 'crm-contact-updated', dialog)).detail.contact.position).to.equal('Saved despite the history');

      // Opened again at once, as a host may on crm-contact-updated: the closed dialog's late `close`
      // event must not close the new opening.
      crm.scenario.reset();
      await dialog.open({ contactId: contact.id });
      await waitUntil(() => items(dialog).length === 3, 'a new opening loads the history again');
      expect(dialog.isOpen).to.equal(true);
    });

    it('loads the history again with Retry', async () => {
      const { contact } = contactWithHistory();
      crm.scenario.set({ error: { status: 503, routes: ['GET /follow-ups'] } });
      const dialog = await openDialog({ contactId: contact.id });
      await waitUntil(() => part(dialog, 'history-error'), 'no error state');
      crm.scenario.reset();
      part(dialog, 'history-error').querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await waitUntil(() => items(dialog).length === 3, 'Retry did not load the history');
    });

    it('stops loading the history when the dialog closes, without an error', async () => {
      const { contact } = contactWithHistory();
      crm.scenario.set({ hang: { routes: ['GET /opportunities', 'GET /follow-ups'] } });
      const signals: AbortSignal[] = [];
      const recordSignals: typeof fetch = (input, init) => {
        const request = new Request(input, init);
        if (/\/(opportunities|follow-ups)/.test(request.url)) signals.push(request.signal);
        return fetch(request);
      };
      const dialog = await openDialog({ contactId: contact.id }, { fetch: recordSignals });
      const errors = countEvents(dialog, 'crm-error');
      // The opportunities, the follow-ups, and the activity's follow-ups (its timeline loads its own).
      await waitUntil(() => signals.length === 3, 'the history was not requested');
      expect(signals.some((signal) => signal.aborted)).to.equal(false);

      dialog.close();
      await waitUntil(() => signals.every((signal) => signal.aborted), 'the history requests were not aborted');
      await aTimeout(50);
      expect(errors.count).to.equal(0);
    });

    it('follows follow-ups added through the same client while it is open', async () => {
      const { contact } = contactWithHistory();
      const client = mockClient();
      const dialog = await fixture<CrmContactDialog>(html`<crm-contact-dialog .client=${client}></crm-contact-dialog>`);
      await dialog.open({ contactId: contact.id });
      await waitUntil(() => items(dialog).length === 3, 'the history did not show');
      await client.followUps.create({
        contact_id: contact.id,
        type: 'meeting',
        subject: 'Check-up visit',
        description: '',
        scheduled_date: '2030-06-01T08:00:00Z',
        completed: false,
      });
      await waitUntil(() => itemNamed(dialog, 'Check-up visit'), 'the new follow-up did not show');
    });

    it('shows a stage or type it does not know as sent, and renders hostile titles as text', async () => {
      const { contact } = contactWithHistory();
      crm.db.opportunities.insert({
        title: XSS,
        description: null,
        contact_id: contact.id,
        value: 1e308,
        stage: 'on_ice',
        probability: 0,
        expected_close_date: '2030-01-01',
      });
      crm.db.followUps.insert({
        contact_id: contact.id,
        type: 'carrier_pigeon',
        subject: '<script>window.__xss=2</script>',
        description: '',
        scheduled_date: daysFromToday(1),
        completed: false,
        completed_date: null,
      });
      const dialog = await openDialog({ contactId: contact.id });
      await waitUntil(() => items(dialog).length === 5, 'the history did not show');
      const text = (name: string) => itemNamed(dialog, name)?.textContent?.replace(/\s+/g, ' ').trim();
      expect(text(XSS), 'a huge value abbreviated').to.equal(`${XSS} On ice, $1E308`);
      expect(text('<script>window.__xss=2</script>')).to.equal('<script>window.__xss=2</script> Carrier pigeon, due tomorrow');
      await aTimeout(50);
      expect(history(dialog)!.querySelector('img, script')).to.equal(null);
      expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
    });
  });
});
