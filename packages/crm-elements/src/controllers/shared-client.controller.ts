import { createCrmClient, type CrmClient } from '@mindbrite/crm-client';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The attributes a client is made from; two hosts with the same ones share a client. */
export interface ClientSettings {
  apiBase?: string;
  credentials?: RequestCredentials;
  csrfCookie?: string;
  csrfHeader?: string;
}

/** Clients made from attributes, by everything that shapes them, with how many hosts use each. */
const clients = new Map<string, { client: CrmClient; users: number }>();

/**
 * Hands its host the client made from attribute settings, shared by every connected host with the
 * same settings, and dropped from the cache once none uses it (so its listeners and any token it
 * holds go with the last one). `<crm-provider>` uses it; standalone elements still keep their own
 * cache by `api-base` in the base class, because moving them here costs the list ~330 B gzipped
 * that its budget does not have (issue 10).
 *
 * @example
 * private readonly sharedClient = new SharedClientController(this);
 * get crmClient() { return this.sharedClient.clientFor(this); }
 */
export class SharedClientController implements ReactiveController {
  private held?: { key: string; client: CrmClient };

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /**
   * The shared client for `settings`, held until other settings are asked for or the host leaves
   * the page; `undefined` without an `apiBase`, or while the host is out of the page (a client
   * held then would never be released).
   */
  clientFor({ apiBase, credentials, csrfCookie, csrfHeader }: ClientSettings): CrmClient | undefined {
    const csrf = csrfCookie && csrfHeader ? { cookie: csrfCookie, header: csrfHeader } : undefined;
    const key = apiBase && this.host.isConnected ? JSON.stringify([apiBase, credentials, csrf]) : '';
    if (this.held?.key !== key) {
      this.release();
      if (key) {
        let entry = clients.get(key);
        if (!entry) {
          const client = createCrmClient({ baseUrl: apiBase, ...(credentials ? { credentials } : {}), ...(csrf ? { csrf } : {}) });
          clients.set(key, (entry = { client, users: 0 }));
        }
        entry.users += 1;
        this.held = { key, client: entry.client };
      }
    }
    return this.held?.client;
  }

  /** Back in the page, the host asks for its client again (it was released on removal). */
  hostConnected(): void {
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.release();
  }

  private release(): void {
    const held = this.held;
    this.held = undefined;
    const entry = held && clients.get(held.key);
    if (entry && !--entry.users) clients.delete(held.key);
  }
}
