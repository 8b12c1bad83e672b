// An action the API refuses with 403 is said plainly, loses nothing typed, and is hidden in every
// widget on the page for the rest of its life. What one test's 403 hides stays hidden in the tests
// after it (the page lives on), so each test is refused a different action, and checks the
// actions the earlier ones left alone.
import { html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { crm, mockClient, useMockCrm } from './support/mock-crm.js';
import { control, fill, part, shown } from './support/record-form.js';
import { answer, bulkBar, expect, menuItems, notice, openRowMenu, rowAction, rowBox, rows, settledList, shadow, waitFor } from './support/leads-list.js';
import type { CrmContactsList, CrmLeadsList } from './support/leads-list.js';
import '@mindbrite/crm-elements';

const forbidden = () => HttpResponse.json({ message: 'Forbidden.' }, { status: 403 });
const PERMISSION_MESSAGE = 'You do not have permission to do this. Ask your practice administrator for access.';
const editButtons = (list: HTMLElement) => [...shadow(list).querySelectorAll('[data-action="edit"]')];
const quickActions = (dashboard: Element) =>
  [...dashboard.shadowRoot!.querySelectorAll('[part="quick-action"]')].map((action) => action.textContent!.trim());

describe("the API's 403", function () {
  this.timeout(20_000);
  useMockCrm();

  it('on a create: says so, keeps what was typed, and hides creating leads in every widget', async () => {
    crm.use(http.post(`${crm.baseUrl}/leads`, forbidden));
    const client = mockClient();
    const host = document.createElement('div');
    host.innerHTML = '<crm-lead-form></crm-lead-form><crm-dashboard></crm-dashboard>';
    const [form, dashboard] = [host.querySelector('crm-lead-form')!, host.querySelector('crm-dashboard')!];
    form.client = client;
    dashboard.client = client;
    document.body.append(host);
    try {
      await waitUntil(() => quickActions(dashboard).includes('New lead'), 'the dashboard offers New lead');
      await waitUntil(() => shown(form), 'the form');
      const typed = { first_name: 'Rosa', last_name: 'Quintero', email: 'rosa.quintero@example.org' };
      await fill(form, typed);
      part(form, 'submit').click();

      await waitUntil(() => part(form, 'form-error').textContent!.includes(PERMISSION_MESSAGE), 'the refusal is said plainly');
      for (const [name, value] of Object.entries(typed)) expect(control(form, name).value, `${name} is kept`).to.equal(value);
      expect(form.shadowRoot!.querySelector('[part="submit"]'), 'no Save to press again').to.equal(null);
      expect(form.shadowRoot!.activeElement?.getAttribute('part'), 'focus stays in the form, on Cancel').to.equal('cancel');
      await waitUntil(() => !quickActions(dashboard).includes('New lead'), 'the dashboard no longer offers New lead');
      expect(quickActions(dashboard)).to.deep.equal(['New contact', 'New opportunity', 'Schedule follow-up']);
      await expect(form).to.be.accessible();
    } finally {
      host.remove();
    }
  });

  it('on a delete: the row menus of every leads list lose Delete; contacts keep theirs', async () => {
    crm.use(http.delete(`${crm.baseUrl}/leads/:id`, forbidden));
    const client = mockClient();
    const host = await settledList<HTMLElement>(
      html`<div>
        <crm-leads-list .client=${client}></crm-leads-list><crm-leads-list .client=${mockClient()}></crm-leads-list>
        <crm-contacts-list .client=${client}></crm-contacts-list>
      </div>`,
    ).then((list) => list.parentElement!);
    const [first, second] = [...host.querySelectorAll<CrmLeadsList>('crm-leads-list')] as [CrmLeadsList, CrmLeadsList];
    const contacts = host.querySelector<CrmContactsList>('crm-contacts-list')!;
    await waitFor(() => rows(second).length && rows(contacts).length, 'every list shows its rows');
    const row = rows(first).find((candidate) => !candidate.textContent!.includes('Converted'))!;
    const id = Number(row.dataset.id);

    await rowAction(first, row, 'Delete');
    await answer(first, 'Delete lead');
    await waitFor(() => notice(first)?.textContent?.includes(PERMISSION_MESSAGE), 'the refusal is said plainly');
    expect(crm.db.leads.has(id)).to.equal(true);

    for (const list of [first, second]) {
      const unconverted = rows(list).find((candidate) => !candidate.textContent!.includes('Converted'))!;
      expect(menuItems(await openRowMenu(list, unconverted)), 'convert is still offered').to.deep.equal(['Convert to contact', 'Schedule follow-up']);
      shadow(list).querySelector<HTMLElement>('[part="row-menu"]')!.hidePopover();
    }
    expect(bulkBar(first)?.textContent ?? '').not.to.contain('Delete selected');
    expect(menuItems(await openRowMenu(contacts, rows(contacts)[0]!))).to.include('Delete');
    host.remove();
  });

  it('on a bulk status change: editing leads is hidden, row by row and in bulk', async () => {
    crm.use(http.put(`${crm.baseUrl}/leads/:id`, forbidden));
    const list = await settledList<CrmLeadsList>(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
    expect(editButtons(list).length).to.be.greaterThan(0);
    rowBox(rows(list)[0]!).click();
    rowBox(rows(list)[1]!).click();
    await waitFor(() => bulkBar(list)?.querySelector('select'), 'the bulk status change');
    const select = bulkBar(list)!.querySelector('select')!;
    select.value = 'qualified';
    [...bulkBar(list)!.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Apply')!.click();
    await answer(list, 'Change status');
    await waitFor(() => notice(list)?.textContent?.includes(PERMISSION_MESSAGE), 'each row says why');

    expect(editButtons(list), 'no Edit on any row').to.deep.equal([]);
    expect(bulkBar(list)!.querySelector('select'), 'no status change in bulk').to.equal(null);
    // Deleting leads was refused by the test before; nothing is left to do in bulk.
    expect(rowBox(rows(list)[0]!)).to.equal(null);
  });

  it('wins over the provider: an action refused stays hidden whatever permissions say', async () => {
    crm.use(http.post(`${crm.baseUrl}/leads/:id/convert`, forbidden));
    const list = await settledList<CrmLeadsList>(
      html`<crm-provider .client=${mockClient()} .permissions=${{ leads: ['convert'] }}><crm-leads-list></crm-leads-list></crm-provider>`,
    );
    const row = rows(list).find((candidate) => !candidate.textContent!.includes('Converted'))!;
    await rowAction(list, row, 'Convert to contact');
    await answer(list, 'Convert to contact');
    await waitFor(() => notice(list)?.textContent?.includes(PERMISSION_MESSAGE), 'the refusal is said plainly');
    await waitFor(() => !row.querySelector('[data-action="menu"]'), 'no action is left in the menu, nor the menu');
    expect(crm.db.contacts.count).to.be.greaterThan(0);
  });
});
