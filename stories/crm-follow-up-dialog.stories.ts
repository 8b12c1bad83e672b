import '@mindbrite/crm-elements/crm-follow-up-dialog.js';
import type { CrmFollowUpDialog } from '@mindbrite/crm-elements/crm-follow-up-dialog.js';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import preview from '../.storybook/preview.js';
import { attributeArgTypes, renderElement } from './support/element-story.js';
import { mockCrm } from './support/mock-crm.js';
import { findElement, findInShadow, typeInto } from './support/shadow.js';

/** The follow-up and the contact the stories edit or start from: the mock CRM's first of each. */
const FOLLOW_UP_ID = 1;
const CONTACT_ID = 1;

const dialogElement = renderElement('crm-follow-up-dialog');

const meta = preview.meta({
  title: 'Elements/crm-follow-up-dialog',
  component: 'crm-follow-up-dialog',
  argTypes: attributeArgTypes('crm-follow-up-dialog'),
  /** The host page's own buttons open the dialog, as a host would wire them. */
  render: (args, context) => {
    const dialog = dialogElement(args, context);
    return html`<p>
        <button type="button" @click=${() => dialog.open()}>Schedule a follow-up</button>
        <button type="button" @click=${() => dialog.open({ contactId: CONTACT_ID })}>Schedule a follow-up with contact ${CONTACT_ID}</button>
        <button type="button" @click=${() => dialog.open({ followUpId: FOLLOW_UP_ID })}>Edit follow-up ${FOLLOW_UP_ID}</button>
      </p>
      ${dialog}`;
  },
  beforeEach: mockCrm(),
});
export default meta;

type Context = { canvasElement: HTMLElement };

/** Opens the dialog as host code does, and waits for its form (titled `label`); returns the dialog and form. */
async function openDialog({ canvasElement }: Context, options: Parameters<CrmFollowUpDialog['open']>[0], label: string) {
  const dialog = await findElement(canvasElement, 'crm-follow-up-dialog');
  await dialog.open(options);
  const form = await findInShadow(dialog, 'crm-follow-up-form');
  await findInShadow(form, `form[aria-label="${label}"]`);
  return { dialog, form };
}

export const Closed = meta.story({
  play: async ({ canvasElement }) => {
    const dialog = await findElement(canvasElement, 'crm-follow-up-dialog');
    await expect(dialog.isOpen).toBe(false);
  },
});

export const ScheduleFollowUp = meta.story({ play: async (context) => void (await openDialog(context, {}, 'Schedule a follow-up')) });

/** Opened for a contact, as from a contacts list's row action. */
export const ForAContact = meta.story({
  play: async (context) => {
    const { form } = await openDialog(context, { contactId: CONTACT_ID }, 'Schedule a follow-up');
    await waitFor(() => expect(form.shadowRoot!.querySelector<HTMLInputElement>('#contact_id')!.value).not.toBe(''));
  },
});

export const EditFollowUp = meta.story({ play: async (context) => void (await openDialog(context, { followUpId: FOLLOW_UP_ID }, 'Edit follow-up')) });

export const UnsavedChangesConfirmation = meta.story({
  play: async (context) => {
    const { dialog, form } = await openDialog(context, { followUpId: FOLLOW_UP_ID }, 'Edit follow-up');
    typeInto(form.shadowRoot!.querySelector<HTMLInputElement>('#subject')!, 'Call about the revised quote');
    await expect(dialog.requestClose()).toBe(false);
    await findInShadow(dialog, '[part="confirm"][open]');
  },
});

export const DarkTheme = meta.story({ parameters: { frame: { theme: 'dark' } }, play: async (context) => void (await openDialog(context, { followUpId: FOLLOW_UP_ID }, 'Edit follow-up')) });
export const BrandTheme = meta.story({ parameters: { frame: { theme: 'brand' } }, play: async (context) => void (await openDialog(context, {}, 'Schedule a follow-up')) });
export const RightToLeft = meta.story({
  parameters: { frame: { dir: 'rtl', lang: 'ar' } },
  play: async (context) => void (await openDialog(context, { followUpId: FOLLOW_UP_ID }, 'Edit follow-up')),
});
