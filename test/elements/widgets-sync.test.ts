// Widgets that share a client through <crm-provider> stay in sync with no host code: a lead
// created in <crm-lead-form>, by host code on the client, or deleted in another list, shows in
// <crm-leads-list> at once.
import { fixture, html } from '@open-wc/testing';
import '../../packages/crm-elements/src/provider/crm-provider.js';
import '../../packages/crm-elements/src/lead-form/crm-lead-form.js';
import { mockClient, recordRequests, useMockCrm } from './support/mock-crm.js';
import { announcement, button, expect, names, rowAction, rows, shadow, waitForSettled, waitFor, type CrmLeadsList } from './support/leads-list.js';

const newLead = {
  first_name: 'Nadia',
  last_name: 'Okonkwo-Synced',
  email: 'nadia.synced@example.test',
  phone: '+1 555 010 9999',
  company: 'Harbour Physio',
  status: 'new',
  pipeline_id: 1,
};

describe('widgets sharing a client through crm-provider', function () {
  // Generous: these suites share two cores with other suites, and axe over a page of rows is slow there.
  this.timeout(20_000);
  useMockCrm();

  it('shows a lead created in crm-lead-form in the list, without host code', async () => {
    const provider = await fixture<HTMLElement>(html`<crm-provider .client=${mockClient()}>
      <crm-lead-form></crm-lead-form>
      <crm-leads-list></crm-leads-list>
    </crm-provider>`);
    const list = provider.querySelector('crm-leads-list')!;
    const form = provider.querySelector('crm-lead-form')!;
    await waitForSettled(list);
    await form.updateComplete;
    expect(names(list)).not.to.include('Nadia Okonkwo-Synced');

    const requests = recordRequests();
    const formRoot = form.shadowRoot!;
    for (const name of ['first_name', 'last_name', 'email', 'phone', 'company'] as const) {
      const input = formRoot.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
      input.value = newLead[name];
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    formRoot.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitFor(() => names(list)[0] === 'Nadia Okonkwo-Synced', 'the new lead heads the list');
    expect(requests.matching('POST', '/leads')).to.have.length(1);
    requests.stop();
  });

  it('shows a lead host code creates through the shared client', async () => {
    const client = mockClient();
    const provider = await fixture<HTMLElement>(html`<crm-provider .client=${client}><crm-leads-list></crm-leads-list></crm-provider>`);
    const list = provider.querySelector('crm-leads-list')!;
    await waitForSettled(list);
    await client.leads.create(newLead);
    await waitFor(() => names(list)[0] === 'Nadia Okonkwo-Synced', 'the new lead heads the list');
    expect(announcement(list)).to.equal('25 of 251 leads');
  });

  it('updates one list when a lead is deleted in another', async () => {
    const provider = await fixture<HTMLElement>(html`<crm-provider .client=${mockClient()}>
      <crm-leads-list id="one"></crm-leads-list>
      <crm-leads-list id="two"></crm-leads-list>
    </crm-provider>`);
    const [one, two] = [...provider.querySelectorAll<CrmLeadsList>('crm-leads-list')] as [CrmLeadsList, CrmLeadsList];
    await waitForSettled(one);
    await waitForSettled(two);
    const doomed = names(two)[0]!;
    await rowAction(one, rows(one)[0]!, 'Delete');
    await waitFor(() => shadow(one).querySelector<HTMLDialogElement>('dialog.confirm')?.open, 'the confirmation');
    button(shadow(one).querySelector('dialog.confirm')!, 'Delete lead').click();
    await waitFor(() => !names(two).includes(doomed), 'the other list dropped the lead');
  });
});
