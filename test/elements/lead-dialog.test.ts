import '@mindbrite/crm-elements/crm-lead-dialog.js';
import type { CrmLeadDialog } from '@mindbrite/crm-elements/crm-lead-dialog.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { crm, mockClient, useMockCrm } from './support/mock-crm.js';
import {
  answer,
  asked,
  confirmation,
  control,
  countEvents,
  deepActiveElement,
  fill,
  formOf,
  main,
  part,
  shown,
  submit,
  submitAndWaitFor,
  type,
} from './support/record-form.js';

async function openDialog(options?: { leadId?: number }): Promise<CrmLeadDialog> {
  const dialog = await fixture<CrmLeadDialog>(html`<crm-lead-dialog .client=${mockClient()}></crm-lead-dialog>`);
  await dialog.open(options);
  return dialog;
}

describe('<crm-lead-dialog>', () => {
  useMockCrm();

  it('opens as a labelled modal dialog with a new-lead form, focus on its first field', async () => {
    const dialog = await openDialog();
    expect(main(dialog).open).to.equal(true);
    expect(main(dialog).matches(':modal')).to.equal(true);
    expect(dialog.isOpen).to.equal(true);
    const labelId = main(dialog).getAttribute('aria-labelledby')!;
    expect(dialog.shadowRoot!.getElementById(labelId)?.textContent?.trim()).to.equal('New lead');
    expect(part(dialog, 'close-button').getAttribute('aria-label')).to.equal('Close');
    expect(deepActiveElement()).to.equal(control(formOf(dialog), 'first_name'));
    await expect(dialog).to.be.accessible();
  });

  it('names itself from its label attribute, and gives focus back to what opened it on close', async () => {
    const dialog = await fixture<CrmLeadDialog>(html`<crm-lead-dialog .client=${mockClient()} label="Add a referral"></crm-lead-dialog>`);
    const opener = document.createElement('button');
    opener.textContent = 'Add a referral';
    dialog.before(opener);
    opener.addEventListener('click', () => dialog.open());
    opener.focus();
    opener.click();
    await waitUntil(
      () => formOf(dialog) && deepActiveElement() === control(formOf(dialog), 'first_name'),
      'focus did not go into the form',
    );
    expect(dialog.shadowRoot!.querySelector('[part="title"]')?.textContent?.trim()).to.equal('Add a referral');

    part(dialog, 'close-button').click();
    await waitUntil(() => !main(dialog).open);
    expect(document.activeElement).to.equal(opener);
    opener.remove();
  });

  it('edits the lead given to open()', async () => {
    const lead = crm.db.leads.all()[2]!;
    const dialog = await openDialog({ leadId: lead.id });
    expect(dialog.shadowRoot!.querySelector('[part="title"]')?.textContent?.trim()).to.equal('Edit lead');
    await waitUntil(() => control(formOf(dialog), 'email')?.value === lead.email, 'the lead did not load');
    await expect(dialog).to.be.accessible();
  });

  it('moves focus to the first field once the lead being edited has loaded', async () => {
    crm.scenario.set({ latency: { min: 200, max: 200, routes: ['GET /leads/:id'] } });
    const lead = crm.db.leads.all()[2]!;
    const dialog = await openDialog({ leadId: lead.id });
    expect(deepActiveElement(), 'nothing else to focus while the lead loads').to.equal(part(dialog, 'close-button'));
    await waitUntil(() => shown(formOf(dialog)), 'the lead did not load');
    await waitUntil(() => deepActiveElement() === control(formOf(dialog), 'first_name'), 'focus did not move to the first field');
    expect(control(formOf(dialog), 'first_name').value).to.equal(lead.first_name);
  });

  it('moves focus to Retry when the lead being edited cannot load', async () => {
    crm.scenario.set({ error: { status: 503, routes: ['GET /leads/:id'] } });
    const dialog = await openDialog({ leadId: crm.db.leads.all()[0]!.id });
    const retry = () => formOf(dialog).shadowRoot!.querySelector('[part="retry"]');
    await waitUntil(() => retry() && deepActiveElement() === retry(), 'focus did not move to Retry', { timeout: 8000 });
  });

  it('closes on Escape when nothing was changed, firing crm-cancel', async () => {
    const dialog = await openDialog();
    const cancelled = oneEvent(dialog, 'crm-cancel');
    await sendKeys({ press: 'Escape' });
    await cancelled;
    expect(main(dialog).open).to.equal(false);
    expect(dialog.isOpen).to.equal(false);
  });

  it('asks before Escape discards unsaved changes; Keep editing returns to the form as it was', async () => {
    const dialog = await openDialog();
    await type(formOf(dialog), 'first_name', 'Rosa');
    const cancels = countEvents(dialog, 'crm-cancel');

    await sendKeys({ press: 'Escape' });
    await asked(dialog, 'no confirmation');
    expect(main(dialog).open).to.equal(true);
    expect(confirmation(dialog).getAttribute('role')).to.equal('alertdialog');
    expect(confirmation(dialog).textContent).to.contain('Discard unsaved changes?');
    expect(deepActiveElement()).to.equal(part(dialog, 'keep-editing'));
    await expect(dialog).to.be.accessible();

    part(dialog, 'keep-editing').click();
    expect(confirmation(dialog).open).to.equal(false);
    expect(main(dialog).open).to.equal(true);
    expect(control(formOf(dialog), 'first_name').value).to.equal('Rosa');
    expect(cancels.count).to.equal(0);
  });

  it('treats Escape in the confirmation as keep editing, and asks again on the next Escape', async () => {
    const dialog = await openDialog();
    await type(formOf(dialog), 'last_name', 'Quintero');
    await sendKeys({ press: 'Escape' });
    await asked(dialog);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !confirmation(dialog).open, 'Escape did not close the confirmation');
    expect(main(dialog).open).to.equal(true);

    await sendKeys({ press: 'Escape' });
    await asked(dialog, 'the second Escape did not ask');
    expect(main(dialog).open).to.equal(true);
    expect(control(formOf(dialog), 'last_name').value).to.equal('Quintero');
  });

  it('asks before the close button or the form’s Cancel discard changes; Discard closes and fires crm-cancel once', async () => {
    const dialog = await openDialog();
    await type(formOf(dialog), 'email', 'rosa@example.org');

    part(formOf(dialog), 'cancel').click();
    await answer(dialog, 'keep-editing', 'Cancel did not ask');

    const cancels = countEvents(dialog, 'crm-cancel');
    part(dialog, 'close-button').click();
    await answer(dialog, 'discard', 'the close button did not ask');
    expect(main(dialog).open).to.equal(false);
    expect(cancels.count).to.equal(1);
  });

  it('closes after a save and lets the form’s crm-lead-created out with the lead', async () => {
    const dialog = await openDialog();
    await fill(formOf(dialog), { first_name: 'Ines', last_name: 'Araya', email: 'ines.araya@example.org' });
    const { detail } = await submitAndWaitFor(formOf(dialog), 'crm-lead-created', document.body);
    expect(detail.lead).to.include({ first_name: 'Ines', last_name: 'Araya' });
    expect(crm.db.leads.find(detail.lead.id)).to.not.equal(undefined);
    await dialog.updateComplete;
    expect(main(dialog).open).to.equal(false);
  });

  it('says the save went through in a status region of its own, outside the closed dialog', async () => {
    const dialog = await openDialog();
    const status = () => dialog.shadowRoot!.querySelector('[role="status"]');
    expect(status(), 'present before there is anything to say').to.not.equal(null);
    expect(status()!.closest('dialog'), 'not inert once the dialog closes').to.equal(null);
    await fill(formOf(dialog), { first_name: 'Ines', last_name: 'Araya', email: 'ines.araya@example.org' });
    submit(formOf(dialog));
    await waitUntil(() => !main(dialog).open, 'the dialog did not close');
    await dialog.updateComplete;
    expect(status()!.textContent?.trim()).to.equal('The lead was created.');

    const lead = crm.db.leads.all()[0]!;
    await dialog.open({ leadId: lead.id });
    expect(status()!.textContent?.trim(), 'a new opening starts quiet').to.equal('');
    await waitUntil(() => shown(formOf(dialog)), 'the lead did not load');
    await type(formOf(dialog), 'company', 'Harbor Clinic');
    submit(formOf(dialog));
    await waitUntil(() => !main(dialog).open, 'the dialog did not close');
    await dialog.updateComplete;
    expect(status()!.textContent?.trim()).to.equal('The changes were saved.');
    await expect(dialog).to.be.accessible();
  });

  it('close() closes at once, even with changes, and the next open() starts afresh', async () => {
    const dialog = await openDialog();
    await type(formOf(dialog), 'company', 'Harbor Clinic');
    const cancels = countEvents(dialog, 'crm-cancel');
    dialog.close();
    await dialog.updateComplete;
    expect(main(dialog).open).to.equal(false);
    expect(confirmation(dialog).open).to.equal(false);
    expect(cancels.count).to.equal(0);

    await dialog.open();
    expect(control(formOf(dialog), 'company').value).to.equal('');
    expect(formOf(dialog).dirty).to.equal(false);
  });

  it('closes, without an event, when it is taken out of the page while open', async () => {
    const dialog = await openDialog();
    await type(formOf(dialog), 'company', 'Harbor Clinic');
    const cancels = countEvents(dialog, 'crm-cancel');
    const parent = dialog.parentElement!;
    dialog.remove();
    parent.append(dialog);
    await dialog.updateComplete;

    expect(dialog.isOpen).to.equal(false);
    expect(main(dialog).open).to.equal(false);
    expect(dialog.requestClose(), 'nothing left to ask about').to.equal(true);
    expect(confirmation(dialog).open).to.equal(false);
    expect(cancels.count).to.equal(0);

    await dialog.open();
    expect(main(dialog).matches(':modal')).to.equal(true);
    expect(control(formOf(dialog), 'company').value).to.equal('');
  });

  it('requestClose() reports whether it closed', async () => {
    const dialog = await openDialog();
    await type(formOf(dialog), 'company', 'Harbor Clinic');
    expect(dialog.requestClose()).to.equal(false);
    expect(confirmation(dialog).open).to.equal(true);
    dialog.close();
    await dialog.open();
    expect(dialog.requestClose()).to.equal(true);
    expect(main(dialog).open).to.equal(false);
  });
});
