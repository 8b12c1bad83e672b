import '@mindbrite/crm-elements/crm-opportunity-dialog.js';
import type { CrmOpportunityDialog, OpportunityDialogOpenOptions } from '@mindbrite/crm-elements/crm-opportunity-dialog.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { crm, mockClient, useMockCrm } from './support/mock-crm.js';
import { answer, asked, confirmation, countEvents, deepActiveElement, formOf, main, part, submit } from './support/record-form.js';

// <crm-opportunity-dialog>: the record dialog's behaviour (open, close, asking before discarding
// changes) around the opportunity form, and what it adds: a contact given to open(), the currency.

async function openDialog(options?: OpportunityDialogOpenOptions, currency = 'USD'): Promise<CrmOpportunityDialog> {
  const dialog = await fixture<CrmOpportunityDialog>(html`<crm-opportunity-dialog .client=${mockClient()} currency=${currency}></crm-opportunity-dialog>`);
  await dialog.open(options);
  return dialog;
}

/** A control of the dialog's form, by id. */
const control = (dialog: Element, name: string) => formOf(dialog).shadowRoot!.querySelector<HTMLInputElement>(`#${name}`)!;
const title = (dialog: Element) => dialog.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim();

/** Types into a control of the dialog's form as a user does. */
async function type(dialog: Element, name: string, value: string): Promise<void> {
  const input = control(dialog, name);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await formOf(dialog).updateComplete;
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

describe('<crm-opportunity-dialog>', () => {
  useMockCrm();

  it('opens as a labelled modal dialog with a new-opportunity form, focus on its first field', async () => {
    const dialog = await openDialog();
    expect(main(dialog).open).to.equal(true);
    expect(main(dialog).matches(':modal')).to.equal(true);
    expect(dialog.isOpen).to.equal(true);
    expect(title(dialog)).to.equal('New opportunity');
    expect(deepActiveElement()).to.equal(control(dialog, 'title'));
    await expect(dialog).to.be.accessible();
  });

  it('creates an opportunity for the contact given to open(), closes and says so', async () => {
    const contact = addContact();
    const dialog = await openDialog({ contactId: contact.id }, 'EUR');
    await waitUntil(() => control(dialog, 'contact_id').value === 'Inés Valderrama', 'the contact was not shown');
    expect(formOf(dialog).shadowRoot!.querySelector('[part="unit"]')!.textContent).to.equal('EUR');

    await type(dialog, 'title', 'Aligners');
    await type(dialog, 'value', '3800');
    await type(dialog, 'expected_close_date', '2030-09-30');
    const created = oneEvent(dialog, 'crm-opportunity-created');
    submit(formOf(dialog));
    const { detail } = await created;
    expect(detail.opportunity).to.include({ contact_id: contact.id, title: 'Aligners', value: 3800 });
    await waitUntil(() => !dialog.isOpen, 'the dialog did not close');
    expect(main(dialog).open).to.equal(false);
    await dialog.updateComplete;
    expect(dialog.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('The opportunity was created.');
  });

  it('edits the opportunity given to open(), and the next open() without one creates afresh', async () => {
    const opportunity = crm.db.opportunities.all()[0]!;
    const dialog = await openDialog({ opportunityId: opportunity.id });
    expect(title(dialog)).to.equal('Edit opportunity');
    await waitUntil(() => control(dialog, 'title')?.value === opportunity.title, 'the opportunity did not load');
    expect(control(dialog, 'contact_id').value).to.equal(opportunity.contact_name);
    await expect(dialog).to.be.accessible();

    dialog.close();
    await dialog.open();
    expect(title(dialog)).to.equal('New opportunity');
    expect(control(dialog, 'title').value).to.equal('');
    expect(control(dialog, 'contact_id').value).to.equal('');
  });

  it('closes on Escape when nothing was changed, firing crm-cancel', async () => {
    const dialog = await openDialog();
    const cancelled = oneEvent(dialog, 'crm-cancel');
    await sendKeys({ press: 'Escape' });
    await cancelled;
    expect(dialog.isOpen).to.equal(false);
  });

  it('asks before Escape discards unsaved changes; Keep editing returns to the form as it was', async () => {
    const dialog = await openDialog();
    await type(dialog, 'value', '900');
    await sendKeys({ press: 'Escape' });
    await asked(dialog);
    expect(dialog.isOpen).to.equal(true);
    part(dialog, 'keep-editing').click();
    await waitUntil(() => !confirmation(dialog).open);
    expect(dialog.isOpen).to.equal(true);
    expect(control(dialog, 'value').value).to.equal('900');
  });

  it('takes an Escape that closes the list of contacts as closing only that', async () => {
    addContact();
    const dialog = await openDialog();
    control(dialog, 'contact_id').focus();
    await sendKeys({ type: 'Valderr' });
    await waitUntil(() => control(dialog, 'contact_id').getAttribute('aria-expanded') === 'true', 'no contacts listed');

    await sendKeys({ press: 'Escape' });
    await formOf(dialog).updateComplete;
    expect(control(dialog, 'contact_id').getAttribute('aria-expanded')).to.equal('false');
    expect(dialog.isOpen).to.equal(true);
    expect(confirmation(dialog).open, 'no question either').to.equal(false);
  });

  it('asks before the close button or the form’s Cancel discard changes; Discard closes and fires crm-cancel once', async () => {
    const dialog = await openDialog();
    const cancels = countEvents(dialog, 'crm-cancel');
    await type(dialog, 'title', 'Veneers');
    part(dialog, 'close-button').click();
    await answer(dialog, 'keep-editing');
    part(formOf(dialog), 'cancel').click();
    await answer(dialog, 'discard');
    await waitUntil(() => !dialog.isOpen, 'the dialog did not close');
    expect(cancels.count).to.equal(1);
  });

  it('a stage change that sets the probability is a change the dialog asks about', async () => {
    const dialog = await openDialog();
    const stage = formOf(dialog).shadowRoot!.querySelector<HTMLSelectElement>('#stage')!;
    stage.value = 'proposal';
    stage.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await formOf(dialog).updateComplete;
    expect(control(dialog, 'probability').value).to.equal('50');
    expect(dialog.requestClose()).to.equal(false);
    expect(confirmation(dialog).open).to.equal(true);
  });
});
