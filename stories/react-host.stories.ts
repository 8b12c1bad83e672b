// The React wrappers (@mindbrite/crm-elements/react) in a React host: props become properties,
// `on…` props receive the elements' events, and the widgets share one client through CrmProvider.
import { CrmDashboard, CrmLeadForm, CrmLeadsList, CrmProvider } from '@mindbrite/crm-elements/react';
import { createElement as h, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { expect, waitFor } from 'storybook/test';
import preview from '../.storybook/preview.js';
import { mockCrm, storyApiBase } from './support/mock-crm.js';
import { findElement, findInShadow, typeInto } from './support/shadow.js';

/** A small React host page: the dashboard, the leads list and the form, and what the events said. */
function FrontDesk({ apiBase }: { apiBase: string }) {
  const [lastEvent, setLastEvent] = useState('No event yet.');
  return h(
    CrmProvider,
    { apiBase },
    h('p', { role: 'status' }, lastEvent),
    h(CrmDashboard, { quickActions: 'none' }),
    h(CrmLeadForm, { onCrmLeadCreated: (event) => setLastEvent(`Lead ${event.detail.lead.id} created.`) }),
    h(CrmLeadsList, {
      pageSize: 10,
      columns: 'name,email,status,created',
      onCrmLeadSelect: (event) => setLastEvent(`Lead ${event.detail.lead.id} selected.`),
    }),
  );
}

/** The React root in each story canvas (a docs page has several), unmounted when it re-renders. */
const roots = new WeakMap<HTMLElement, Root>();

const meta = preview.meta({
  title: 'Hosts/React',
  render: (_args: Record<string, never>, { id, canvasElement }) => {
    roots.get(canvasElement)?.unmount();
    const container = document.createElement('div');
    const root = createRoot(container);
    roots.set(canvasElement, root);
    root.render(h(FrontDesk, { apiBase: storyApiBase(id) }));
    return container;
  },
  beforeEach: mockCrm(),
});
export default meta;

export const WidgetsInSync = meta.story({
  play: async ({ canvasElement }) => {
    const form = await findElement(canvasElement, 'crm-lead-form');
    const list = await findElement(canvasElement, 'crm-leads-list');
    await findInShadow(list, '[part="row"]');
    const field = (name: string) => form.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    await findInShadow(form, 'form');
    typeInto(field('first_name'), 'Zofia');
    typeInto(field('last_name'), 'Wiśniewska');
    typeInto(field('email'), 'zofia.wisniewska@example.org');
    (await findInShadow<HTMLButtonElement>(form, '[part="submit"]')).click();
    // The host's onCrmLeadCreated ran, and the list (newest first) shows the lead with no host code.
    const status = canvasElement.querySelector('[role="status"]')!;
    await waitFor(() => expect(status.textContent).toMatch(/^Lead \d+ created\.$/));
    await waitFor(() => expect(list.shadowRoot!.querySelector('[part="row"]')?.textContent).toContain('Wiśniewska'));
  },
});
