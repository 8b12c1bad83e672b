// What the signed-in user may do, given to <crm-provider permissions>: the widgets hide the rest.
// (The API's 403s, which hide an action for the page's life, are in permissions-refused.test.ts:
// what they hide would leak into the tests here.)
import { html, waitUntil } from '@open-wc/testing';
import type { CrmProvider, CrmPermissions } from '@mindbrite/crm-elements';
import { mockClient, recordRequests, useMockCrm } from './support/mock-crm.js';
import { control, part } from './support/record-form.js';
import { bulkBar, button, expect, menuItems, openRowMenu, rowBox, rows, settledList, shadow, waitFor } from './support/leads-list.js';
import type { CrmContactsList, CrmLeadsList } from './support/leads-list.js';
import '@mindbrite/crm-elements';

const inProvider = (permissions: CrmPermissions | undefined, widgets: ReturnType<typeof html>) =>
  html`<crm-provider .client=${mockClient()} .permissions=${permissions}>${widgets}</crm-provider>`;

/** The labels of the buttons a user sees in a row (Edit, the menu). */
const rowButtons = (row: HTMLTableRowElement) => [...row.querySelectorAll('button')].map((button) => button.getAttribute('aria-label'));
const exportButton = (list: HTMLElement) => shadow(list).querySelector('[part="export"]');
const selectAllBox = (list: HTMLElement) => shadow(list).querySelector('thead input[type="checkbox"]');
const quickActions = (dashboard: Element) =>
  [...dashboard.shadowRoot!.querySelectorAll('[part="quick-action"]')].map((action) => action.textContent!.trim());

/** Opens the read-only view of `row`'s record, as a click on the row does, and returns its buttons' labels. */
async function viewButtons(list: HTMLElement, row: HTMLTableRowElement): Promise<string[]> {
  row.querySelector('td:not(.check)')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  await waitFor(() => shadow(list).querySelector<HTMLDialogElement>('dialog.record-view')?.open, 'the record view opens');
  return [...shadow(list).querySelectorAll('[part="record-view-actions"] button')].map((button) => button.textContent!.trim());
}

describe('permissions from <crm-provider>', function () {
  this.timeout(20_000);
  useMockCrm();

  it('without permissions offers every action', async () => {
    const list = await settledList<CrmLeadsList>(inProvider(undefined, html`<crm-leads-list></crm-leads-list>`));
    const row = rows(list)[0]!;
    expect(rowButtons(row).map((label) => label!.split(' ')[0])).to.deep.equal(['Edit', 'More']);
    expect(rowBox(row)).not.to.equal(null);
    expect(exportButton(list)).not.to.equal(null);
  });

  it('a read-only user of leads sees the leads and nothing that changes them', async () => {
    const requests = recordRequests();
    const list = await settledList<CrmLeadsList>(inProvider({ leads: [] }, html`<crm-leads-list></crm-leads-list>`));
    for (const row of rows(list)) expect(rowButtons(row), 'no Edit, no menu').to.deep.equal([]);
    expect(rowBox(rows(list)[0]!), 'no row selection').to.equal(null);
    expect(selectAllBox(list)).to.equal(null);
    expect(exportButton(list), 'no export').to.equal(null);
    expect(await viewButtons(list, rows(list)[0]!), 'the record view only shows the record').to.deep.equal([]);
    await expect(list).to.be.accessible();
    expect(requests.sent.filter(({ method }) => method !== 'GET')).to.deep.equal([]);
    requests.stop();
  });

  it('offers each permitted action and hides the others: edit and delete, no convert, bulk or export', async () => {
    const list = await settledList<CrmLeadsList>(inProvider({ leads: ['edit', 'delete'] }, html`<crm-leads-list></crm-leads-list>`));
    const row = rows(list).find((candidate) => !candidate.textContent!.includes('Converted'))!;
    expect(rowButtons(row).map((label) => label!.split(' ')[0])).to.deep.equal(['Edit', 'More']);
    expect(menuItems(await openRowMenu(list, row))).to.deep.equal(['Delete']);
    expect(rowBox(row)).to.equal(null);
    expect(exportButton(list)).to.equal(null);
  });

  it('hides the menu of a row whose only action is not permitted', async () => {
    const list = await settledList<CrmLeadsList>(inProvider({ leads: ['convert'] }, html`<crm-leads-list status="converted"></crm-leads-list>`));
    expect(rows(list).length).to.be.greaterThan(0);
    for (const row of rows(list)) expect(rowButtons(row), 'a converted lead cannot be converted again').to.deep.equal([]);
  });

  it('bulk actions need bulk and the action itself', async () => {
    const list = await settledList<CrmLeadsList>(inProvider({ leads: ['bulk', 'edit'] }, html`<crm-leads-list></crm-leads-list>`));
    rowBox(rows(list)[0]!).click();
    await waitFor(() => bulkBar(list), 'the bulk bar');
    expect(bulkBar(list)!.querySelector('select'), 'the status change').not.to.equal(null);
    expect(bulkBar(list)!.textContent).not.to.contain('Delete selected');

    const onlyBulk = await settledList<CrmLeadsList>(inProvider({ leads: ['bulk'] }, html`<crm-leads-list></crm-leads-list>`));
    expect(rowBox(rows(onlyBulk)[0]!), 'nothing to do in bulk: no selection').to.equal(null);
  });

  it('follows the collection of each action: contacts, and follow-ups for "Schedule follow-up"', async () => {
    const contacts = await settledList<CrmContactsList>(
      inProvider({ contacts: ['delete', 'export'] }, html`<crm-contacts-list></crm-contacts-list>`),
    );
    expect(menuItems(await openRowMenu(contacts, rows(contacts)[0]!))).to.deep.equal(['Delete']);
    expect(exportButton(contacts)).not.to.equal(null);

    const scheduling = await settledList<CrmContactsList>(
      inProvider({ contacts: [], followUps: ['create'] }, html`<crm-contacts-list></crm-contacts-list>`),
    );
    expect(menuItems(await openRowMenu(scheduling, rows(scheduling)[0]!))).to.deep.equal(['Schedule follow-up']);
  });

  it('the dashboard offers only the quick actions the user may take', async () => {
    const host = await settledList<HTMLElement>(
      inProvider({ contacts: ['create'], followUps: ['create'] }, html`<crm-dashboard></crm-dashboard><crm-leads-list></crm-leads-list>`),
    ).then((list) => list.parentElement!);
    const dashboard = host.querySelector('crm-dashboard')!;
    await waitUntil(() => quickActions(dashboard).length, 'the quick actions');
    expect(quickActions(dashboard)).to.deep.equal(['New contact', 'Schedule follow-up']);

    (host as CrmProvider).permissions = { leads: ['edit'] };
    await waitUntil(() => !dashboard.shadowRoot!.querySelector('[part="quick-actions"]'), 'no quick action is left, nor their group');
  });

  it('a form the user may not save is not offered; one they may save is', async () => {
    const provider = document.createElement('crm-provider');
    provider.client = mockClient();
    provider.permissions = { leads: ['edit'] };
    const creating = document.createElement('crm-lead-form');
    provider.append(creating);
    document.body.append(provider);
    try {
      await waitUntil(() => part(creating, 'form-error'), 'the form says why it is not there');
      expect(part(creating, 'form-error').textContent).to.contain('You do not have permission');
      expect(creating.shadowRoot!.querySelector('form'), 'no fields to fill in').to.equal(null);

      const editing = document.createElement('crm-lead-form');
      editing.setAttribute('lead-id', '1');
      provider.append(editing);
      await waitUntil(() => control(editing, 'first_name')?.value, 'the lead loads');
      expect(part(editing, 'submit').textContent!.trim()).to.equal('Save changes');

      provider.permissions = { leads: ['create'] };
      await waitUntil(() => !editing.shadowRoot!.querySelector('form'), 'editing is no longer offered');
      await waitUntil(() => creating.shadowRoot!.querySelector('form'), 'creating is');
      expect(part(creating, 'submit').textContent!.trim()).to.equal('Create lead');
    } finally {
      provider.remove();
    }
  });

  it('takes them as JSON in the attribute', async () => {
    const list = await settledList<CrmLeadsList>(
      html`<crm-provider .client=${mockClient()} permissions='{"leads": ["export"]}'><crm-leads-list></crm-leads-list></crm-provider>`,
    );
    expect(exportButton(list)).not.to.equal(null);
    expect(rowButtons(rows(list)[0]!)).to.deep.equal([]);
    list.parentElement!.setAttribute('permissions', '{"leads": ["edit"]}');
    await waitFor(() => !exportButton(list), 'the export goes');
    expect(rowButtons(rows(list)[0]!)[0]).to.match(/^Edit /);
    list.parentElement!.removeAttribute('permissions');
    await waitFor(() => exportButton(list), 'without permissions, everything is offered again');
  });

  it('refuses permissions it cannot read, naming the mistake, and then allows nothing', async () => {
    const list = await settledList<CrmLeadsList>(inProvider({ leads: ['edit'] }, html`<crm-leads-list></crm-leads-list>`));
    const provider = list.parentElement as CrmProvider;
    expect(() => (provider.permissions = { leads: ['delet' as 'delete'] })).to.throw(TypeError, 'permissions of leads name an unknown permission "delet"');
    await waitFor(() => rowButtons(rows(list)[0]!).length === 0, 'nothing is allowed after a mistake');
    expect(() => (provider.permissions = { lead: ['edit'] } as CrmPermissions)).to.throw(TypeError, 'unknown collection "lead"');
    expect(() => (provider.permissions = { leads: 'edit' } as unknown as CrmPermissions)).to.throw(TypeError, 'of leads must be a list');
    expect(() => (provider.permissions = 'leads' as unknown as CrmPermissions)).to.throw(TypeError, 'is not JSON');
    provider.permissions = { leads: ['edit'] };
    await waitFor(() => rowButtons(rows(list)[0]!).length === 1, 'a good value takes effect');
  });

  it('keeps hidden actions out of reach of the keyboard too', async () => {
    const list = await settledList<CrmLeadsList>(inProvider({ leads: [] }, html`<crm-leads-list></crm-leads-list>`));
    const focusable = [...shadow(list).querySelectorAll('tbody button, tbody input')];
    expect(focusable).to.deep.equal([]);
    expect(button(shadow(list), 'Columns')).not.to.equal(null);
  });
});
