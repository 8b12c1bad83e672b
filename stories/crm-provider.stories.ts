import '@mindbrite/crm-elements/crm-provider.js';
import '@mindbrite/crm-elements/crm-dashboard.js';
import '@mindbrite/crm-elements/crm-lead-form.js';
import '@mindbrite/crm-elements/crm-leads-list.js';
import { html, render } from 'lit';
import { expect, waitFor } from 'storybook/test';
import preview from '../.storybook/preview.js';
import { attributeArgTypes, renderElement } from './support/element-story.js';
import { mockCrm } from './support/mock-crm.js';
import { findElement, findInShadow, typeInto } from './support/shadow.js';

const providerElement = renderElement('crm-provider');

const meta = preview.meta({
  title: 'Elements/crm-provider',
  component: 'crm-provider',
  argTypes: attributeArgTypes('crm-provider', {
    credentials: { control: 'select', options: ['', 'omit', 'same-origin', 'include'] },
  }),
  // Plain HTML, as a host page embeds the widgets: one provider, one client, no host code.
  render: (args, context) => {
    const provider = providerElement(args, context);
    render(
      html`<crm-dashboard quick-actions="none"></crm-dashboard>
        <crm-lead-form></crm-lead-form>
        <crm-leads-list page-size="10" columns="name,email,status,created"></crm-leads-list>`,
      provider,
    );
    return provider;
  },
  beforeEach: mockCrm(),
});
export default meta;

export const WidgetsInSync = meta.story({
  play: async ({ canvasElement }) => {
    const dashboard = await findElement(canvasElement, 'crm-dashboard');
    const form = await findElement(canvasElement, 'crm-lead-form');
    const list = await findElement(canvasElement, 'crm-leads-list');
    const totalLeads = await findInShadow(dashboard, 'section > dl [part="card"] dd');
    const before = totalLeads.textContent!.trim();
    await findInShadow(list, '[part="row"]');

    const field = (name: string) => form.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    await findInShadow(form, 'form');
    typeInto(field('first_name'), 'Kwame');
    typeInto(field('last_name'), 'Mensah-Boateng');
    typeInto(field('email'), 'kwame.mensah@example.org');
    (await findInShadow<HTMLButtonElement>(form, '[part="submit"]')).click();

    // The list (newest first) and the dashboard's total follow the form through the shared client.
    await waitFor(() => expect(list.shadowRoot!.querySelector('[part="row"]')?.textContent).toContain('Mensah-Boateng'));
    await waitFor(() =>
      expect(dashboard.shadowRoot!.querySelector('[part="card"] dd')!.textContent!.trim()).not.toBe(before),
    );
  },
});

/** A user who may only read leads: no form to fill in, and no Edit, menu, selection or export in the list. */
export const ReadOnlyUser = meta.story({
  args: { permissions: { leads: [] } },
  play: async ({ canvasElement }) => {
    const list = await findElement(canvasElement, 'crm-leads-list');
    await findInShadow(list, '[part="row"]');
    expect(list.shadowRoot!.querySelector('[part="row"] button, [part="row"] input, [part="export"]')).toBeNull();
    const form = await findElement(canvasElement, 'crm-lead-form');
    await waitFor(() => expect(form.shadowRoot!.querySelector('[part="form-error"]')?.textContent).toContain('You do not have permission'));
  },
});
