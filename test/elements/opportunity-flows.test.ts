// The ways into <crm-opportunity-dialog> from other widgets: the dashboard's "New opportunity"
// with quick-actions="inline", and the leads list's notice after a lead was converted, which
// offers to go straight on to an opportunity for the new contact.
import '@mindbrite/crm-elements/crm-dashboard.js';
import '@mindbrite/crm-elements/crm-leads-list.js';
import '@mindbrite/crm-elements/crm-provider.js';
import type { CrmPermissions } from '@mindbrite/crm-elements';
import type { CrmDashboard } from '@mindbrite/crm-elements/crm-dashboard.js';
import type { CrmOpportunityDialog } from '@mindbrite/crm-elements/crm-opportunity-dialog.js';
import type { CrmOpportunityForm } from '@mindbrite/crm-elements/crm-opportunity-form.js';
import { aTimeout, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { crm, mockClient, recordRequests, useMockCrm } from './support/mock-crm.js';
import { answer, button, expect, fullName, rowAction, rows, settledList, shadow, waitFor } from './support/leads-list.js';

/** Types `values` into the form's fields as a user does, and presses its save button. */
async function fillAndSave(form: CrmOpportunityForm, values: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    const input = form.shadowRoot!.querySelector<HTMLInputElement>(`#${name}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await form.updateComplete;
  form.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
}

const formIn = (dialog: CrmOpportunityDialog) => dialog.shadowRoot!.querySelector<CrmOpportunityForm>('crm-opportunity-form');
const contactShown = (dialog: CrmOpportunityDialog) => formIn(dialog)?.shadowRoot?.querySelector<HTMLInputElement>('#contact_id')?.value;

describe('ways into the opportunity dialog', function () {
  this.timeout(20_000);
  useMockCrm();

  describe('the dashboard’s “New opportunity”', () => {
    const dashboardWith = (quickActions: string) =>
      fixture<CrmDashboard>(html`<crm-dashboard .client=${mockClient()} quick-actions=${quickActions} currency="EUR" locale="en-US"></crm-dashboard>`);
    const newOpportunity = (dashboard: CrmDashboard) => dashboard.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="new-opportunity"]')!;

    it('with quick-actions="inline", opens the opportunity form in a dialog, whose opportunity the dashboard counts', async () => {
      const contact = crm.db.contacts.all()[0]!;
      const dashboard = await dashboardWith('inline');
      await waitUntil(() => dashboard.shadowRoot!.querySelector('section > dl'), 'the figures never came');
      const before = crm.db.statistics().total_opportunities;
      const action = oneEvent(dashboard, 'crm-quick-action');
      newOpportunity(dashboard).click();
      expect((await action).detail.action).to.equal('new-opportunity');
      const dialog = dashboard.shadowRoot!.querySelector<CrmOpportunityDialog>('crm-opportunity-dialog')!;
      // Its code (the dialog's, then the form's) loads with the first click: on a cold page, a while.
      await waitUntil(() => dialog?.isOpen && formIn(dialog), 'the dialog did not open', { timeout: 5000 });
      expect(dialog.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim()).to.equal('New opportunity');
      expect(formIn(dialog)!.shadowRoot!.querySelector('[part="unit"]')!.textContent, 'in the dashboard’s currency').to.equal('EUR');
      await expect(dashboard).to.be.accessible();

      const created = oneEvent(dashboard, 'crm-opportunity-created');
      const form = formIn(dialog)!;
      form.shadowRoot!.querySelector<HTMLInputElement>('#contact_id')!.focus();
      await sendKeys({ type: contact.email });
      await waitUntil(() => form.shadowRoot!.querySelector('[role="option"]'), 'the contact was not found');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await fillAndSave(form, { title: 'Crown', value: '950', expected_close_date: '2030-05-31' });
      expect((await created).detail.opportunity).to.include({ title: 'Crown', contact_id: contact.id });
      expect(crm.db.statistics().total_opportunities).to.equal(before + 1);
      await waitUntil(() => !dialog.isOpen, 'the dialog did not close');
    });

    it('lets the host keep the inline dialog closed by cancelling the event', async () => {
      const dashboard = await dashboardWith('inline');
      dashboard.addEventListener('crm-quick-action', (event) => event.preventDefault(), { once: true });
      newOpportunity(dashboard).click();
      await aTimeout(100);
      expect(dashboard.shadowRoot!.querySelector<CrmOpportunityDialog>('crm-opportunity-dialog')!.isOpen ?? false).to.equal(false);
    });

    it('without quick-actions="inline", only fires the event', async () => {
      const dashboard = await dashboardWith('event');
      const action = oneEvent(dashboard, 'crm-quick-action');
      newOpportunity(dashboard).click();
      expect((await action).detail.action).to.equal('new-opportunity');
      expect(dashboard.shadowRoot!.querySelector('crm-opportunity-dialog')).to.equal(null);
    });
  });

  describe('after converting a lead', () => {
    const convertFirst = async (list: HTMLElement) => {
      const lead = crm.db.leads.get(Number(rows(list)[0]!.dataset.id));
      await rowAction(list, rows(list)[0]!, 'Convert to contact');
      const converted = oneEvent(list, 'crm-lead-converted');
      await answer(list, 'Convert to contact');
      const { contact } = (await converted).detail;
      await waitFor(() => shadow(list).querySelector('[part="notice"]'), 'no notice');
      return { lead, contact };
    };
    const offer = (list: HTMLElement) => shadow(list).querySelector<HTMLButtonElement>('[part="notice"] [data-action="create-opportunity"]');

    it('the notice offers to create an opportunity for the new contact, in the dialog, loaded then', async () => {
      const list = await settledList(html`<crm-leads-list .client=${mockClient()} status="new"></crm-leads-list>`);
      const { lead, contact } = await convertFirst(list);
      const notice = shadow(list).querySelector('[part="notice"]')!;
      expect(notice.textContent!.replace(/\s+/g, ' ')).to.contain(`${fullName(lead)} is now a contact. Create an opportunity for this contact`);
      expect(shadow(list).querySelector('crm-opportunity-dialog'), 'not loaded until asked for').to.equal(null);
      await expect(list).to.be.accessible();

      const requests = recordRequests();
      offer(list)!.click();
      await waitFor(() => shadow(list).querySelector<CrmOpportunityDialog>('crm-opportunity-dialog')?.isOpen, 'the dialog did not open', { timeout: 5000 });
      const dialog = shadow(list).querySelector<CrmOpportunityDialog>('crm-opportunity-dialog')!;
      await waitUntil(() => contactShown(dialog) === fullName(contact), 'the new contact was not shown');

      const created = oneEvent(list, 'crm-opportunity-created');
      await fillAndSave(formIn(dialog)!, { title: 'Follow-up treatment plan', value: '1800', expected_close_date: '2030-04-30' });
      const { opportunity } = (await created).detail;
      expect(opportunity).to.include({ contact_id: contact.id, contact_name: fullName(contact), value: 1800 });
      expect(requests.matching('POST', '/opportunities')).to.have.length(1);
      requests.stop();
      await waitUntil(() => !dialog.isOpen, 'the dialog did not close');
    });

    it('offers nothing more to a user who may not create opportunities', async () => {
      const permissions: CrmPermissions = { leads: ['convert'], opportunities: ['edit'] };
      const provider = await fixture<HTMLElement>(
        html`<crm-provider .client=${mockClient()} .permissions=${permissions}><crm-leads-list status="new"></crm-leads-list></crm-provider>`,
      );
      const list = provider.querySelector<HTMLElement>('crm-leads-list')!;
      await waitFor(() => rows(list).length, 'the list never loaded');
      await convertFirst(list);
      expect(offer(list)).to.equal(null);
    });

    it('offers it where the provider lets the user create opportunities', async () => {
      const permissions: CrmPermissions = { leads: ['convert'], opportunities: ['create'] };
      const provider = await fixture<HTMLElement>(
        html`<crm-provider .client=${mockClient()} .permissions=${permissions}><crm-leads-list status="new"></crm-leads-list></crm-provider>`,
      );
      const list = provider.querySelector<HTMLElement>('crm-leads-list')!;
      await waitFor(() => rows(list).length, 'the list never loaded');
      await convertFirst(list);
      expect(button(shadow(list).querySelector('[part="notice"]')!, 'Create an opportunity for this contact')).to.not.equal(undefined);
    });
  });
});
