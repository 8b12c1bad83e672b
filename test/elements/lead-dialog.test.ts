import '@mindbrite/crm-elements/crm-lead-dialog.js';
import type { CrmLeadDialog } from '@mindbrite/crm-elements/crm-lead-dialog.js';
import type { CrmLeadForm } from '@mindbrite/crm-elements/crm-lead-form.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { crm, mockClient, useMockCrm } from './support/mock-crm.js';

const main = (dialog: CrmLeadDialog) => dialog.shadowRoot!.querySelector<HTMLDialogElement>('dialog.main')!;
const confirmation = (dialog: CrmLeadDialog) => dialog.shadowRoot!.querySelector<HTMLDialogElement>('[part="confirm"]')!;
const formOf = (dialog: CrmLeadDialog) => dialog.shadowRoot!.querySelector<CrmLeadForm>('crm-lead-form')!;
const control = (form: CrmLeadForm, name: string) => form.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
const part = (dialog: CrmLeadDialog, name: string) => dialog.shadowRoot!.querySelector<HTMLButtonElement>(`[part="${name}"]`)!;

/** The element focus is on, looking through shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function openDialog(options?: { leadId?: number }): Promise<CrmLeadDialog> {
  const dialog = await fixture<CrmLeadDialog>(html`<crm-lead-dialog .client=${mockClient()}></crm-lead-dialog>`);
  await dialog.open(options);
  return dialog;
}

async function typeInto(dialog: CrmLeadDialog, name: string, value: string): Promise<void> {
  const input = control(formOf(dialog), name);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await formOf(dialog).updateComplete;
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
    await waitUntil(() => control(formOf(dialog), 'first_name'), 'the lead did not load');
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
    await typeInto(dialog, 'first_name', 'Rosa');
    let cancelled = 0;
    dialog.addEventListener('crm-cancel', () => (cancelled += 1));

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => confirmation(dialog).open, 'no confirmation');
    expect(main(dialog).open).to.equal(true);
    expect(confirmation(dialog).getAttribute('role')).to.equal('alertdialog');
    expect(confirmation(dialog).textContent).to.contain('Discard unsaved changes?');
    expect(deepActiveElement()).to.equal(part(dialog, 'keep-editing'));
    await expect(dialog).to.be.accessible();

    part(dialog, 'keep-editing').click();
    expect(confirmation(dialog).open).to.equal(false);
    expect(main(dialog).open).to.equal(true);
    expect(control(formOf(dialog), 'first_name').value).to.equal('Rosa');
    expect(cancelled).to.equal(0);
  });

  it('treats Escape in the confirmation as keep editing, and asks again on the next Escape', async () => {
    const dialog = await openDialog();
    await typeInto(dialog, 'last_name', 'Quintero');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => confirmation(dialog).open);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !confirmation(dialog).open, 'Escape did not close the confirmation');
    expect(main(dialog).open).to.equal(true);

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => confirmation(dialog).open, 'the second Escape did not ask');
    expect(main(dialog).open).to.equal(true);
    expect(control(formOf(dialog), 'last_name').value).to.equal('Quintero');
  });

  it('asks before the close button or the form’s Cancel discard changes; Discard closes and fires crm-cancel once', async () => {
    const dialog = await openDialog();
    await typeInto(dialog, 'email', 'rosa@example.org');

    formOf(dialog).shadowRoot!.querySelector<HTMLButtonElement>('[part="cancel"]')!.click();
    await waitUntil(() => confirmation(dialog).open, 'Cancel did not ask');
    part(dialog, 'keep-editing').click();

    let cancelled = 0;
    dialog.addEventListener('crm-cancel', () => (cancelled += 1));
    part(dialog, 'close-button').click();
    await waitUntil(() => confirmation(dialog).open, 'the close button did not ask');
    part(dialog, 'discard').click();
    expect(main(dialog).open).to.equal(false);
    expect(cancelled).to.equal(1);
  });

  it('closes after a save and lets the form’s crm-lead-created out with the lead', async () => {
    const dialog = await openDialog();
    await typeInto(dialog, 'first_name', 'Ines');
    await typeInto(dialog, 'last_name', 'Araya');
    await typeInto(dialog, 'email', 'ines.araya@example.org');
    const created = oneEvent(document.body, 'crm-lead-created');
    formOf(dialog).shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    const { detail } = await created;
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
    await typeInto(dialog, 'first_name', 'Ines');
    await typeInto(dialog, 'last_name', 'Araya');
    await typeInto(dialog, 'email', 'ines.araya@example.org');
    formOf(dialog).shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await waitUntil(() => !main(dialog).open, 'the dialog did not close');
    await dialog.updateComplete;
    expect(status()!.textContent?.trim()).to.equal('The lead was created.');

    const lead = crm.db.leads.all()[0]!;
    await dialog.open({ leadId: lead.id });
    expect(status()!.textContent?.trim(), 'a new opening starts quiet').to.equal('');
    await waitUntil(() => control(formOf(dialog), 'company'), 'the lead did not load');
    await typeInto(dialog, 'company', 'Harbor Clinic');
    formOf(dialog).shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await waitUntil(() => !main(dialog).open, 'the dialog did not close');
    await dialog.updateComplete;
    expect(status()!.textContent?.trim()).to.equal('The changes were saved.');
    await expect(dialog).to.be.accessible();
  });

  it('close() closes at once, even with changes, and the next open() starts afresh', async () => {
    const dialog = await openDialog();
    await typeInto(dialog, 'company', 'Harbor Clinic');
    let cancelled = 0;
    dialog.addEventListener('crm-cancel', () => (cancelled += 1));
    dialog.close();
    await dialog.updateComplete;
    expect(main(dialog).open).to.equal(false);
    expect(confirmation(dialog).open).to.equal(false);
    expect(cancelled).to.equal(0);

    await dialog.open();
    expect(control(formOf(dialog), 'company').value).to.equal('');
    expect(formOf(dialog).dirty).to.equal(false);
  });

  it('closes, without an event, when it is taken out of the page while open', async () => {
    const dialog = await openDialog();
    await typeInto(dialog, 'company', 'Harbor Clinic');
    let cancelled = 0;
    dialog.addEventListener('crm-cancel', () => (cancelled += 1));
    const parent = dialog.parentElement!;
    dialog.remove();
    parent.append(dialog);
    await dialog.updateComplete;

    expect(dialog.isOpen).to.equal(false);
    expect(main(dialog).open).to.equal(false);
    expect(dialog.requestClose(), 'nothing left to ask about').to.equal(true);
    expect(confirmation(dialog).open).to.equal(false);
    expect(cancelled).to.equal(0);

    await dialog.open();
    expect(main(dialog).matches(':modal')).to.equal(true);
    expect(control(formOf(dialog), 'company').value).to.equal('');
  });

  it('requestClose() reports whether it closed', async () => {
    const dialog = await openDialog();
    await typeInto(dialog, 'company', 'Harbor Clinic');
    expect(dialog.requestClose()).to.equal(false);
    expect(confirmation(dialog).open).to.equal(true);
    dialog.close();
    await dialog.open();
    expect(dialog.requestClose()).to.equal(true);
    expect(main(dialog).open).to.equal(false);
  });
});
