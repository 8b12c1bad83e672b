import { safeParse } from 'zod/mini';
import type { CrmChangeAction, CrmRecordChange } from '../resources/context.js';
import { recordId } from '../schemas/fields.js';
import { RESOURCES, whilePageCached } from './page-cache.js';

const ACTIONS: readonly unknown[] = ['create', 'update', 'delete', 'convert'] satisfies CrmChangeAction[];

// No channel while the page is in the back/forward cache.
type Relay = [channel: BroadcastChannel | undefined, clients: Set<WeakRef<EventTarget>>];

/**
 * The page's one channel per API and the clients it relays to. They are held weakly: the channel's
 * listener lives as long as the page, and must not keep alive a client nothing else uses.
 */
const relays = new Map<string, Relay>();

function openChannel(name: string, clients: Set<WeakRef<EventTarget>>): BroadcastChannel {
  const channel = new BroadcastChannel(name);
  channel.onmessage = ({ data }) => {
    const { resource, action, id } = Object(data) as Record<string, unknown>;
    if (!RESOURCES.includes(resource as never) || !ACTIONS.includes(action) || !safeParse(recordId, id).success) return;
    for (const ref of clients) ref.deref()?.dispatchEvent(new CustomEvent('change', { detail: { resource, action, id, remote: true } }));
  };
  // In Node an open channel would keep the process running after its work is done (browsers have no `unref`).
  (channel as { unref?: () => void }).unref?.();
  return channel;
}

/**
 * Relays a client's changes to the other tabs (and workers) of this origin that use the same API,
 * and theirs to it as `change` events marked `remote`. Only resource, action and id cross; a
 * message that is not such a change is ignored. Where there is no `BroadcastChannel`, or no page
 * to resolve a relative `baseUrl` against, it does nothing. The channels close while the page is
 * in the back/forward cache (a message there would evict it) and open again when it is restored.
 * @returns what tells the other tabs of one of the client's own changes
 * @example
 * const tellOtherTabs = joinTabSync(client, '/api/crm');
 * tellOtherTabs?.({ resource: 'leads', action: 'create', id: 7 });
 */
export function joinTabSync(client: EventTarget, baseUrl: string): ((detail: CrmRecordChange) => void) | undefined {
  const page = globalThis.location?.href;
  if (!globalThis.BroadcastChannel || !URL.canParse(baseUrl, page)) return undefined;
  // The adapter ignores trailing slashes, so `/api/crm/` and `/api/crm` are one API.
  const name = `@mindbrite/crm-client:${new URL(baseUrl, page).href.replace(/\/+$/, '')}`;
  let relay = relays.get(name);
  if (!relay) {
    const clients = new Set<WeakRef<EventTarget>>();
    relays.set(name, (relay = [openChannel(name, clients), clients]));
    if (relays.size === 1) {
      whilePageCached(
        () =>
          relays.forEach((entry) => {
            entry[0]?.close();
            entry[0] = undefined;
          }),
        () => relays.forEach((entry, key) => (entry[0] = openChannel(key, entry[1]))),
      );
    }
  }
  const clients = relay[1];
  // Forgets the clients collected so far; in a tab that hears nothing the set would only grow.
  for (const ref of clients) if (!ref.deref()) clients.delete(ref);
  clients.add(new WeakRef(client));
  // A change that completes as the page is being cached is not relayed: the other tabs hear of it when
  // they next load (a closed channel would throw, failing a call that succeeded).
  return ({ resource, action, id }) => relay[0]?.postMessage({ resource, action, id });
}
