import '@mindbrite/crm-elements/crm-opportunity-dialog.js';
import type { CrmOpportunityDialog } from '@mindbrite/crm-elements/crm-opportunity-dialog.js';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import preview from '../.storybook/preview.js';
import { attributeArgTypes, renderElement } from './support/element-story.js';
import { mockCrm } from './support/mock-crm.js';
import { findElement, findInShadow, typeInto } from './support/shadow.js';

/** The opportunity and the contact the stories edit or start from: the mock CRM's first of each. */
const OPPORTUNITY_ID = 1;
const CONTACT_ID = 1;

const dialogElement = renderElement('crm-opportunity-dialog');

const meta = preview.meta({
  title: 'Elements/crm-opportunity-dialog',
  component: 'crm-opportunity-dialog',
  argTypes: attributeArgTypes('crm-opportunity-dialog'),
  /** The host page's own buttons open the dialog, as a host would wire them. */
  render: (args, context) => {
    const dialog = dialogElement(args, context);
    return html`<p>
        <button type="button" @click=${() => dialog.open()}>New opportunity</button>
        <button type="button" @click=${() => dialog.open({ contactId: CONTACT_ID })}>New opportunity for contact ${CONTACT_ID}</button>
        <button type="button" @click=${() => dialog.open({ opportunityId: OPPORTUNITY_ID })}>Edit opportunity ${OPPORTUNITY_ID}</button>
      </p>
      ${dialog}`;
  },
  beforeEach: mockCrm(),
});
export default meta;

type Context = { canvasElement: HTMLElement };

/** Opens the dialog as host code does, and waits for its form (titled `label`); returns the dialog and form. */
async function openDialog({ canvasElement }: Context, options: Parameters<CrmOpportunityDialog['open']>[0], label: string) {
  const dialog = await findElement(canvasElement, 'crm-opportunity-dialog');
  await dialog.open(options);
  const form = await findInShadow(dialog, 'crm-opportunity-form');
  await findInShadow(form, `form[aria-label="${label}"]`);
  return { dialog, form };
}

export const Closed = meta.story({
  play: async ({ canvasElement }) => {
    const dialog = await findElement(canvasElement, 'crm-opportunity-dialog');
    await expect(dialog.isOpen).toBe(false);
  },
});

export const CreateOpportunity = meta.story({ play: async (context) => void (await openDialog(context, {}, 'New opportunity')) });

/** Opened for a contact, as after converting a lead. */
export const ForAContact = meta.story({
  play: async (context) => {
    const { form } = await openDialog(context, { contactId: CONTACT_ID }, 'New opportunity');
    await waitFor(() => expect(form.shadowRoot!.querySelector<HTMLInputElement>('#contact_id')!.value).not.toBe(''));
  },
});

export const EditOpportunity = meta.story({ play: async (context) => void (await openDialog(context, { opportunityId: OPPORTUNITY_ID }, 'Edit opportunity')) });

export const UnsavedChangesConfirmation = meta.story({
  play: async (context) => {
    const { dialog, form } = await openDialog(context, { opportunityId: OPPORTUNITY_ID }, 'Edit opportunity');
    typeInto(form.shadowRoot!.querySelector<HTMLInputElement>('#value')!, '6200');
    await expect(dialog.requestClose()).toBe(false);
    await findInShadow(dialog, '[part="confirm"][open]');
  },
});

export const DarkTheme = meta.story({ parameters: { frame: { theme: 'dark' } }, play: async (context) => void (await openDialog(context, { opportunityId: OPPORTUNITY_ID }, 'Edit opportunity')) });
export const BrandTheme = meta.story({ parameters: { frame: { theme: 'brand' } }, play: async (context) => void (await openDialog(context, {}, 'New opportunity')) });
export const RightToLeft = meta.story({
  parameters: { frame: { dir: 'rtl', lang: 'ar' } },
  play: async (context) => void (await openDialog(context, { opportunityId: OPPORTUNITY_ID }, 'Edit opportunity')),
});
