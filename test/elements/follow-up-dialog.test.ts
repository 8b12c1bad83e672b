import '@mindbrite/crm-elements/crm-follow-up-dialog.js';
import type { CrmFollowUpDialog, FollowUpDialogOpenOptions } from '@mindbrite/crm-elements/crm-follow-up-dialog.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { crm, mockClient, useMockCrm } from './support/mock-crm.js';
import { answer, asked, confirmation, countEvents, deepActiveElement, formOf, main, part, submit } from './support/record-form.js';

// <crm-follow-up-dialog>: the record dialog's behaviour (open, close, asking before discarding
// changes) around the follow-up form, and what it adds: a contact given to open().

async function openDialog(options?: FollowUpDialogOpenOptions): Promise<CrmFollowUpDialog> {
  const dialog = await fixture<CrmFollowUpDialog>(html`<crm-follow-up-dialog .client=${mockClient()}></crm-follow-up-dialog>`);
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

describe('<crm-follow-up-dialog>', () => {
  useMockCrm();

  it('opens as a labelled modal dialog with a new follow-up form, focus on its subject', async () => {
    const dialog = await openDialog();
    expect(main(dialog).open).to.equal(true);
    expect(main(dialog).matches(':modal')).to.equal(true);
    expect(dialog.isOpen).to.equal(true);
    expect(title(dialog)).to.equal('Schedule a follow-up');
    expect(deepActiveElement()).to.equal(control(dialog, 'subject'));
    await expect(dialog).to.be.accessible();
  });

  it('schedules a follow-up for the contact given to open(), closes and says so', async () => {
    const contact = addContact();
    const dialog = await openDialog({ contactId: contact.id });
    await waitUntil(() => control(dialog, 'contact_id').value === 'Inés Valderrama', 'the contact was not shown');

    await type(dialog, 'subject', 'Confirm the appointment');
    await type(dialog, 'scheduled_date', '2030-09-30T10:00');
    const created = oneEvent(dialog, 'crm-follow-up-created');
    submit(formOf(dialog));
    const { detail } = await created;
    expect(detail.followUp).to.include({ contact_id: contact.id, subject: 'Confirm the appointment', completed: false });
    expect(Date.parse(detail.followUp.scheduled_date)).to.equal(new Date(2030, 8, 30, 10).getTime());
    await waitUntil(() => !dialog.isOpen, 'the dialog did not close');
    expect(main(dialog).open).to.equal(false);
    await dialog.updateComplete;
    expect(dialog.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('The follow-up was scheduled.');
  });

  it('edits the follow-up given to open(), and the next open() without one schedules afresh', async () => {
    const followUp = crm.db.followUps.all()[0]!;
    const dialog = await openDialog({ followUpId: followUp.id });
    expect(title(dialog)).to.equal('Edit follow-up');
    await waitUntil(() => control(dialog, 'subject')?.value === followUp.subject, 'the follow-up did not load');
    expect(control(dialog, 'contact_id').value).to.equal(followUp.contact_name);
    await expect(dialog).to.be.accessible();

    dialog.close();
    await dialog.open();
    expect(title(dialog)).to.equal('Schedule a follow-up');
    expect(control(dialog, 'subject').value).to.equal('');
    expect(control(dialog, 'contact_id').value).to.equal('');
  });

  it('closes on Escape when nothing was changed, firing crm-cancel', async () => {
    const dialog = await openDialog();
    const cancelled = oneEvent(dialog, 'crm-cancel');
    await sendKeys({ press: 'Escape' });
    await cancelled;
    expect(dialog.isOpen).to.equal(false);
  });

  it('asks before Escape discards a date set by a quick choice; Keep editing returns to the form as it was', async () => {
    const dialog = await openDialog();
    part(formOf(dialog), 'quick-choice').click();
    await formOf(dialog).updateComplete;
    const chosen = control(dialog, 'scheduled_date').value;
    expect(chosen).to.not.equal('');
    control(dialog, 'subject').focus();
    await sendKeys({ press: 'Escape' });
    await asked(dialog);
    expect(dialog.isOpen).to.equal(true);
    part(dialog, 'keep-editing').click();
    await waitUntil(() => !confirmation(dialog).open);
    expect(dialog.isOpen).to.equal(true);
    expect(control(dialog, 'scheduled_date').value).to.equal(chosen);
  });

  it('asks before the close button or the form’s Cancel discard changes; Discard closes and fires crm-cancel once', async () => {
    const dialog = await openDialog();
    const cancels = countEvents(dialog, 'crm-cancel');
    await type(dialog, 'subject', 'Call back');
    part(dialog, 'close-button').click();
    await answer(dialog, 'keep-editing');
    part(formOf(dialog), 'cancel').click();
    await answer(dialog, 'discard');
    await waitUntil(() => !dialog.isOpen, 'the dialog did not close');
    expect(cancels.count).to.equal(1);
  });
});
