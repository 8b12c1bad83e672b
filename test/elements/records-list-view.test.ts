// The record view of a records list: activating a row (click, Enter or Space) opens a read-only
// view of its record, titled with its name, with "Edit" and the row's other actions one click away,
// each running what the row menu runs; a host that cancels the select event keeps it closed.
import type { CrmId } from '@mindbrite/crm-client';
import { aTimeout, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { crm, mockClient, recordRequests, useMockCrm } from './support/mock-crm.js';
import {
  answer,
  button,
  confirmOpen,
  expect,
  fullName,
  idOf,
  leadsNewestFirst,
  notice,
  rows,
  settledList,
  shadow,
  waitFor,
  type CrmContactsList,
} from './support/leads-list.js';

const view = (list: HTMLElement) => shadow(list).querySelector<HTMLDialogElement>('dialog[part="record-view"]');
const viewOpen = (list: HTMLElement) => Boolean(view(list)?.open);
const heading = (list: HTMLElement) => view(list)!.querySelector('h2')!.textContent!.trim();
/** The view's fields, as label → the value's text. */
const fields = (list: HTMLElement) =>
  Object.fromEntries([...view(list)!.querySelectorAll('dl > div')].map((field) => [field.querySelector('dt')!.textContent!.trim(), field.querySelector('dd')!]));
const texts = (list: HTMLElement) => Object.fromEntries(Object.entries(fields(list)).map(([label, value]) => [label, value.textContent!.trim()]));
const actionLabels = (list: HTMLElement) => [...view(list)!.querySelectorAll('[part="record-view-actions"] button')].map((item) => item.textContent!.trim());
const leadOf = (row: HTMLTableRowElement) => crm.db.leads.get(idOf(row));

/** Clicks a row's first cell, as a user chooses a row, and waits for the view of its record. */
async function openView(list: HTMLElement, row: HTMLTableRowElement): Promise<HTMLDialogElement> {
  row.querySelector<HTMLElement>('td[part="cell"]')!.click();
  await waitFor(() => viewOpen(list), 'the record view');
  return view(list)!;
}

/** Clicks the view's button labelled `label`. */
const choose = (list: HTMLElement, label: string) => button(view(list)!.querySelector('[part="record-view-actions"]')!, label).click();

describe('the record view of a records list', function () {
  // Generous: these suites share two cores with other suites, and axe over a page of rows is slow there.
  this.timeout(20_000);
  useMockCrm();

  describe('opening and closing', () => {
    it('opens on a click on a row, titled with the lead\'s name, with every field of the lead read-only', async () => {
      // Two columns shown: the view still shows every field.
      const list = await settledList(html`<crm-leads-list .client=${mockClient()} columns="name,status"></crm-leads-list>`);
      const row = rows(list)[1]!;
      const lead = leadOf(row);
      const requests = recordRequests();
      const dialog = await openView(list, row);

      expect(heading(list)).to.equal(fullName(lead));
      expect(shadow(list).getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent!.trim()).to.equal(fullName(lead));
      expect(Object.keys(fields(list))).to.deep.equal(['Company', 'Email', 'Phone', 'Status', 'Source', 'Created']);
      const { Email: email, Phone: phone, Status: status } = fields(list);
      expect(texts(list).Status).to.not.equal('');
      expect(status!.querySelector('.badge')!.textContent!.trim()).to.equal(texts(list).Status);
      expect(email!.querySelector('a')!.getAttribute('href')).to.equal(`mailto:${lead.email}`);
      expect(email!.textContent!.trim()).to.equal(lead.email);
      expect(phone!.querySelector('a')!.getAttribute('href')).to.equal(`tel:${lead.phone}`);
      expect(dialog.querySelector('input, select, textarea'), 'nothing to edit').to.equal(null);
      expect(dialog.contains(shadow(list).activeElement), 'focus is in the view').to.equal(true);
      expect(requests.sent, 'the view shows the lead the list holds').to.deep.equal([]);
      requests.stop();

      // A scripted click does not focus the row, so the browser has no focus of its own to give back.
      await sendKeys({ press: 'Escape' });
      await waitFor(() => !viewOpen(list), 'the view closes');
      await waitFor(() => shadow(list).activeElement === row, 'focus on the row the view was opened from');
    });

    it('opens with Enter or Space on a focused row; Escape and × close it, and focus goes back to the row', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
      const row = rows(list)[2]!;
      row.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => viewOpen(list), 'the record view');
      expect(heading(list)).to.equal(fullName(leadsNewestFirst()[2]!));
      await sendKeys({ press: 'Escape' });
      await waitFor(() => !viewOpen(list), 'the view closes');
      await waitFor(() => shadow(list).activeElement === row, 'focus back on the row');

      // ' ', the Space key by its character: puppeteer's Firefox (WebDriver BiDi) knows no key named 'Space'.
      await sendKeys({ press: ' ' });
      await waitFor(() => viewOpen(list), 'the record view again');
      button(view(list)!, 'Close').click();
      await waitFor(() => !viewOpen(list), 'the view closes');
      await waitFor(() => shadow(list).activeElement === row, 'focus back on the row');
    });

    it('stays closed when the host cancels crm-lead-select, which still tells it the lead', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
      const selected: CrmId[] = [];
      list.addEventListener('crm-lead-select', (event) => {
        expect(event.cancelable).to.equal(true);
        selected.push(event.detail.lead.id);
        event.preventDefault();
      });
      const row = rows(list)[0]!;
      row.querySelector<HTMLElement>('td[part="cell"]')!.click();
      row.focus();
      await sendKeys({ press: 'Enter' });
      await aTimeout(300);
      expect(selected).to.deep.equal([idOf(row), idOf(row)]);
      expect(viewOpen(list)).to.equal(false);
    });

    it('is accessible while open', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
      await openView(list, rows(list)[0]!);
      await expect(list).to.be.accessible();
    });
  });

  describe('its actions', () => {
    it('offers Edit first, then the row menu\'s actions: Convert only for a lead not converted yet', async () => {
      const fresh = await settledList(html`<crm-leads-list .client=${mockClient()} status="new"></crm-leads-list>`);
      await openView(fresh, rows(fresh)[0]!);
      expect(actionLabels(fresh)).to.deep.equal(['Edit', 'Convert to contact', 'Schedule follow-up', 'Delete']);
      expect(button(view(fresh)!, 'Edit').classList.contains('primary')).to.equal(true);
      expect(button(view(fresh)!, 'Delete').classList.contains('danger')).to.equal(true);

      const converted = await settledList(html`<crm-leads-list .client=${mockClient()} status="converted"></crm-leads-list>`);
      await openView(converted, rows(converted)[0]!);
      expect(actionLabels(converted)).to.deep.equal(['Edit', 'Schedule follow-up', 'Delete']);
    });

    it('Edit closes the view and opens the lead in the edit dialog', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
      const row = rows(list)[0]!;
      const lead = leadOf(row);
      await openView(list, row);
      choose(list, 'Edit');
      expect(viewOpen(list)).to.equal(false);
      await waitFor(() => shadow(list).querySelector('crm-lead-dialog')?.isOpen, 'the edit dialog');
      const form = shadow(list).querySelector('crm-lead-dialog')!.shadowRoot!.querySelector('crm-lead-form')!;
      expect(form.leadId).to.equal(lead.id);
      const lastName = () => form.shadowRoot!.querySelector<HTMLInputElement>('input[name="last_name"]');
      await waitFor(() => lastName()?.value === lead.last_name, 'the lead is loaded into the form');
    });

    it('Convert asks as the row menu does, then converts the lead and says so', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()} status="new"></crm-leads-list>`);
      const row = rows(list)[0]!;
      const lead = leadOf(row);
      const requests = recordRequests();
      const converted = oneEvent(list, 'crm-lead-converted');
      await openView(list, row);
      choose(list, 'Convert to contact');
      expect(viewOpen(list)).to.equal(false);
      await answer(list, 'Cancel');
      await waitFor(() => shadow(list).activeElement === row, 'a "no" gives focus back to the row');
      expect(requests.matching('POST', `/leads/${lead.id}/convert`)).to.have.length(0);

      await openView(list, row);
      choose(list, 'Convert to contact');
      await waitFor(() => confirmOpen(list), 'the confirmation');
      expect(shadow(list).querySelector('dialog.confirm')!.textContent).to.contain(`Convert ${fullName(lead)} to a contact?`);
      await answer(list, 'Convert to contact');
      const { detail } = await converted;
      expect(detail.lead.id).to.equal(lead.id);
      expect(requests.matching('POST', `/leads/${lead.id}/convert`)).to.have.length(1);
      expect(crm.db.leads.get(lead.id).status).to.equal('converted');
      await waitFor(() => notice(list), 'the outcome');
      expect(notice(list)!.textContent).to.contain(`${fullName(lead)} is now a contact.`);
      await waitFor(() => shadow(list).activeElement === notice(list), 'focus moves on to the outcome');
      requests.stop();
    });

    it('Delete asks as the row menu does, then deletes the lead and fires crm-lead-deleted', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
      const row = rows(list)[0]!;
      const lead = leadOf(row);
      const requests = recordRequests();
      const deleted = oneEvent(list, 'crm-lead-deleted');
      await openView(list, row);
      choose(list, 'Delete');
      await waitFor(() => confirmOpen(list), 'the confirmation');
      expect(shadow(list).querySelector('dialog.confirm')!.textContent).to.contain(`Delete ${fullName(lead)}?`);
      await answer(list, 'Delete lead');
      expect((await deleted).detail).to.deep.equal({ ids: [lead.id] });
      expect(requests.matching('DELETE', `/leads/${lead.id}`)).to.have.length(1);
      await waitFor(() => notice(list)?.textContent?.includes(`${fullName(lead)} was deleted.`), 'the outcome');
      await waitFor(() => !rows(list).some((shown) => idOf(shown) === lead.id), 'the row is gone');
      requests.stop();
    });
  });

  describe('the record it shows', () => {
    it('is the fresh one after a reload, and the view closes once the record is gone', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
      const lead = leadOf(rows(list)[0]!);
      await openView(list, rows(list)[0]!);
      crm.db.leads.update(lead.id, { last_name: 'Renamed', company: 'Elsewhere Ltd' });
      list.reload();
      await waitFor(() => heading(list) === `${lead.first_name} Renamed`, 'the view shows the fresh lead');
      expect(texts(list).Company).to.equal('Elsewhere Ltd');
      expect(viewOpen(list)).to.equal(true);

      crm.db.leads.delete(lead.id);
      list.reload();
      await waitFor(() => !viewOpen(list), 'the view closes');
    });

    it('shows an empty field as a dash that is read out as "Not recorded"', async () => {
      crm.db.leads.update(leadsNewestFirst()[0]!.id, { company: '', phone: '' });
      const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
      await openView(list, rows(list)[0]!);
      const { Company: company, Phone: phone } = fields(list);
      for (const value of [company!, phone!]) {
        expect(value.querySelector('[aria-hidden="true"]')!.textContent).to.equal('—');
        expect(value.querySelector('.visually-hidden')!.textContent).to.equal('Not recorded');
        expect(value.querySelector('a'), 'no empty link').to.equal(null);
      }
    });

    it('fits a 320 px screen: a long unbroken name and a long status wrap, and each label sits above its value', async () => {
      crm.db.leads.insert({
        first_name: 'W'.repeat(300), last_name: 'Long', email: `${'e'.repeat(120)}@example.org`, phone: '+1 555 010 0199', company: 'C'.repeat(200),
        pipeline_id: 1, status: 'awaiting_'.repeat(30), source: 'website', notes: null, assigned_to: null,
      });
      const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
      try {
        await setViewport({ width: 320, height: 640 });
        const dialog = await openView(list, rows(list)[0]!);
        expect(heading(list)).to.equal(`${'W'.repeat(300)} Long`);
        const box = dialog.getBoundingClientRect();
        expect(box.left).to.be.at.least(0);
        expect(box.right).to.be.at.most(320);
        expect(dialog.scrollWidth, 'nothing in the view overflows it sideways').to.be.at.most(dialog.clientWidth);
        const field = dialog.querySelector('dl > div')!;
        expect(field.querySelector('dd')!.getBoundingClientRect().top).to.be.at.least(field.querySelector('dt')!.getBoundingClientRect().bottom - 1);
        dialog.close();

        await setViewport({ width: 800, height: 600 });
        await openView(list, rows(list)[0]!);
        const wide = view(list)!.querySelector('dl > div')!;
        expect(wide.querySelector('dd')!.getBoundingClientRect().top, 'label beside its value when there is room').to.equal(
          wide.querySelector('dt')!.getBoundingClientRect().top,
        );
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('<crm-contacts-list>', () => {
    it('opens the view of a contact, whose actions are Edit and the row menu\'s', async () => {
      const list = await settledList<CrmContactsList>(html`<crm-contacts-list .client=${mockClient()}></crm-contacts-list>`);
      const row = rows(list)[0]!;
      const contact = crm.db.contacts.get(idOf(row));
      const selected = oneEvent(list, 'crm-contact-select');
      await openView(list, row);
      expect((await selected).detail.contact.id).to.equal(contact.id);
      expect(heading(list)).to.equal(fullName(contact));
      expect(Object.keys(fields(list))).to.deep.equal(['Email', 'Phone', 'Company', 'Position', 'Status', 'Source', 'Created', 'Updated']);
      expect(actionLabels(list)).to.deep.equal(['Edit', 'Schedule follow-up', 'Delete']);
      await expect(list).to.be.accessible();

      // A host that schedules follow-ups its own way (the list's own dialog would take focus).
      list.addEventListener('crm-schedule-follow-up', (event) => event.preventDefault(), { once: true });
      const scheduled = oneEvent(list, 'crm-schedule-follow-up');
      choose(list, 'Schedule follow-up');
      expect((await scheduled).detail.contact.id).to.equal(contact.id);
      expect(viewOpen(list)).to.equal(false);
      await waitFor(() => shadow(list).activeElement === row, 'focus back on the row');
    });
  });
});
