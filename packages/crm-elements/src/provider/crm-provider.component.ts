import { ContextProvider } from '@lit/context';
import type { CrmClient } from '@mindbrite/crm-client';
import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { crmClientContext } from '../base/client-context.js';
import { crmPermissionsContext, type CrmPermission, type CrmPermissions } from '../base/permissions.js';
import { sharedClient } from '../base/shared-client.js';

const RESOURCES = ['leads', 'contacts', 'opportunities', 'followUps'];
const PERMISSIONS: readonly CrmPermission[] = ['create', 'edit', 'delete', 'convert', 'export', 'bulk'];

/** The `permissions` attribute's JSON; text that is not JSON is passed on as it is, for the check to refuse. */
function readPermissions(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
}

/** `permissions` as given, once every collection and permission in it is one we know. */
function checkPermissions(permissions: CrmPermissions): CrmPermissions {
  const fail = (what: string) => {
    throw new TypeError(`crm-provider: permissions ${what}`);
  };
  if (typeof permissions === 'string') fail('is not JSON, such as {"leads": ["create", "edit"]}');
  if (typeof permissions !== 'object' || permissions === null || Array.isArray(permissions)) fail('must be an object of collections');
  for (const [resource, allowed] of Object.entries(permissions)) {
    if (!RESOURCES.includes(resource)) fail(`name an unknown collection "${resource}"; known: ${RESOURCES.join(', ')}`);
    if (!Array.isArray(allowed)) fail(`of ${resource} must be a list`);
    for (const permission of allowed as unknown[]) {
      if (!PERMISSIONS.includes(permission as CrmPermission)) fail(`of ${resource} name an unknown permission "${String(permission)}"; known: ${PERMISSIONS.join(', ')}`);
    }
  }
  return permissions;
}

/**
 * @summary Gives every MindBrite widget inside it one shared CRM client, so they share its
 * requests and its `change` events and stay in sync with no host code.
 *
 * From plain HTML, configure it with attributes; for bearer tokens, set the `client` property to
 * `createCrmClient({ getToken, ... })`, which wins over the attributes. With neither `api-base`
 * nor a client it sends nothing: its widgets show their loading state until the host's script
 * gives it one (no request leaves without the host's token).
 *
 * `permissions` says what the signed-in user may do; the widgets hide the rest (not just disable
 * it). The API stays the authority: an action it refuses with `403` is hidden for the rest of the
 * page's life, whatever `permissions` says.
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

  /**
   * What the signed-in user may do per collection, e.g. `{ "leads": ["create", "edit"] }`; from
   * HTML, the same as JSON in the attribute. Once set, what it does not list is hidden, a
   * collection it leaves out included; unset, everything is offered. Permissions: `create`,
   * `edit`, `delete`, `convert`, `export`, `bulk` (bulk actions also need `edit` or `delete`).
   * Something it cannot read throws a `TypeError` and allows nothing.
   */
  @property({ converter: (value) => (value === null ? undefined : readPermissions(value)) })
  get permissions(): CrmPermissions | undefined {
    return this.#permissions;
  }

  set permissions(value: CrmPermissions | undefined) {
    const old = this.#permissions;
    try {
      this.#permissions = value === undefined ? value : checkPermissions(value);
    } catch (error) {
      // Nothing is allowed until a good value arrives: a typo must not grant what it meant to withhold.
      this.#permissions = {};
      throw error;
    } finally {
      this.requestUpdate('permissions', old);
    }
  }

  #permissions?: CrmPermissions;

  private readonly provider = new ContextProvider(this, { context: crmClientContext });
  private readonly permissionsProvider = new ContextProvider(this, { context: crmPermissionsContext });

  protected override willUpdate(): void {
    // One made from the attributes is shared with every provider and element configured the same
    // way. `null`: no client yet, which the widgets wait for.
    this.provider.setValue(this.client ?? sharedClient(this) ?? null);
    this.permissionsProvider.setValue(this.#permissions);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
