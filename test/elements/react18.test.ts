// The React wrappers (@mindbrite/crm-elements/react) inside a real React 18 app, which the SDK
// promises to support although the repo's own React is 19. web-test-runner.config.mjs serves this
// file, and the wrappers it imports, React 18 (the `react18` / `react-dom18` aliases). React 18
// itself sets unknown props as attributes and wires no custom events, so what passes here is the
// wrappers' doing: properties set as properties, and `on…` props as event listeners.
import type { CrmClient, Lead } from '@mindbrite/crm-client';
import { CrmDashboard, CrmLeadDialog, CrmLeadForm, CrmLeadsList, CrmProvider } from '@mindbrite/crm-elements/react';
import type { CrmDashboard as CrmDashboardElement } from '@mindbrite/crm-elements/crm-dashboard.js';
import type { CrmLeadDialog as CrmLeadDialogElement } from '@mindbrite/crm-elements/crm-lead-dialog.js';
import type { CrmProvider as CrmProviderElement } from '@mindbrite/crm-elements/crm-provider.js';
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { crm, mockClient, useMockCrm } from './support/mock-crm.js';
import { expect, leadsNewestFirst, names, rows, waitFor, waitForSettled, type CrmLeadsList as CrmLeadsListElement } from './support/leads-list.js';

const h = React.createElement;

const newLead = {
  first_name: 'Nadia',
  last_name: 'Okonkwo-React',
  email: 'nadia.react@example.test',
  phone: '+1 555 010 7777',
  company: 'Harbour Physio',
} as const;

/** A React 18 root in a fresh container; `unmount` tears both down. */
function renderInReact(app: React.ReactElement): { container: HTMLElement; root: Root; unmount: () => void } {
  expect(React.version, 'React version this test runs on').to.match(/^18\./);
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  root.render(app);
  return {
    container,
    root,
    unmount: () => {
      root.unmount();
      container.remove();
    },
  };
}

/** The element React rendered for `tag`, once it is in the document. */
async function rendered<T extends HTMLElement>(container: HTMLElement, tag: string): Promise<T> {
  await waitFor(() => container.querySelector(tag), `React never rendered <${tag}>`);
  return container.querySelector<T>(tag)!;
}

/** `<CrmProvider client>` around `children`, as a host app writes it. */
const app = (client: CrmClient, ...children: React.ReactNode[]) => h(CrmProvider, { client }, ...children);

/** Types into one of `<crm-lead-form>`'s fields as a user does: a new value, then `input`. */
function type(form: HTMLElement, name: keyof typeof newLead, value: string): void {
  const input = form.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('the React wrappers in a React 18 host', function () {
  // Generous: these suites share two cores with other suites.
  this.timeout(20_000);
  useMockCrm();

  let mounted: ReturnType<typeof renderInReact> | undefined;
  afterEach(() => {
    mounted?.unmount();
    mounted = undefined;
  });

  it('runs on React 18, not the repo’s React 19', () => {
    expect(React.version).to.match(/^18\./);
  });

  it('renders rows from the mock, with the client and pageSize props set as properties', async () => {
    const client = mockClient();
    mounted = renderInReact(app(client, h(CrmLeadsList, { pageSize: 10 })));
    const provider = await rendered<CrmProviderElement>(mounted.container, 'crm-provider');
    const list = await rendered<CrmLeadsListElement>(mounted.container, 'crm-leads-list');
    await waitForSettled(list);

    // The very client object, not an attribute string; the number, not "10".
    expect(provider.client).to.equal(client);
    expect(list.pageSize).to.equal(10);
    expect(names(list)).to.deep.equal(leadsNewestFirst().slice(0, 10).map((lead) => `${lead.first_name} ${lead.last_name}`));
  });

  it('passes a changed prop on to the element when React re-renders', async () => {
    const client = mockClient();
    mounted = renderInReact(app(client, h(CrmLeadsList, { pageSize: 10 })));
    const list = await rendered<CrmLeadsListElement>(mounted.container, 'crm-leads-list');
    await waitForSettled(list);

    mounted.root.render(app(client, h(CrmLeadsList, { pageSize: 50 })));
    await waitFor(() => list.pageSize === 50 && rows(list).length === 50, 'the list never showed 50 rows');
    expect(mounted.container.querySelector('crm-leads-list')).to.equal(list);
  });

  it('calls the onCrmLeadSelect handler with the lead when a row is clicked', async () => {
    const selected: Lead[] = [];
    mounted = renderInReact(
      app(mockClient(), h(CrmLeadsList, { pageSize: 10, onCrmLeadSelect: (event) => selected.push(event.detail.lead) })),
    );
    const list = await rendered<CrmLeadsListElement>(mounted.container, 'crm-leads-list');
    await waitForSettled(list);

    rows(list)[2]!.querySelector<HTMLElement>('td[part="cell"]')!.click();
    expect(selected.map((lead) => lead.id)).to.deep.equal([leadsNewestFirst()[2]!.id]);
  });

  it('fires onCrmLeadCreated with the saved lead from CrmLeadForm, and the list on the same provider shows it', async () => {
    const created: Lead[] = [];
    mounted = renderInReact(
      app(
        mockClient(),
        h(CrmLeadForm, { onCrmLeadCreated: (event) => created.push(event.detail.lead) }),
        h(CrmLeadsList, { pageSize: 10 }),
      ),
    );
    const form = await rendered<HTMLElement & { updateComplete: Promise<boolean> }>(mounted.container, 'crm-lead-form');
    const list = await rendered<CrmLeadsListElement>(mounted.container, 'crm-leads-list');
    await waitForSettled(list);
    await form.updateComplete;
    const leadsBefore = crm.db.leads.all().length;

    for (const [name, value] of Object.entries(newLead)) type(form, name as keyof typeof newLead, value);
    await form.updateComplete;
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();

    await waitFor(() => created.length > 0, 'onCrmLeadCreated was never called');
    expect(created).to.have.length(1);
    const lead = created[0]!;
    expect(crm.db.leads.all()).to.have.length(leadsBefore + 1);
    expect(crm.db.leads.get(lead.id)).to.deep.include(newLead);
    expect(lead).to.deep.include({ id: lead.id, ...newLead });
    await waitFor(() => names(list)[0] === 'Nadia Okonkwo-React', 'the new lead never headed the list');
  });

  it('CrmDashboard: refreshInterval set as a number, and onCrmQuickAction called with the action chosen', async () => {
    const actions: string[] = [];
    mounted = renderInReact(
      app(mockClient(), h(CrmDashboard, { refreshInterval: 120, onCrmQuickAction: (event) => actions.push(event.detail.action) })),
    );
    const dashboard = await rendered<CrmDashboardElement>(mounted.container, 'crm-dashboard');
    await waitFor(() => dashboard.shadowRoot!.querySelector('section > dl'), 'the dashboard never loaded');
    expect(dashboard.refreshInterval).to.equal(120);
    const total = [...dashboard.shadowRoot!.querySelectorAll('dt')].find((term) => term.textContent!.trim() === 'Total leads');
    expect(total?.nextElementSibling?.textContent?.replace(/\D/g, '')).to.equal(String(crm.db.leads.all().length));

    dashboard.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="schedule-follow-up"]')!.click();
    expect(actions).to.deep.equal(['schedule-follow-up']);
  });

  it('CrmLeadDialog: opened through a ref, it edits the lead, and onCrmCancel fires when the user closes it', async () => {
    const lead = leadsNewestFirst()[0]!;
    const dialog = React.createRef<CrmLeadDialogElement>();
    const cancelled: Event[] = [];
    mounted = renderInReact(app(mockClient(), h(CrmLeadDialog, { ref: dialog, label: 'Edit from React', onCrmCancel: (event) => cancelled.push(event) })));
    await waitFor(() => dialog.current, 'the ref was never set');
    expect(dialog.current!.label).to.equal('Edit from React');
    await dialog.current!.open({ leadId: lead.id });
    const form = dialog.current!.shadowRoot!.querySelector('crm-lead-form')!;
    await waitFor(() => form.shadowRoot!.querySelector<HTMLInputElement>('[name="email"]')?.value === lead.email, 'the lead never loaded');

    dialog.current!.shadowRoot!.querySelector<HTMLButtonElement>('[part="close-button"]')!.click();
    await waitFor(() => cancelled.length === 1, 'onCrmCancel was never called');
    expect(dialog.current!.isOpen).to.equal(false);
  });

  it('removes the elements on unmount without an error', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    // React reports what goes wrong while rendering or unmounting through console.error.
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const rendering = renderInReact(app(mockClient(), h(CrmLeadForm), h(CrmLeadsList, { pageSize: 10 })));
      const list = await rendered<CrmLeadsListElement>(rendering.container, 'crm-leads-list');
      await waitForSettled(list);

      rendering.root.unmount();
      expect(rendering.container.querySelector('crm-provider, crm-lead-form, crm-leads-list')).to.equal(null);
      expect(list.isConnected).to.equal(false);
      rendering.container.remove();
      // Anything the elements still had in flight would surface by now.
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      console.error = consoleError;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
    expect(errors.length, 'errors while unmounting').to.equal(0);
  });
});
