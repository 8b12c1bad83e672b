import '@mindbrite/crm-elements/crm-lead-dialog.js';
import { html } from 'lit';
import { expect } from 'storybook/test';
import preview from '../.storybook/preview.js';
import { attributeArgTypes, renderElement } from './support/element-story.js';
import { mockCrm } from './support/mock-crm.js';
import { findElement, findInShadow, typeInto } from './support/shadow.js';

const dialogElement = renderElement('crm-lead-dialog');

const meta = preview.meta({
  title: 'Elements/crm-lead-dialog',
  component: 'crm-lead-dialog',
  argTypes: attributeArgTypes('crm-lead-dialog'),
  // The host page's own buttons open the dialog, as a host would wire them.
  render: (args, context) => {
    const dialog = dialogElement(args, context);
    return html`<p>
        <button type="button" @click=${() => dialog.open()}>New lead</button>
        <button type="button" @click=${() => dialog.open({ leadId: 1 })}>Edit lead 1</button>
      </p>
      ${dialog}`;
  },
  beforeEach: mockCrm(),
});
export default meta;

/** Opens the dialog (creating, or editing `leadId`) and waits for its form; returns the dialog and form. */
async function openDialog(canvasElement: HTMLElement, leadId?: number) {
  const dialog = await findElement(canvasElement, 'crm-lead-dialog');
  await dialog.open(leadId === undefined ? {} : { leadId });
  const form = await findInShadow(dialog, 'crm-lead-form');
  await findInShadow(form, `form[aria-label="${leadId === undefined ? 'New lead' : 'Edit lead'}"]`);
  return { dialog, form };
}

export const Closed = meta.story({
  play: async ({ canvasElement }) => {
    const dialog = await findElement(canvasElement, 'crm-lead-dialog');
    await expect(dialog.isOpen).toBe(false);
  },
});

export const CreateLead = meta.story({
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement);
  },
});

export const EditLead = meta.story({
  args: { label: 'Edit the enquiry' },
  play: async ({ canvasElement }) => {
    const { dialog } = await openDialog(canvasElement, 1);
    await findInShadow(dialog, '[part="title"]');
    await expect(dialog.shadowRoot!.querySelector('[part="title"]')!.textContent).toContain('Edit the enquiry');
  },
});

export const UnsavedChangesConfirmation = meta.story({
  play: async ({ canvasElement }) => {
    const { dialog, form } = await openDialog(canvasElement, 1);
    typeInto(form.shadowRoot!.querySelector<HTMLInputElement>('[name="company"]')!, 'Lakeside Paediatrics');
    await expect(dialog.requestClose()).toBe(false);
    await findInShadow(dialog, '[part="confirm"][open]');
  },
});

export const DarkTheme = meta.story({
  parameters: { frame: { theme: 'dark' } },
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement, 1);
  },
});

export const BrandTheme = meta.story({
  parameters: { frame: { theme: 'brand' } },
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement);
  },
});

export const RightToLeft = meta.story({
  parameters: { frame: { dir: 'rtl', lang: 'ar' } },
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement, 1);
  },
});
