import '@mindbrite/crm-elements';
import { CrmDashboard, defineElement, type CrmProvider } from '@mindbrite/crm-elements';
import { CrmLeadsList } from '@mindbrite/crm-elements/crm-leads-list.js';
import { createCrmClient } from '@mindbrite/crm-client';
import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { crm, mockClient, useMockCrm } from './support/mock-crm.js';

/** Records which client base URL and which headers each request to the mock came with. */
function recordCalls() {
  const calls: { url: URL; method: string; headers: Headers }[] = [];
  const listener = ({ request }: { request: Request }) =>
    calls.push({ url: new URL(request.url), method: request.method, headers: request.headers });
  crm.worker.events.on('request:start', listener);
  return { calls, stop: () => crm.worker.events.removeListener('request:start', listener) };
}

/** Waits for `text` in the dashboard, its loading placeholder (the figures' labels, no figures) aside. */
const shows = (dashboard: CrmDashboard, text: string) =>
  waitUntil(
    () => [...(dashboard.shadowRoot?.querySelectorAll('section > :not([part~="skeleton"])') ?? [])].some((shown) => shown.textContent!.includes(text)),
    `the dashboard never showed "${text}"`,
  );

describe('embedding', () => {
  useMockCrm();

  describe('registration', () => {
    it('registers every element on import, and registering again never throws', () => {
      for (const tag of ['crm-provider', 'crm-dashboard', 'crm-leads-list', 'crm-lead-form', 'crm-lead-dialog', 'crm-contacts-list', 'crm-contact-form', 'crm-contact-dialog']) {
        expect(customElements.get(tag), tag).to.not.equal(undefined);
      }
      expect(() => CrmLeadsList.define('crm-leads-list')).not.to.throw();
      expect(() => CrmDashboard.define('crm-dashboard')).not.to.throw();
    });

    it('leaves a name taken by another copy of the package alone', () => {
      class AnotherCopy extends HTMLElement {}
      expect(() => defineElement('crm-dashboard', AnotherCopy)).not.to.throw();
      expect(customElements.get('crm-dashboard')).to.equal(CrmDashboard);
    });

    it('lets a host register a class under a name of its own', async () => {
      class PracticeLeads extends CrmLeadsList {}
      PracticeLeads.define('practice-leads');
      const list = await fixture(html`<practice-leads .client=${mockClient()}></practice-leads>`);
      await waitUntil(() => list.shadowRoot?.querySelector('[part~="row"]'), 'the renamed list never showed rows');
    });
  });

  describe('where the client comes from', () => {
    it('uses the client property first, even inside a provider', async () => {
      const own = mockClient();
      const { calls, stop } = recordCalls();
      const provider = await fixture<CrmProvider>(html`
        <crm-provider api-base="/provider/crm">
          <crm-dashboard .client=${own}></crm-dashboard>
        </crm-provider>
      `);
      const dashboard = provider.querySelector('crm-dashboard')!;
      await shows(dashboard, 'Total leads');
      // The statistics, and the follow-up counts' two queries (whose code loads beside them).
      const crmCalls = () => calls.map(({ url }) => url.pathname).filter((path) => path.includes('/crm/'));
      await waitUntil(() => crmCalls().length >= 3, 'the follow-up counts were not asked for');
      stop();
      expect(dashboard.crmClient).to.equal(own);
      expect(crmCalls()).to.have.members(['/api/crm/statistics', '/api/crm/follow-ups', '/api/crm/follow-ups']);
    });

    it('uses the nearest provider next, and every widget inside shares its client', async () => {
      const shared = mockClient();
      const provider = await fixture<CrmProvider>(html`
        <crm-provider .client=${shared}>
          <crm-dashboard api-base="/ignored/crm"></crm-dashboard>
          <div><crm-leads-list></crm-leads-list></div>
        </crm-provider>
      `);
      const dashboard = provider.querySelector('crm-dashboard')!;
      const list = provider.querySelector('crm-leads-list')!;
      expect(dashboard.crmClient).to.equal(shared);
      expect(list.crmClient).to.equal(shared);
      await shows(dashboard, 'Total leads');
    });

    it('falls back to its own api-base attribute', async () => {
      const { calls, stop } = recordCalls();
      const dashboard = await fixture<CrmDashboard>(html`<crm-dashboard api-base="/api/crm"></crm-dashboard>`);
      await shows(dashboard, 'Total leads');
      stop();
      expect(calls.map(({ url }) => url.pathname)).to.include('/api/crm/statistics');
    });

    it('shares one client among standalone widgets and providers with the same api-base, so they stay in sync', async () => {
      const page = fixtureSync<HTMLDivElement>(html`<div>
        <crm-dashboard api-base="/api/crm" locale="en-US"></crm-dashboard>
        <crm-dashboard api-base="/api/crm" locale="en-US"></crm-dashboard>
        <crm-provider api-base="/api/crm"><crm-leads-list></crm-leads-list></crm-provider>
        <crm-dashboard api-base="/api/crm/" locale="en-US"></crm-dashboard>
      </div>`);
      const [first, second, other] = [...page.querySelectorAll('crm-dashboard')] as [CrmDashboard, CrmDashboard, CrmDashboard];
      const list = page.querySelector('crm-leads-list')!;
      await list.updateComplete;
      expect(second.crmClient).to.equal(first.crmClient);
      expect(list.crmClient).to.equal(first.crmClient);
      expect(other.crmClient, 'another base is another client').to.not.equal(first.crmClient);

      await shows(second, 'Total leads');
      const total = String(crm.db.statistics().total_leads + 1);
      await first.crmClient!.leads.create({
        first_name: 'Ana', last_name: 'Silva', email: 'ana.silva@example.org', phone: '', company: '', status: 'new', pipeline_id: 1,
      });
      await shows(second, total);
    });

    it('sends nothing from a provider with neither api-base nor a client: its widgets wait, loading, until the host gives it one', async () => {
      const { calls, stop } = recordCalls();
      const provider = await fixture<CrmProvider>(html`
        <crm-provider><crm-dashboard locale="en-US"></crm-dashboard><crm-leads-list></crm-leads-list><crm-lead-form></crm-lead-form></crm-provider>
      `);
      const widgets = [...provider.children] as HTMLElement[];
      await Promise.all(widgets.map((widget) => (widget as CrmDashboard).updateComplete));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(calls, 'no request before the host gives a client').to.deep.equal([]);
      for (const widget of widgets) {
        expect(widget.shadowRoot!.querySelector('[part="skeleton"]'), `${widget.localName} shows its loading state`).to.not.equal(null);
        expect(widget.shadowRoot!.textContent, `${widget.localName} does not say it is not connected`).to.not.contain('not connected');
      }
      provider.client = createCrmClient({ baseUrl: '/api/crm', getToken: () => 'host-token' });
      await shows(provider.querySelector('crm-dashboard')!, 'Total leads');
      stop();
      expect(calls.length).to.be.greaterThan(0);
      expect(calls.every(({ headers }) => headers.get('Authorization') === 'Bearer host-token'), 'every request carries the host’s token').to.equal(true);
    });

    it('while its provider waits for a client, each widget shows its own loading state, as tall as when it loads', async () => {
      const tags = ['crm-dashboard', 'crm-leads-list', 'crm-contacts-list', 'crm-pipeline', 'crm-forecast', 'crm-follow-ups'];
      const widgets = (tag: string) => tags.map((name) => `<${name} locale="en-US"></${name}>`).join('').replace(/^/, `<${tag} style="display: block; inline-size: 900px">`) + `</${tag}>`;
      const waiting = fixtureSync<CrmProvider>(widgets('crm-provider'));
      // The same widgets with a client whose answers never come: the loading state they show with one.
      const hanging = createCrmClient({ baseUrl: '/api/crm', fetch: () => new Promise<Response>(() => {}) });
      const loading = fixtureSync<CrmProvider>(widgets('crm-provider'));
      loading.client = hanging;
      const heights = (provider: HTMLElement) => [...provider.children].map((widget) => Math.round(widget.getBoundingClientRect().height));
      await Promise.all([...waiting.children, ...loading.children].map((widget) => (widget as CrmDashboard).updateComplete));
      await new Promise((resolve) => setTimeout(resolve, 100));
      for (const widget of waiting.children) {
        expect(widget.shadowRoot!.querySelector('[part~="skeleton"]'), `${widget.localName} shows its loading state`).to.not.equal(null);
      }
      expect(heights(waiting)).to.deep.equal(heights(loading));
      expect(heights(waiting).every((height) => height > 100), `every widget's loading state takes its space: ${heights(waiting).join(', ')}`).to.equal(true);
    });

    it('follows a client set on the provider later', async () => {
      const provider = await fixture<CrmProvider>(html`
        <crm-provider api-base="/api/crm"><crm-dashboard></crm-dashboard></crm-provider>
      `);
      const dashboard = provider.querySelector('crm-dashboard')!;
      await shows(dashboard, 'Total leads');
      const { calls, stop } = recordCalls();
      const hostClient = createCrmClient({ baseUrl: '/api/crm', getToken: () => 'host-token' });
      provider.client = hostClient;
      // The statistics' reload (the follow-up counts' first queries may still be on their way through the old client).
      const reload = () => calls.find(({ url }) => url.pathname.endsWith('/statistics'));
      await waitUntil(reload, 'the dashboard did not reload through the new client');
      stop();
      expect(dashboard.crmClient).to.equal(hostClient);
      expect(reload()!.headers.get('Authorization')).to.equal('Bearer host-token');
    });
  });

  describe('<crm-provider> configured from HTML', () => {
    afterEach(() => {
      document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    });

    it('sends the CSRF token from the named cookie in the named header on writes', async () => {
      document.cookie = 'XSRF-TOKEN=csrf-from-cookie; path=/';
      const provider = await fixture<CrmProvider>(html`
        <crm-provider api-base="/api/crm" credentials="include" csrf-cookie="XSRF-TOKEN" csrf-header="X-XSRF-TOKEN">
          <crm-leads-list></crm-leads-list>
        </crm-provider>
      `);
      const list = provider.querySelector('crm-leads-list')!;
      await waitUntil(() => list.shadowRoot?.querySelector('[part~="row"]'), 'the list never showed rows');
      const { calls, stop } = recordCalls();
      const [lead] = crm.db.leads.all();
      await list.crmClient!.leads.update(lead!.id, { status: 'contacted' });
      stop();
      const write = calls.find(({ method }) => method === 'PUT')!;
      expect(write.headers.get('X-XSRF-TOKEN')).to.equal('csrf-from-cookie');
      expect(calls.filter(({ method }) => method === 'GET').every(({ headers }) => !headers.has('X-XSRF-TOKEN'))).to.equal(true);
    });

    it('makes one client for the same attributes and a new one when they change', async () => {
      const provider = await fixture<CrmProvider>(html`
        <crm-provider api-base="/api/crm"><crm-dashboard></crm-dashboard></crm-provider>
      `);
      const dashboard = provider.querySelector('crm-dashboard')!;
      await shows(dashboard, 'Total leads');
      const first = dashboard.crmClient;
      provider.requestUpdate();
      await provider.updateComplete;
      expect(dashboard.crmClient).to.equal(first);
      provider.credentials = 'include';
      await provider.updateComplete;
      expect(dashboard.crmClient).to.not.equal(first);
    });
  });

  describe('theming and locale', () => {
    const background = (element: Element) => getComputedStyle(element).backgroundColor;

    // fixtureSync: `fixture` waits for a frame when the outer element is not a Lit element, and a
    // test page in a background tab gets none.
    async function wrapped(template: ReturnType<typeof html>) {
      const wrapper = fixtureSync<HTMLDivElement>(template);
      await Promise.all([...wrapper.querySelectorAll('crm-dashboard')].map((dashboard) => dashboard.updateComplete));
      return wrapper;
    }

    it('follows the color-scheme the host page uses, light by default, on the page’s own surface unless given one', async () => {
      const wrapper = await wrapped(html`
        <div>
          <crm-dashboard .client=${mockClient()}></crm-dashboard>
          <div style="color-scheme: dark"><crm-dashboard .client=${mockClient()}></crm-dashboard></div>
          <crm-dashboard .client=${mockClient()} style="--crm-color-surface: #fafafa"></crm-dashboard>
        </div>
      `);
      const [light, dark, surfaced] = wrapper.querySelectorAll('crm-dashboard');
      expect(background(light!), 'transparent by default').to.equal('rgba(0, 0, 0, 0)');
      expect(background(dark!)).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(light!).color).to.equal('rgb(27, 36, 48)');
      expect(getComputedStyle(dark!).color).to.equal('rgb(231, 235, 240)');
      expect(background(surfaced!), 'the surface a host opts in to').to.equal('rgb(250, 250, 250)');
      // Raised parts are opaque whatever the page: the figures' cards.
      await waitUntil(() => light!.shadowRoot!.querySelector('[part="card"]') && dark!.shadowRoot!.querySelector('[part="card"]'), 'the figures');
      expect(background(light!.shadowRoot!.querySelector('[part="card"]')!)).to.equal('rgb(245, 247, 250)');
      expect(background(dark!.shadowRoot!.querySelector('[part="card"]')!)).to.equal('rgb(37, 43, 50)');
    });

    it('shows the search placeholder with AA contrast in light and dark', async () => {
      const wrapper = await wrapped(html`
        <div>
          <crm-leads-list .client=${mockClient()}></crm-leads-list>
          <div style="color-scheme: dark"><crm-leads-list .client=${mockClient()}></crm-leads-list></div>
        </div>
      `);
      const channels = (color: string) => color.match(/[\d.]+/g)!.slice(0, 3).map(Number);
      const luminance = (color: string) => {
        const [r, g, b] = channels(color).map((value) => {
          const c = value / 255;
          return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      for (const list of wrapper.querySelectorAll('crm-leads-list')) {
        await (list as CrmLeadsList).updateComplete;
        const input = list.shadowRoot!.querySelector('input[type="search"]')!;
        const [lighter, darker] = [getComputedStyle(input, '::placeholder').color, background(input)].map(luminance).sort((a, b) => b - a);
        expect((lighter! + 0.05) / (darker! + 0.05)).to.be.at.least(4.5);
      }
    });

    it('takes --crm-* tokens from any ancestor', async () => {
      const wrapper = await wrapped(html`
        <div style="--crm-color-surface: rgb(1, 2, 3); --crm-color-text: rgb(250, 240, 230)">
          <crm-dashboard .client=${mockClient()}></crm-dashboard>
        </div>
      `);
      const dashboard = wrapper.querySelector('crm-dashboard')!;
      expect(background(dashboard)).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(dashboard).color).to.equal('rgb(250, 240, 230)');
    });

    it('formats for the nearest lang when it has no locale attribute', async () => {
      const wrapper = await wrapped(html`
        <div lang="de-DE"><crm-dashboard .client=${mockClient()}></crm-dashboard></div>
      `);
      const dashboard = wrapper.querySelector('crm-dashboard')!;
      const pipeline = crm.db.statistics().pipeline_value!;
      const german = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(pipeline);
      await shows(dashboard, german);
      expect(dashboard.effectiveLocale).to.equal('de-DE');
    });

    it('reads a lang written with an underscore (en_US, as Java and PHP pages print it)', async () => {
      const wrapper = await wrapped(html`
        <div lang="de_DE"><crm-dashboard .client=${mockClient()}></crm-dashboard><crm-leads-list .client=${mockClient()}></crm-leads-list></div>
      `);
      const dashboard = wrapper.querySelector('crm-dashboard')!;
      const total = new Intl.NumberFormat('de-DE').format(crm.db.leads.all().length);
      await shows(dashboard, total);
      expect(dashboard.effectiveLocale).to.equal('de-DE');
      const list = wrapper.querySelector('crm-leads-list')!;
      await waitUntil(() => list.shadowRoot!.querySelector('tbody tr'), 'the list never showed rows');
    });

    it('falls back to the browser locale for a locale Intl cannot read, and shows money in an unknown currency as amount and code', async () => {
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.error);
      window.addEventListener('error', onError);
      try {
        const dashboard = await fixture<CrmDashboard>(html`<crm-dashboard .client=${mockClient()} locale="not a locale!" currency="DOLLARS"></crm-dashboard>`);
        const pipeline = crm.db.statistics().pipeline_value!;
        await shows(dashboard, `${new Intl.NumberFormat(navigator.language).format(pipeline)} DOLLARS`);
        expect(dashboard.effectiveLocale).to.equal(navigator.language);
      } finally {
        window.removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
    });
  });
});
