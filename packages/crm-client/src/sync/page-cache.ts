import type { CrmChangeResource, CrmStaleChange } from '../resources/context.js';

/** Every collection whose records change. */
export const RESOURCES = ['leads', 'contacts', 'opportunities', 'followUps'] as const satisfies readonly CrmChangeResource[];

/**
 * Runs `hide` when the page goes into the browser's back/forward cache and `show` when it comes
 * back from it. Where there is no page (Node, a worker) neither ever runs.
 */
export function whilePageCached(hide: () => void, show: () => void): void {
  if (!('onpageshow' in globalThis)) return;
  addEventListener('pagehide', (event) => event.persisted && hide());
  addEventListener('pageshow', (event) => event.persisted && show());
}

/** The clients told of a restore, held weakly: the page's listener must not keep alive a client nothing else uses. */
const clients = new Set<WeakRef<EventTarget>>();
let listening = false;

/**
 * Tells `client`, each time the page is restored from the back/forward cache, that every
 * collection may have changed while the page was frozen there (another tab, another user, the
 * server): a `stale` change per collection, so what shows one loads it again.
 * @example
 * refreshOnRestore(client);
 */
export function refreshOnRestore(client: EventTarget): void {
  if (!listening) {
    listening = true;
    whilePageCached(
      () => {},
      () => {
        for (const ref of clients) {
          for (const resource of RESOURCES) {
            const detail: CrmStaleChange = { resource, action: 'stale' };
            ref.deref()?.dispatchEvent(new CustomEvent('change', { detail }));
          }
        }
      },
    );
  }
  // Forgets the clients collected so far, as the set would only grow otherwise.
  for (const ref of clients) if (!ref.deref()) clients.delete(ref);
  clients.add(new WeakRef(client));
}
