import { ContextProvider } from '@lit/context';
import type { CrmClient } from '@mindbrite/crm-client';
import { css, html, LitElement } from 'lit';
import { crmClientContext } from '../base/client-context.js';
import { SharedClientController } from '../controllers/shared-client.controller.js';

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
  /** The client made from the attributes, shared by providers configured the same way and released with the last. */
  private readonly sharedClient = new SharedClientController(this);

  protected override willUpdate(): void {
    // With no settings while the host's client is used, so one made from attributes is released.
    const own = this.sharedClient.clientFor(this.client ? {} : this);
    this.provider.setValue(this.client ?? own);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
