// The client's end of sync across tabs, seen from a channel of the same name as another tab would
// hold it (the page's channels reach only this page: test/support/page-scoped-channels.ts). What
// it sends, what it accepts, and which clients hear it. The two-tab story is
// test/elements/sync-tabs.test.ts.
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { CrmChangeDetail, CrmClient } from '@mindbrite/crm-client';
import { createCrmClient } from '@mindbrite/crm-client';
import { lead, leadInput } from './support/fixtures.js';
import { useMsw, worker } from './support/msw.js';

useMsw();

const channelName = (baseUrl: string) => `@mindbrite/crm-client:${new URL(baseUrl, location.href).href}`;

/** Another tab's end of the channel of `baseUrl`; closed after each test. */
let otherTab: BroadcastChannel;
const openOtherTab = (baseUrl = '/api/crm') => (otherTab = new BroadcastChannel(channelName(baseUrl)));
afterEach(() => otherTab?.close());

/** The `change` details `client` dispatches from now on. */
function changesOf(client: CrmClient): CrmChangeDetail[] {
  const details: CrmChangeDetail[] = [];
  client.addEventListener('change', ({ detail }) => details.push(detail));
  return details;
}

/** Resolves with the next `change` detail `client` dispatches. */
const nextChange = (client: CrmClient) =>
  new Promise<CrmChangeDetail>((resolve) => client.addEventListener('change', ({ detail }) => resolve(detail), { once: true }));

describe('sync across tabs: the client relays its changes over a BroadcastChannel', () => {
  it('sends the resource, action and id of its own change and nothing else', async () => {
    worker.use(http.post('/api/crm/leads', () => HttpResponse.json(lead({ id: 9, first_name: 'Sent' }), { status: 201 })));
    const client = createCrmClient();
    const own = changesOf(client);
    const heard = new Promise((resolve) => (openOtherTab().onmessage = ({ data }) => resolve(data)));

    await client.leads.create(leadInput);

    expect(await heard).to.deep.equal({ resource: 'leads', action: 'create', id: 9 });
    expect(own).to.deep.equal([{ resource: 'leads', action: 'create', id: 9 }]);
  });

  it('dispatches another tab’s change, marked remote, with nothing but resource, action and id', async () => {
    const client = createCrmClient();
    const received = nextChange(client);

    openOtherTab().postMessage({ resource: 'leads', action: 'update', id: 3, first_name: 'Jane', remote: false });

    expect(await received).to.deep.equal({ resource: 'leads', action: 'update', id: 3, remote: true });
  });

  it('ignores a message that is not a change (a known resource and action, an id as records have)', async () => {
    const client = createCrmClient();
    const received = changesOf(client);
    const garbage = [
      null,
      'leads',
      42,
      [],
      {},
      { resource: 'patients', action: 'create', id: 1 },
      { resource: 'constructor', action: 'create', id: 1 },
      { resource: ['leads'], action: 'create', id: 1 },
      { resource: 'leads', action: 'merge', id: 1 },
      { resource: 'leads', action: 'create' },
      { resource: 'leads', action: 'create', id: '' },
      { resource: 'leads', action: 'create', id: 0 },
      { resource: 'leads', action: 'create', id: 1.5 },
      { resource: 'leads', action: 'create', id: Number.NaN },
      { resource: 'leads', action: 'create', id: Number.POSITIVE_INFINITY },
    ];
    const sender = openOtherTab();
    for (const message of garbage) sender.postMessage(message);
    // One sender's messages arrive in order: once this one is in, every other has been read.
    const last = nextChange(client);
    sender.postMessage({ resource: 'followUps', action: 'delete', id: 'f-5' });
    await last;

    expect(received).to.deep.equal([{ resource: 'followUps', action: 'delete', id: 'f-5', remote: true }]);
  });

  it('reaches every client of the same API, written relative or absolute, and none of another or with syncTabs: false', async () => {
    const relative = createCrmClient({ baseUrl: '/api/crm' });
    const absolute = createCrmClient({ baseUrl: `${location.origin}/api/crm/` });
    const otherApi = createCrmClient({ baseUrl: '/api/other-crm' });
    const optedOut = createCrmClient({ baseUrl: '/api/crm', syncTabs: false });
    const [ofRelative, ofAbsolute, ofOtherApi, ofOptedOut] = [relative, absolute, otherApi, optedOut].map(changesOf);
    const arrived = nextChange(relative);

    openOtherTab().postMessage({ resource: 'contacts', action: 'convert', id: 4 });
    await arrived;

    // One message reaches the clients of its channel in one task: all of them have it by now.
    const change = { resource: 'contacts', action: 'convert', id: 4, remote: true };
    expect(ofRelative).to.deep.equal([change]);
    expect(ofAbsolute).to.deep.equal([change]);
    expect(ofOtherApi).to.deep.equal([]);
    expect(ofOptedOut).to.deep.equal([]);
  });

  it('with syncTabs: false sends nothing', async () => {
    worker.use(http.delete('/api/crm/leads/:id', () => new HttpResponse(null, { status: 204 })));
    const heard: unknown[] = [];
    openOtherTab().onmessage = ({ data }) => heard.push(data);
    const relayed = new Promise((resolve) => otherTab.addEventListener('message', resolve, { once: true }));

    await createCrmClient({ syncTabs: false }).leads.delete(1);
    await createCrmClient().leads.delete(2);
    await relayed;

    expect(heard).to.deep.equal([{ resource: 'leads', action: 'delete', id: 2 }]);
  });
});

describe('the back/forward cache: the client lets go of the page while it is stored, and says what may be stale on return', () => {
  // What the browser dispatches around a page it stores and restores (`persisted`), and when it
  // first shows one. (Not a page left for good: the test page's MSW worker would let go of it.)
  const pageHide = () => dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
  const pageShow = (persisted: boolean) => dispatchEvent(new PageTransitionEvent('pageshow', { persisted }));
  const stale = ['leads', 'contacts', 'opportunities', 'followUps'].map((resource) => ({ resource, action: 'stale' }));

  it('on a restore, tells every client, with syncTabs or without, that each collection may have changed', async () => {
    const clients = [createCrmClient(), createCrmClient({ baseUrl: '/api/other-crm', syncTabs: false })];
    const received = clients.map(changesOf);

    pageHide();
    pageShow(true);

    expect(received).to.deep.equal([stale, stale]);
  });

  it('says nothing when the page shows for the first time', () => {
    const received = changesOf(createCrmClient());

    pageShow(false);

    expect(received).to.deep.equal([]);
  });

  it('hears no other tab while stored (a message would evict the page), and hears them again once restored', async () => {
    const client = createCrmClient();
    const received = changesOf(client);
    const sender = openOtherTab();

    pageHide();
    sender.postMessage({ resource: 'leads', action: 'update', id: 1 });
    // A channel that were still open would have this message long before the other tab's next one.
    const probe = new BroadcastChannel(channelName('/api/crm'));
    const probed = new Promise((resolve) => (probe.onmessage = resolve));
    sender.postMessage({ resource: 'leads', action: 'update', id: 2 });
    await probed;
    probe.close();
    expect(received, 'nothing reaches the stored page').to.deep.equal([]);

    pageShow(true);
    const arrived = nextChange(client);
    sender.postMessage({ resource: 'leads', action: 'delete', id: 3 });
    await arrived;

    expect(received).to.deep.equal([...stale, { resource: 'leads', action: 'delete', id: 3, remote: true }]);
  });

  it('relays nothing while stored: a change made meanwhile completes, and relaying resumes on return', async () => {
    worker.use(http.delete('/api/crm/leads/:id', () => new HttpResponse(null, { status: 204 })));
    const client = createCrmClient();
    const own = changesOf(client);
    const heard: unknown[] = [];
    openOtherTab().onmessage = ({ data }) => heard.push(data);

    pageHide();
    await client.leads.delete(1);
    pageShow(true);
    const relayed = new Promise((resolve) => otherTab.addEventListener('message', resolve, { once: true }));
    await client.leads.delete(2);
    await relayed;

    expect(own.filter(({ action }) => action === 'delete').map(({ id }) => id)).to.deep.equal([1, 2]);
    expect(heard).to.deep.equal([{ resource: 'leads', action: 'delete', id: 2 }]);
  });
});
