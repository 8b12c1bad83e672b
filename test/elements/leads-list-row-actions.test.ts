// <crm-leads-list> row actions: edit in <crm-lead-dialog>, convert to a contact and delete, each
// confirmed first where it cannot be undone, by mouse and keyboard.
import { aTimeout, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { crm, mockClient, recordRequests, useMockCrm } from './support/mock-crm.js';
import {
  answer,
  button,
  confirmOpen,
  expect,
  fullName,
  menuItems,
  names,
  openRowMenu,
  rowAction,
  rowMenu,
  rows,
  settledList,
  shadow,
  waitFor,
  waitForSettled,
} from './support/leads-list.js';

const confirmDialog = (list: HTMLElement) => shadow(list).querySelector<HTMLDialogElement>('dialog.confirm')!;
const notice = (list: HTMLElement) => shadow(list).querySelector<HTMLElement>('[part="notice"]');
const firstRow = (list: HTMLElement) => rows(list)[0]!;
const leadOf = (row: HTMLTableRowElement) => crm.db.leads.get(Number(row.dataset.id));

describe('crm-leads-list row actions', function () {
  // Generous: these suites share two cores with other suites, and axe over a page of rows is slow there.
  this.timeout(20_000);
  useMockCrm();

  describe('edit', () => {
    it('opens the lead in the lead dialog, and shows the saved change', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
      const lead = leadOf(firstRow(list));
      button(firstRow(list), `Edit ${fullName(lead)}`).click();
      await waitFor(() => shadow(list).querySelector('crm-lead-dialog'), 'the lead dialog is loaded');
      const dialog = shadow(list).querySelector('crm-lead-dialog')!;
      await waitFor(() => dialog.isOpen, 'the dialog opens');
      const form = dialog.shadowRoot!.querySelector('crm-lead-form')!;
      expect(form.leadId).to.equal(lead.id);
      const lastName = () => form.shadowRoot!.querySelector<HTMLInputElement>('input[name="last_name"]');
      await waitFor(() => lastName()?.value === lead.last_name, 'the lead is loaded into the form');
      await expect(list).to.be.accessible();

      lastName()!.value = 'Renamed';
      lastName()!.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      const updated = oneEvent(list, 'crm-lead-updated');
      form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      expect((await updated).detail.lead.last_name).to.equal('Renamed');
      await waitFor(() => names(list).includes(`${lead.first_name} Renamed`), 'the list shows the saved lead');
      expect(dialog.isOpen).to.equal(false);
    });
  });

  describe('convert', () => {
    it('converts a lead to a contact after confirmation and fires crm-lead-converted', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()} status="new"></crm-leads-list>`);
      const lead = leadOf(firstRow(list));
      const converted = oneEvent(list, 'crm-lead-converted');
      await rowAction(list, firstRow(list), 'Convert to contact');
      await waitFor(() => confirmOpen(list), 'the confirmation dialog');
      expect(confirmDialog(list).textContent).to.contain(`Convert ${fullName(lead)} to a contact?`);
      await expect(list).to.be.accessible();
      button(confirmDialog(list), 'Convert to contact').click();

      const { detail } = await converted;
      expect(detail.lead.id).to.equal(lead.id);
      expect(detail.contact.email).to.equal(lead.email);
      expect(crm.db.contacts.has(detail.contact.id)).to.equal(true);
      expect(crm.db.leads.get(lead.id).status).to.equal('converted');
      await waitFor(() => notice(list), 'the outcome');
      expect(notice(list)!.textContent).to.contain(`${fullName(lead)} is now a contact.`);
      // The list reloads once the client's burst of changes (lead converted, contact created) is over.
      await waitFor(() => !rows(list).some((row) => Number(row.dataset.id) === lead.id), 'it left the "new" filter');
      await waitForSettled(list);
    });

    it('offers no convert action for a lead already converted', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()} status="converted"></crm-leads-list>`);
      expect(menuItems(await openRowMenu(list, firstRow(list)))).to.deep.equal(['Schedule follow-up', 'Delete']);
    });

    it('converts nothing when the confirmation is dismissed with Escape, and gives focus back', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()} status="new"></crm-leads-list>`);
      const requests = recordRequests();
      const more = firstRow(list).querySelector<HTMLButtonElement>('[data-action="menu"]')!;
      more.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => rowMenu(list), 'the row\'s menu');
      await waitFor(() => shadow(list).activeElement?.textContent?.trim() === 'Convert to contact', 'focus on the first item');
      await sendKeys({ press: 'Enter' });
      await waitFor(() => confirmOpen(list), 'the confirmation dialog');
      expect(shadow(list).activeElement!.textContent!.trim(), 'focus starts on Cancel').to.equal('Cancel');
      await sendKeys({ press: 'Escape' });
      await waitFor(() => !confirmDialog(list).open, 'the dialog closes');
      await aTimeout(50);
      expect(requests.matching('POST', /convert$/)).to.have.length(0);
      expect(shadow(list).activeElement, 'back on the row\'s menu button').to.equal(more);
      requests.stop();
    });
  });

  describe('the row menu', () => {
    it('is a menu button: arrows move between its items, Escape closes it and gives focus back', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()} status="new"></crm-leads-list>`);
      const lead = leadOf(firstRow(list));
      const more = button(firstRow(list), `More actions for ${fullName(lead)}`);
      expect([more.getAttribute('aria-haspopup'), more.getAttribute('aria-expanded')]).to.deep.equal(['menu', 'false']);
      more.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => rowMenu(list), 'the row\'s menu');
      const menu = rowMenu(list)!;
      expect(menu.getAttribute('role')).to.equal('menu');
      expect(menu.getAttribute('aria-label')).to.equal(`Actions for ${fullName(lead)}`);
      expect(menuItems(menu)).to.deep.equal(['Convert to contact', 'Schedule follow-up', 'Delete']);
      await waitFor(() => more.getAttribute('aria-expanded') === 'true', 'the button says the menu is open');
      await expect(list).to.be.accessible();
      const focused = () => shadow(list).activeElement?.textContent?.trim();
      await waitFor(() => focused() === 'Convert to contact', 'focus on the first item');
      await sendKeys({ press: 'ArrowDown' });
      expect(focused()).to.equal('Schedule follow-up');
      await sendKeys({ press: 'ArrowDown' });
      expect(focused()).to.equal('Delete');
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(), 'round to the first').to.equal('Convert to contact');
      await sendKeys({ press: 'End' });
      expect(focused()).to.equal('Delete');
      await sendKeys({ press: 'Escape' });
      await waitFor(() => !rowMenu(list), 'the menu closes');
      expect(shadow(list).activeElement).to.equal(more);
      expect(more.getAttribute('aria-expanded')).to.equal('false');
    });

    it('stays inside the page at the right edge of a narrow list', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()} style="width: 260px"></crm-leads-list>`);
      const menu = await openRowMenu(list, firstRow(list));
      const box = menu.getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(document.documentElement.clientWidth);
    });
  });

  describe('delete', () => {
    it('deletes a lead after confirmation and fires crm-lead-deleted', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
      const lead = leadOf(firstRow(list));
      const deleted = oneEvent(list, 'crm-lead-deleted');
      await rowAction(list, firstRow(list), 'Delete');
      await waitFor(() => confirmOpen(list), 'the confirmation dialog');
      expect(confirmDialog(list).textContent).to.contain(`Delete ${fullName(lead)}?`);
      button(confirmDialog(list), 'Delete lead').click();
      expect((await deleted).detail.ids).to.deep.equal([lead.id]);
      expect(crm.db.leads.has(lead.id)).to.equal(false);
      await waitFor(() => !names(list).includes(fullName(lead)), 'the row is gone');
      expect(notice(list)!.textContent).to.contain(`${fullName(lead)} was deleted.`);
      expect(shadow(list).activeElement, 'focus moves to the outcome, not to the page').to.equal(notice(list));
      expect(rows(list)).to.have.length(25);
    });

    it('explains a failed delete in plain words and fires crm-error', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
      const lead = leadOf(firstRow(list));
      crm.use(http.delete(`${crm.baseUrl}/leads/${lead.id}`, () => HttpResponse.json({ message: 'Gone' }, { status: 404 })));
      const failed = oneEvent(list, 'crm-error');
      await rowAction(list, firstRow(list), 'Delete');
      await answer(list, 'Delete lead');
      const { detail } = await failed;
      expect(detail.operation).to.equal('delete');
      await waitFor(() => notice(list), 'the outcome');
      expect(notice(list)!.getAttribute('role')).to.equal('alert');
      expect(notice(list)!.textContent).to.contain('This record no longer exists.');
      await expect(list).to.be.accessible();
    });
  });
});
