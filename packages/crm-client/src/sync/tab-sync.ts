import { safeParse } from 'zod/mini';
import type { CrmChangeAction, CrmChangeDetail, CrmChangeResource } from '../resources/context.js';
import { recordId } from '../schemas/fields.js';

const RESOURCES: readonly unknown[] = ['leads', 'contacts', 'opportunities', 'followUps'] satisfies CrmChangeResource[];
const ACTIONS: readonly unknown[] = ['create', 'update', 'delete', 'convert'] satisfies CrmChangeAction[];

/**
 * The page's one channel per API and the clients it relays to. They are held weakly: the channel's
 * listener lives as long as the page, and must not keep alive a client nothing else uses.
 */
const channels = new Map<string, [BroadcastChannel, Set<WeakRef<EventTarget>>]>();

/**
 * Relays a client's changes to the other tabs (and workers) of this origin that use the same API,
 * and theirs to it as `change` events marked `remote`. Only resource, action and id cross; a
 * message that is not such a change is ignored. Where there is no `BroadcastChannel`, or no page
 * to resolve a relative `baseUrl` against, it does nothing.
 * @returns what tells the other tabs of one of the client's own changes
 * @example
 * const tellOtherTabs = joinTabSync(client, '/api/crm');
 * tellOtherTabs?.({ resource: 'leads', action: 'create', id: 7 });
 */
export function joinTabSync(client: EventTarget, baseUrl: string): ((detail: CrmChangeDetail) => void) | undefined {
  const page = globalThis.location?.href;
  if (!globalThis.BroadcastChannel || !URL.canParse(baseUrl, page)) return undefined;
  // The adapter ignores trailing slashes, so `/api/crm/` and `/api/crm` are one API.
  const name = `@mindbrite/crm-client:${new URL(baseUrl, page).href.replace(/\/+$/, '')}`;
  let entry = channels.get(name);
  if (!entry) {
    const channel = new BroadcastChannel(name);
    const clients = new Set<WeakRef<EventTarget>>();
    channel.onmessage = ({ data }) => {
      const { resource, action, id } = Object(data) as Record<string, unknown>;
      if (!RESOURCES.includes(resource) || !ACTIONS.includes(action) || !safeParse(recordId, id).success) return;
      for (const ref of clients) ref.deref()?.dispatchEvent(new CustomEvent('change', { detail: { resource, action, id, remote: true } }));
    };
    // In Node an open channel would keep the process running after its work is done (browsers have no `unref`).
    (channel as { unref?: () => void }).unref?.();
    channels.set(name, (entry = [channel, clients]));
  }
  const [channel, clients] = entry;
  // Forgets the clients collected so far; in a tab that hears nothing the set would only grow.
  for (const ref of clients) if (!ref.deref()) clients.delete(ref);
  clients.add(new WeakRef(client));
  return ({ resource, action, id }) => channel.postMessage({ resource, action, id });
}
