// <crm-leads-list>: row selection with select-all, and bulk delete / status change behind a
// confirmation, reporting partial failures row by row (failed rows stay selected).
import type { CrmId } from '@mindbrite/crm-client';
import { aTimeout, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { crm, mockClient, recordRequests, useMockCrm } from './support/mock-crm.js';
import {
  answer,
  bulkBar,
  button,
  choose,
  dialog,
  idOf,
  expect,
  notice,
  rowBox,
  rows,
  select,
  selectAll,
  settledList,
  shadow,
  waitFor,
  waitForSettled,
} from './support/leads-list.js';

const nameOf = (id: number) => `${crm.db.leads.get(id).first_name} ${crm.db.leads.get(id).last_name}`;


describe('crm-leads-list selection and bulk actions', function () {
  // Generous: these suites share two cores with other suites, and axe over a page of rows is slow there.
  this.timeout(20_000);
  useMockCrm();

  // First in this file: the module must not have been loaded by an earlier test in the page.
  it('loads the bulk actions and confirmations only when a row is first selected', async () => {
    const actionsModuleRequested = () =>
      performance.getEntriesByType('resource').some((entry) => entry.name.includes('/leads-list/leads-list-actions.'));
    performance.setResourceTimingBufferSize(10_000);
    const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
    expect(actionsModuleRequested(), 'not part of the first load').to.equal(false);
    await select(list, 1);
    expect(actionsModuleRequested(), 'requested by the selection').to.equal(true);
  });

  it('selects rows, with a select-all checkbox that is indeterminate for some and selects the whole page', async () => {
    const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
    expect(bulkBar(list)).to.equal(null);
    await select(list, 2);
    expect(bulkBar(list)!.textContent).to.contain('2 selected');
    expect(selectAll(list).indeterminate).to.equal(true);
    expect(rows(list)[0]!.classList.contains('selected')).to.equal(true);
    await expect(list).to.be.accessible();

    selectAll(list).click();
    await list.updateComplete;
    expect(selectAll(list).checked).to.equal(true);
    expect(selectAll(list).indeterminate).to.equal(false);
    expect(rows(list).every((row) => rowBox(row).checked)).to.equal(true);
    expect(bulkBar(list)!.textContent).to.contain('25 selected');

    selectAll(list).click();
    await list.updateComplete;
    expect(rows(list).some((row) => rowBox(row).checked)).to.equal(false);
    expect(bulkBar(list)).to.equal(null);
  });

  it('clears the selection when the page changes', async () => {
    const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
    await select(list, 3);
    button(shadow(list), 'Next page').click();
    await waitForSettled(list);
    expect(bulkBar(list)).to.equal(null);
    expect(rows(list).some((row) => rowBox(row).checked)).to.equal(false);
  });

  it('deletes nothing when the confirmation is cancelled', async () => {
    const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
    const ids = await select(list, 2);
    const requests = recordRequests();
    button(bulkBar(list)!, 'Delete selected').click();
    await waitFor(() => dialog(list).open, 'the confirmation dialog');
    expect(dialog(list).textContent).to.contain('Delete 2 leads?');
    await expect(list).to.be.accessible();
    button(dialog(list), 'Cancel').click();
    await aTimeout(50);
    expect(dialog(list).open).to.equal(false);
    expect(requests.matching('DELETE', /^\/leads\//)).to.have.length(0);
    expect(ids.every((id) => crm.db.leads.has(id))).to.equal(true);
    expect(bulkBar(list)!.textContent).to.contain('2 selected');
    requests.stop();
  });

  it('bulk deletes after confirmation, reports the row that failed and why, and keeps it selected', async () => {
    const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
    const ids = await select(list, 3);
    const failing = ids[1]!;
    crm.use(http.delete(`${crm.baseUrl}/leads/${failing}`, () => HttpResponse.json({ message: 'Conflict' }, { status: 409 })));
    const deleted: CrmId[][] = [];
    list.addEventListener('crm-lead-deleted', (event) => deleted.push(event.detail.ids));
    const requests = recordRequests();

    button(bulkBar(list)!, 'Delete selected').click();
    await answer(list, 'Delete leads');
    await waitFor(() => notice(list), 'the outcome');
    await waitForSettled(list);

    expect(requests.matching('DELETE', /^\/leads\/\d+$/)).to.have.length(3);
    expect(requests.matching('GET', '/leads'), 'one reload for the whole bulk action').to.have.length(1);
    expect(crm.db.leads.has(ids[0]!)).to.equal(false);
    expect(crm.db.leads.has(ids[2]!)).to.equal(false);
    expect(crm.db.leads.has(failing)).to.equal(true);
    expect(deleted).to.deep.equal([[ids[0], ids[2]]]);

    const report = notice(list)!;
    expect(report.getAttribute('role')).to.equal('alert');
    expect(report.textContent).to.contain('1 of 3 leads could not be changed. It is still selected:');
    expect(report.querySelector('li')!.textContent).to.equal(
      `${nameOf(failing)}: Someone else changed this record while you were working on it.`,
    );
    const shownIds = rows(list).map(idOf);
    expect(shownIds).not.to.include(ids[0]);
    expect(shownIds).to.include(failing);
    expect(rowBox(rows(list).find((row) => idOf(row) === failing)!).checked).to.equal(true);
    expect(bulkBar(list)!.textContent).to.contain('1 selected');
    await expect(list).to.be.accessible();
    requests.stop();
  });

  it('changes the status of the selected leads after confirmation, reporting a failed row', async () => {
    const list = await settledList(html`<crm-leads-list .client=${mockClient()} status="new"></crm-leads-list>`);
    const ids = await select(list, 2);
    const failing = ids[0]!;
    crm.use(http.put(`${crm.baseUrl}/leads/${failing}`, () => HttpResponse.json({ message: 'Changed' }, { status: 409 })));
    const updated: CrmId[] = [];
    list.addEventListener('crm-lead-updated', (event) => updated.push(event.detail.lead.id));

    const statusChoice = shadow(list).querySelector<HTMLSelectElement>('#bulk-status')!;
    button(bulkBar(list)!, 'Apply').click();
    expect(shadow(list).activeElement, 'Apply with no status chosen goes to the choice').to.equal(statusChoice);
    expect(dialog(list).open).to.equal(false);
    choose(statusChoice, 'qualified');
    button(bulkBar(list)!, 'Apply').click();
    await waitFor(() => dialog(list).open, 'the confirmation dialog');
    expect(dialog(list).textContent).to.contain('Set 2 leads to “Qualified”?');
    button(dialog(list), 'Change status').click();
    await waitFor(() => notice(list), 'the outcome');
    await waitForSettled(list);

    expect(crm.db.leads.get(ids[1]!).status).to.equal('qualified');
    expect(crm.db.leads.get(failing).status).to.equal('new');
    expect(updated).to.deep.equal([ids[1]]);
    expect(notice(list)!.querySelector('li')!.textContent).to.equal(
      `${nameOf(failing)}: Someone else changed this record while you were working on it.`,
    );
    expect(rows(list).map(idOf), 'the updated lead left the "new" filter').not.to.include(ids[1]);
    expect(bulkBar(list)!.textContent).to.contain('1 selected');
  });

  it('reports full success in a status message that can be dismissed', async () => {
    const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
    await select(list, 2);
    button(bulkBar(list)!, 'Delete selected').click();
    await answer(list, 'Delete leads');
    await waitFor(() => notice(list), 'the outcome');
    expect(notice(list)!.parentElement!.getAttribute('role'), 'in a polite live region').to.equal('status');
    expect(notice(list)!.hasAttribute('role')).to.equal(false);
    expect(notice(list)!.textContent).to.contain('2 leads deleted.');
    expect(bulkBar(list)).to.equal(null);
    button(notice(list)!, 'Dismiss').click();
    await list.updateComplete;
    expect(notice(list)).to.equal(null);
    expect(list.shadowRoot!.activeElement, 'focus went on to the rows, not to the page').to.equal(rows(list)[0]);
  });
});
