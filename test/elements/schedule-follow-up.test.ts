// "Schedule follow-up" with no host code: the dashboard's quick action, the contacts list's row
// action (the contact preset) and the leads list's (converting the lead first), each opening a
// <crm-follow-up-dialog> loaded on first use; the host may cancel the event; permissions hide them.
import '@mindbrite/crm-elements/crm-dashboard.js';
import '@mindbrite/crm-elements/crm-contacts-list.js';
import '@mindbrite/crm-elements/crm-leads-list.js';
import '@mindbrite/crm-elements/crm-provider.js';
import type { CrmPermissions } from '@mindbrite/crm-elements';
import type { CrmDashboard } from '@mindbrite/crm-elements/crm-dashboard.js';
import type { CrmFollowUpDialog } from '@mindbrite/crm-elements/crm-follow-up-dialog.js';
import { aTimeout, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { crm, mockClient, recordRequests, useMockCrm } from './support/mock-crm.js';
import { formOf, main, submit } from './support/record-form.js';
import { answer, expect, fullName, idOf, menuItems, openRowMenu, rowAction, rows, settledList, shadow } from './support/records-list.js';
import type { CrmContactsList, CrmLeadsList } from './support/records-list.js';

/** The follow-up dialog `host` keeps in its shadow root, once loaded. */
const dialogIn = (host: Element) => host.shadowRoot!.querySelector<CrmFollowUpDialog>('crm-follow-up-dialog');

async function dialogOpened(host: Element): Promise<CrmFollowUpDialog> {
  await waitUntil(() => dialogIn(host)?.isOpen && formOf(dialogIn(host)!), 'the follow-up dialog did not open', { timeout: 4000 });
  const dialog = dialogIn(host)!;
  await formOf(dialog).updateComplete;
  return dialog;
}

/** A control of the dialog's form, by id. */
const control = (dialog: Element, name: string) => formOf(dialog).shadowRoot!.querySelector<HTMLInputElement>(`#${name}`)!;

/** Types into a control of the dialog's form as a user does. */
async function type(dialog: Element, name: string, value: string): Promise<void> {
  const input = control(dialog, name);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await formOf(dialog).updateComplete;
}

/** Fills in the subject and a time, presses save, and returns the follow-up created. */
async function schedule(host: Element, dialog: CrmFollowUpDialog) {
  await type(dialog, 'subject', 'Call about the results');
  await type(dialog, 'scheduled_date', '2030-09-30T10:00');
  const created = oneEvent(host, 'crm-follow-up-created');
  submit(formOf(dialog));
  const { detail } = await created;
  await waitUntil(() => !dialog.isOpen, 'the dialog did not close after saving');
  return detail.followUp;
}

function addContact() {
  return crm.db.contacts.insert({
    first_name: 'Inés',
    last_name: 'Valderrama',
    email: 'ines.valderrama@example.org',
    phone: '+1 415 555 0142',
    company: null,
    position: null,
    status: 'active',
    source: 'referral',
    notes: null,
  });
}

/** A new lead, found by a list searching for "Wieczorek". */
const addLead = (status = 'new') =>
  crm.db.leads.insert({
    first_name: 'Tomasz',
    last_name: 'Wieczorek',
    email: 'tomasz.wieczorek@example.org',
    phone: '+1 415 555 0199',
    company: '',
    status,
    source: 'website',
    notes: null,
    pipeline_id: 1,
    assigned_to: null,
  });

describe('"Schedule follow-up" entry points', function () {
  this.timeout(20_000);
  useMockCrm();

  it('the dashboard\'s quick action, with quick-actions="inline", opens the follow-up dialog; the follow-up is POSTed with the contact chosen', async () => {
    const contact = addContact();
    const dashboard = await fixture<CrmDashboard>(html`<crm-dashboard .client=${mockClient()} quick-actions="inline" locale="en-US"></crm-dashboard>`);
    expect(dialogIn(dashboard)?.isOpen ?? false).to.equal(false);
    const action = oneEvent(dashboard, 'crm-quick-action');
    dashboard.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="schedule-follow-up"]')!.click();
    expect((await action).detail.action).to.equal('schedule-follow-up');
    const dialog = await dialogOpened(dashboard);
    expect(main(dialog).matches(':modal')).to.equal(true);
    await expect(dashboard).to.be.accessible();

    // The contact, searched and chosen by keyboard as a user does.
    control(dialog, 'contact_id').focus();
    await sendKeys({ type: 'Valderrama' });
    await waitUntil(() => formOf(dialog).shadowRoot!.querySelector('[role="option"]'), 'no contact found', { timeout: 3000 });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    const requests = recordRequests();
    const followUp = await schedule(dashboard, dialog);
    requests.stop();
    expect(requests.matching('POST', '/follow-ups')).to.have.length(1);
    expect(followUp).to.include({ contact_id: contact.id, subject: 'Call about the results', completed: false });
    expect(crm.db.followUps.get(followUp.id).contact_id).to.equal(contact.id);
  });

  it('the dashboard keeps its follow-up dialog closed when the host cancels the quick action', async () => {
    const dashboard = await fixture<CrmDashboard>(html`<crm-dashboard .client=${mockClient()} quick-actions="inline" locale="en-US"></crm-dashboard>`);
    dashboard.addEventListener('crm-quick-action', (event) => event.preventDefault());
    dashboard.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="schedule-follow-up"]')!.click();
    await aTimeout(400);
    expect(dialogIn(dashboard)?.isOpen ?? false).to.equal(false);
  });

  it('the contacts list\'s row action opens the follow-up dialog with the row\'s contact preset', async () => {
    const contact = addContact();
    const list = await settledList<CrmContactsList>(html`<crm-contacts-list .client=${mockClient()} locale="en-US"></crm-contacts-list>`);
    const row = rows(list).find((candidate) => idOf(candidate) === contact.id)!;
    const asked = oneEvent(list, 'crm-schedule-follow-up');
    await rowAction(list, row, 'Schedule follow-up');
    const { detail } = await asked;
    expect('contact' in detail && detail.contact.id).to.equal(contact.id);
    const dialog = await dialogOpened(list);
    await waitUntil(() => control(dialog, 'contact_id').value === fullName(contact), 'the contact was not preset');
    await expect(list).to.be.accessible();
    const followUp = await schedule(list, dialog);
    expect(followUp.contact_id).to.equal(contact.id);
  });

  it('the contacts list keeps the dialog closed when the host cancels crm-schedule-follow-up', async () => {
    const list = await settledList<CrmContactsList>(html`<crm-contacts-list .client=${mockClient()} locale="en-US"></crm-contacts-list>`);
    list.addEventListener('crm-schedule-follow-up', (event) => event.preventDefault());
    await rowAction(list, rows(list)[0]!, 'Schedule follow-up');
    await aTimeout(400);
    expect(dialogIn(list), 'not even loaded').to.equal(null);
  });

  it('the leads list\'s row action converts the lead, once confirmed, then opens the dialog with the new contact', async () => {
    const lead = addLead();
    const list = await settledList<CrmLeadsList>(html`<crm-leads-list .client=${mockClient()} locale="en-US" search="Wieczorek"></crm-leads-list>`);
    const row = rows(list).find((candidate) => idOf(candidate) === lead.id)!;
    expect(menuItems(await openRowMenu(list, row))).to.deep.equal(['Convert to contact', 'Schedule follow-up', 'Delete']);
    await sendKeys({ press: 'Escape' });
    const asked = oneEvent(list, 'crm-schedule-follow-up');
    const converted = oneEvent(list, 'crm-lead-converted');
    await rowAction(list, row, 'Schedule follow-up');
    const { detail } = await asked;
    expect('lead' in detail && detail.lead.id).to.equal(lead.id);
    expect(dialogIn(list)?.isOpen ?? false, 'nothing opens before the conversion').to.equal(false);
    await answer(list, 'Convert to contact');
    const { contact } = (await converted).detail;
    expect(fullName(contact)).to.equal(fullName(lead));
    expect(crm.db.leads.get(lead.id).status).to.equal('converted');

    const dialog = await dialogOpened(list);
    await waitUntil(() => control(dialog, 'contact_id').value === fullName(lead), 'the new contact was not preset');
    const followUp = await schedule(list, dialog);
    expect(followUp.contact_id).to.equal(contact.id);
  });

  it('the leads list neither converts nor opens anything when the user declines the conversion', async () => {
    const lead = addLead();
    const list = await settledList<CrmLeadsList>(html`<crm-leads-list .client=${mockClient()} locale="en-US" search="Wieczorek"></crm-leads-list>`);
    const requests = recordRequests();
    await rowAction(list, rows(list).find((candidate) => idOf(candidate) === lead.id)!, 'Schedule follow-up');
    await answer(list, 'Cancel');
    await aTimeout(400);
    requests.stop();
    expect(requests.matching('POST', /\/convert$/)).to.have.length(0);
    expect(dialogIn(list)?.isOpen ?? false).to.equal(false);
  });

  it('the leads list leaves a lead to a host that cancels crm-schedule-follow-up: no conversion, no dialog', async () => {
    const lead = addLead();
    const list = await settledList<CrmLeadsList>(html`<crm-leads-list .client=${mockClient()} locale="en-US" search="Wieczorek"></crm-leads-list>`);
    list.addEventListener('crm-schedule-follow-up', (event) => event.preventDefault());
    const requests = recordRequests();
    await rowAction(list, rows(list).find((candidate) => idOf(candidate) === lead.id)!, 'Schedule follow-up');
    await aTimeout(400);
    requests.stop();
    expect(shadow(list).querySelector<HTMLDialogElement>('dialog.confirm')?.open ?? false, 'no confirmation').to.equal(false);
    expect(requests.matching('POST', /\/convert$/)).to.have.length(0);
    expect(crm.db.leads.get(lead.id).status).to.equal('new');
    expect(dialogIn(list)).to.equal(null);
  });

  it('the leads list opens the dialog without a contact for a lead converted already, for the user to pick one', async () => {
    const lead = addLead('converted');
    const list = await settledList<CrmLeadsList>(html`<crm-leads-list .client=${mockClient()} locale="en-US" search="Wieczorek"></crm-leads-list>`);
    const row = rows(list).find((candidate) => idOf(candidate) === lead.id)!;
    expect(menuItems(await openRowMenu(list, row))).to.deep.equal(['Schedule follow-up', 'Delete']);
    await sendKeys({ press: 'Escape' });
    const requests = recordRequests();
    await rowAction(list, row, 'Schedule follow-up');
    const dialog = await dialogOpened(list);
    requests.stop();
    expect(control(dialog, 'contact_id').value).to.equal('');
    expect(requests.matching('POST', /\/convert$/)).to.have.length(0);
  });

  describe('permissions', () => {
    const inProvider = (permissions: CrmPermissions, widget: ReturnType<typeof html>) =>
      html`<crm-provider .client=${mockClient()} .permissions=${permissions}>${widget}</crm-provider>`;
    const readOnlyFollowUps: CrmPermissions = { leads: ['convert', 'delete'], contacts: ['delete', 'create'], followUps: [] };

    it('hide "Schedule follow-up" from a user who may not create follow-ups', async () => {
      const contacts = await settledList<CrmContactsList>(inProvider(readOnlyFollowUps, html`<crm-contacts-list></crm-contacts-list>`));
      expect(menuItems(await openRowMenu(contacts, rows(contacts)[0]!))).to.deep.equal(['Delete']);
      await sendKeys({ press: 'Escape' });
      addLead();
      const leads = await settledList<CrmLeadsList>(inProvider(readOnlyFollowUps, html`<crm-leads-list search="Wieczorek"></crm-leads-list>`));
      expect(menuItems(await openRowMenu(leads, rows(leads)[0]!))).to.deep.equal(['Convert to contact', 'Delete']);
      await sendKeys({ press: 'Escape' });
      const provider = fixtureSync<HTMLElement>(inProvider(readOnlyFollowUps, html`<crm-dashboard quick-actions="inline"></crm-dashboard>`));
      const inside = provider.querySelector('crm-dashboard')!;
      await waitUntil(() => inside.shadowRoot?.querySelector('[part="quick-action"]'), 'no quick actions');
      expect(inside.shadowRoot!.querySelector('[data-action="schedule-follow-up"]')).to.equal(null);
      expect(inside.shadowRoot!.querySelector('[data-action="new-contact"]')).to.not.equal(null);
    });

    it('hide the leads list\'s "Schedule follow-up" from a user who may not convert leads', async () => {
      addLead();
      const leads = await settledList<CrmLeadsList>(inProvider({ leads: ['delete'], followUps: ['create'] }, html`<crm-leads-list search="Wieczorek"></crm-leads-list>`));
      expect(menuItems(await openRowMenu(leads, rows(leads)[0]!))).to.deep.equal(['Delete']);
    });
  });
});
