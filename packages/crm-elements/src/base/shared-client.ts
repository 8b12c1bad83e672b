import { createCrmClient, type CrmClient } from '@mindbrite/crm-client';

/** The attributes a client is made from (`api-base`, `credentials`, `csrf-cookie`, `csrf-header`). */
export interface ClientSettings {
  apiBase?: string;
  credentials?: RequestCredentials;
  csrfCookie?: string;
  csrfHeader?: string;
}

/**
 * Clients made from attributes, by everything that shapes them. Held weakly: the elements and
 * providers using a client keep it (in their loads and `change` listeners), and once none does it
 * is collected, its listeners with it, with nothing to release by hand.
 */
const clients = new Map<string, WeakRef<CrmClient>>();

/**
 * The client for `settings`, shared by every element and `<crm-provider>` configured the same
 * way (so they share its requests and `change` events); `undefined` without an `apiBase`.
 *
 * @example
 * get crmClient() { return this.client ?? sharedClient(this); }
 */
export function sharedClient({ apiBase, credentials, csrfCookie, csrfHeader }: ClientSettings): CrmClient | undefined {
  if (!apiBase) return undefined;
  const csrf = csrfCookie && csrfHeader ? { cookie: csrfCookie, header: csrfHeader } : undefined;
  const key = JSON.stringify([apiBase, credentials, csrf]);
  let client = clients.get(key)?.deref();
  if (!client) {
    client = createCrmClient({ baseUrl: apiBase, credentials, csrf });
    clients.set(key, new WeakRef(client));
  }
  return client;
}
