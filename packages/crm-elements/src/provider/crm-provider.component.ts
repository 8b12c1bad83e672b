import { ContextProvider } from '@lit/context';
import { createCrmClient, type CrmClient } from '@mindbrite/crm-client';
import { css, html, LitElement } from 'lit';
import { crmClientContext } from '../base/client-context.js';

/**
 * @summary Gives every MindBrite widget inside it one shared CRM client, so they share its
 * requests and its `change` events and stay in sync with no host code.
 *
 * From plain HTML, configure it with attributes; for bearer tokens, set the `client` property to
 * `createCrmClient({ getToken, ... })`, which wins over the attributes.
 *
 * @slot - The widgets, and any host markup around them.
 */
export class CrmProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    apiBase: { attribute: 'api-base' },
    credentials: {},
    csrfCookie: { attribute: 'csrf-cookie' },
    csrfHeader: { attribute: 'csrf-header' },
    client: { attribute: false },
  };

  /** The CRM API's base URL. */
  apiBase = '/api/crm';

  /** Whether requests carry cookies: `omit`, `same-origin` (the default) or `include`. */
  credentials?: RequestCredentials;

  /** The cookie holding a CSRF token, sent back in `csrf-header` (for cookie sessions). */
  csrfCookie?: string;

  /** The header that carries the CSRF token read from `csrf-cookie`. */
  csrfHeader?: string;

  /** A client made by the host; wins over the attributes. */
  client?: CrmClient;

  private readonly provider = new ContextProvider(this, { context: crmClientContext });
  private clientFromAttributes?: { key: string; client: CrmClient };

  protected override willUpdate(): void {
    this.provider.setValue(this.client ?? this.attributeClient());
  }

  private attributeClient(): CrmClient {
    const csrf = this.csrfCookie && this.csrfHeader ? { cookie: this.csrfCookie, header: this.csrfHeader } : undefined;
    const key = JSON.stringify([this.apiBase, this.credentials, csrf]);
    if (this.clientFromAttributes?.key !== key) {
      const client = createCrmClient({
        baseUrl: this.apiBase,
        ...(this.credentials ? { credentials: this.credentials } : {}),
        ...(csrf ? { csrf } : {}),
      });
      this.clientFromAttributes = { key, client };
    }
    return this.clientFromAttributes.client;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
