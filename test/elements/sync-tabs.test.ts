// Two tabs of one host page, as two frames of the same origin (test/elements/support/tab.html),
// each with its own client module and BroadcastChannel: a lead created, updated, converted or
// deleted through one tab's client shows in the other tab's <crm-leads-list>, and what crosses
// between them is the resource, the action and the id, nothing else. The frames' requests go
// through this page's fetch, so this page's mock CRM answers both tabs from one database.
import type { createCrmClient, CrmChangeDetail, CrmClient, CrmClientOptions } from '@mindbrite/crm-client';
import { crm, useMockCrm } from './support/mock-crm.js';
import { cellTexts, expect, idOf, names, rows, waitFor, waitForSettled, type CrmLeadsList } from './support/leads-list.js';

interface Tab {
  window: Window & typeof globalThis;
  /** A client made by the tab's own client module; its requests go through the test page's mock CRM. */
  client(options?: CrmClientOptions): CrmClient;
  /** A `<crm-leads-list>` in the tab, on `client`, once it has loaded. */
  list(client: CrmClient): Promise<CrmLeadsList>;
}

type TabWindow = Window & typeof globalThis & { tab?: { createCrmClient: typeof createCrmClient } };

const frames: HTMLIFrameElement[] = [];

async function openTab(): Promise<Tab> {
  const frame = document.createElement('iframe');
  frame.src = new URL('./support/tab.html', import.meta.url).href;
  // Wide enough for the list's table layout.
  frame.style.cssText = 'width: 1200px; height: 600px';
  document.body.append(frame);
  frames.push(frame);
  const tabWindow = frame.contentWindow as TabWindow;
  await waitFor(() => tabWindow.tab, 'the tab to load its modules', { timeout: 15_000 });
  const { createCrmClient: createTabClient } = tabWindow.tab!;
  return {
    window: tabWindow,
    // The test page's fetch: requests from a frame of its own would not reach this page's mock.
    client: (options) => createTabClient({ baseUrl: crm.baseUrl, retry: { limit: 0 }, fetch: globalThis.fetch, ...options }),
    async list(client) {
      const list = tabWindow.document.createElement('crm-leads-list') as CrmLeadsList;
      list.client = client;
      tabWindow.document.body.append(list);
      await waitForSettled(list);
      return list;
    },
  };
}

/** Every message another tab sees on the channel of the mock CRM's base URL. */
function overhear(tab: Tab): unknown[] {
  const heard: unknown[] = [];
  const channel = new tab.window.BroadcastChannel(`@mindbrite/crm-client:${new URL(crm.baseUrl, location.href).href}`);
  channel.onmessage = ({ data }) => heard.push(data);
  return heard;
}

const statusOf = (list: HTMLElement, name: string) => cellTexts(list).find((cells) => cells[0] === name)?.join(' ');

const newLead = {
  first_name: 'Imogen',
  last_name: 'Tabbed',
  email: 'imogen.tabbed@example.test',
  phone: '+1 555 010 4242',
  company: 'Two Tabs Clinic',
  status: 'new',
  pipeline_id: 1,
} as const;

describe('sync across tabs: a change in one tab shows in every other', function () {
  // Each test loads the elements twice more, in the frames, on two shared cores.
  this.timeout(40_000);
  useMockCrm();
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it("shows a lead created, updated, converted and deleted through one tab's client in the other tab's list", async () => {
    const [a, b] = await Promise.all([openTab(), openTab()]);
    const writer = a.client();
    const list = await b.list(b.client());
    const doomed = idOf(rows(list)[0]!);

    const created = await writer.leads.create(newLead);
    await waitFor(() => names(list)[0] === 'Imogen Tabbed', 'the new lead heads the other tab’s list');

    await writer.leads.update(created.id, { last_name: 'Retabbed' });
    await waitFor(() => names(list)[0] === 'Imogen Retabbed', 'the renamed lead in the other tab');

    await writer.leads.convert(created.id);
    await waitFor(() => statusOf(list, 'Imogen Retabbed')?.includes('Converted'), 'the lead shown converted in the other tab');

    await writer.leads.delete(doomed);
    await waitFor(() => !rows(list).some((row) => idOf(row) === doomed), 'the deleted lead gone from the other tab');
  });

  it('relays resource, action and id only, which the other tab hears as remote changes', async () => {
    const [a, b] = await Promise.all([openTab(), openTab()]);
    const writer = a.client();
    const reader = b.client();
    const heard = overhear(b);
    const received: CrmChangeDetail[] = [];
    reader.addEventListener('change', ({ detail }) => received.push(detail));

    const { id } = await writer.leads.create(newLead);
    await writer.leads.update(id, { phone: '+1 555 010 4343' });
    const contact = await writer.leads.convert(id);
    await writer.leads.delete(id);

    const relayed = [
      { resource: 'leads', action: 'create', id },
      { resource: 'leads', action: 'update', id },
      { resource: 'leads', action: 'convert', id },
      { resource: 'contacts', action: 'create', id: contact.id },
      { resource: 'leads', action: 'delete', id },
    ];
    await waitFor(() => heard.length === relayed.length && received.length === relayed.length, 'every change in the other tab');
    expect(heard).to.deep.equal(relayed);
    expect(received).to.deep.equal(relayed.map((change) => ({ ...change, remote: true })));
  });

  it('with syncTabs: false, a client neither tells the other tabs nor hears them', async () => {
    const [a, b] = await Promise.all([openTab(), openTab()]);
    const heard = overhear(b);
    const deafClient = b.client({ syncTabs: false });
    let deafClientHeard = 0;
    deafClient.addEventListener('change', () => (deafClientHeard += 1));
    const [deafList, hearingList] = await Promise.all([b.list(deafClient), b.list(b.client())]);

    await a.client({ syncTabs: false }).leads.create({ ...newLead, last_name: 'Unannounced' });
    const announced = await a.client().leads.create({ ...newLead, last_name: 'Announced' });
    // The relayed change arrives after any the first client could have sent, and reaches every
    // listening client of the tab at once: by the time the hearing list shows it, the deaf one would have too.
    await waitFor(() => names(hearingList)[0] === 'Imogen Announced', 'the relayed lead in the hearing list');

    expect(heard).to.deep.equal([{ resource: 'leads', action: 'create', id: announced.id }]);
    expect(names(hearingList)).to.include('Imogen Unannounced');
    expect(deafClientHeard).to.equal(0);
    expect(names(deafList)).not.to.include('Imogen Announced');
    expect(names(deafList)).not.to.include('Imogen Unannounced');
  });
});
