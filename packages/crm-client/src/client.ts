import { createAdapter } from './adapter.js';
import type { CrmClientOptions } from './options.js';
import { DEFAULT_BASE_URL, resolveOptions } from './options.js';
import { createContacts } from './resources/contacts.js';
import type { ContactsResource } from './resources/contacts.js';
import type { CrmChangeDetail, ResourceContext } from './resources/context.js';
import { createFollowUps } from './resources/follow-ups.js';
import type { FollowUpsResource } from './resources/follow-ups.js';
import { createLeads } from './resources/leads.js';
import type { LeadsResource } from './resources/leads.js';
import { createOpportunities } from './resources/opportunities.js';
import type { OpportunitiesResource } from './resources/opportunities.js';
import { createStatistics } from './resources/statistics.js';
import type { StatisticsResource } from './resources/statistics.js';
import { refreshOnRestore } from './sync/page-cache.js';
import { joinTabSync } from './sync/tab-sync.js';
import { createTransport, type CrmExchangeDetail } from './transport/transport.js';

type Listener = EventListenerOrEventListenerObject;

/** The events a {@link CrmClient} dispatches. */
export interface CrmClientEventMap {
  /**
   * A record was created, updated, deleted or converted through this client, or (`remote: true`) in
   * another tab (see `syncTabs`); or, `action: 'stale'` with no id, the page came back from the
   * back/forward cache and any record of the collection may have changed meanwhile.
   */
  change: CustomEvent<CrmChangeDetail>;
  /** An HTTP exchange ended (each attempt of each call): for a host's access log. Never a query, a body or a token. */
  exchange: CustomEvent<CrmExchangeDetail>;
}

/**
 * A typed client of the CRM API. It is an `EventTarget`: after every successful create, update,
 * delete or convert it dispatches a `change` event, so every widget sharing the client can refresh
 * (and relays it to the page's other tabs, see `syncTabs`), and after every HTTP exchange an
 * `exchange` event, for the host's access log.
 * Create it with {@link createCrmClient}.
 */
export class CrmClient extends EventTarget {
  readonly leads: LeadsResource;
  readonly contacts: ContactsResource;
  readonly opportunities: OpportunitiesResource;
  readonly followUps: FollowUpsResource;
  readonly statistics: StatisticsResource;

  constructor(options: CrmClientOptions = {}) {
    super();
    const resolved = resolveOptions(options);
    const baseUrl = options.baseUrl ?? DEFAULT_BASE_URL;
    const tellOtherTabs = options.syncTabs === false ? undefined : joinTabSync(this, baseUrl);
    const context: ResourceContext = {
      transport: createTransport(resolved, (detail) => this.dispatchEvent(new CustomEvent('exchange', { detail }))),
      adapter: createAdapter(baseUrl, options.adapter),
      validation: resolved.validation,
      notify: (detail) => {
        this.dispatchEvent(new CustomEvent('change', { detail }));
        tellOtherTabs?.(detail);
      },
    };
    this.leads = createLeads(context);
    this.contacts = createContacts(context);
    this.opportunities = createOpportunities(context);
    this.followUps = createFollowUps(context);
    this.statistics = createStatistics(context);
    refreshOnRestore(this);
  }

  // Typed overloads for the client's own events; any other name keeps EventTarget's signature.
  override addEventListener<K extends keyof CrmClientEventMap>(
    type: K,
    listener: (this: CrmClient, event: CrmClientEventMap[K]) => void,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(type: string, listener: Listener | null, options?: boolean | AddEventListenerOptions): void;
  override addEventListener(type: string, listener: Listener | null, options?: boolean | AddEventListenerOptions) {
    super.addEventListener(type, listener, options);
  }

  override removeEventListener<K extends keyof CrmClientEventMap>(
    type: K,
    listener: (this: CrmClient, event: CrmClientEventMap[K]) => void,
    options?: boolean | EventListenerOptions,
  ): void;
  override removeEventListener(type: string, listener: Listener | null, options?: boolean | EventListenerOptions): void;
  override removeEventListener(type: string, listener: Listener | null, options?: boolean | EventListenerOptions) {
    super.removeEventListener(type, listener, options);
  }
}

/**
 * Creates a CRM client. Every option is optional; see {@link CrmClientOptions} for the defaults.
 * @example
 * const client = createCrmClient({
 *   baseUrl: '/api/crm',
 *   getToken: () => session.accessToken,
 *   onUnauthorized: () => session.refresh(),
 * });
 * const { data: leads, total } = await client.leads.list({ status: 'new' });
 * client.addEventListener('change', (event) => refreshView(event.detail.resource, event.detail.id));
 */
export function createCrmClient(options: CrmClientOptions = {}): CrmClient {
  return new CrmClient(options);
}
