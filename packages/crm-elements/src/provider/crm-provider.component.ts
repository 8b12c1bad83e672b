import { ContextProvider } from '@lit/context';
import type { CrmClient } from '@mindbrite/crm-client';
import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { crmClientContext } from '../base/client-context.js';
import { sharedClient } from '../base/shared-client.js';

/**
 * @summary Gives every MindBrite widget inside it one shared CRM client, so they share its
 * requests and its `change` events and stay in sync with no host code.
 *
 * From plain HTML, configure it with attributes; for bearer tokens, set the `client` property to
 * `createCrmClient({ getToken, ... })`, which wins over the attributes. With neither `api-base`
 * nor a client it sends nothing: its widgets show their loading state until the host's script
 * gives it one (no request leaves without the host's token).
 *
 * @slot - The widgets, and any host markup around them.
 */
export class CrmProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The CRM API's base URL, such as `/api/crm`; without it (and without `client`) the widgets wait. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** Whether requests carry cookies: `omit`, `same-origin` (the default) or `include`. */
  @property() credentials?: RequestCredentials;

  /** The cookie holding a CSRF token, sent back in `csrf-header` (for cookie sessions). */
  @property({ attribute: 'csrf-cookie' }) csrfCookie?: string;

  /** The header that carries the CSRF token read from `csrf-cookie`. */
  @property({ attribute: 'csrf-header' }) csrfHeader?: string;

  /** A client made by the host; wins over the attributes. */
  @property({ attribute: false }) client?: CrmClient;

  private readonly provider = new ContextProvider(this, { context: crmClientContext });

  protected override willUpdate(): void {
    // One made from the attributes is shared with every provider and element configured the same
    // way. `null`: no client yet, which the widgets wait for.
    this.provider.setValue(this.client ?? sharedClient(this) ?? null);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
