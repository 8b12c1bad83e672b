import { consume } from '@lit/context';
import { isCrmError, isHttpError, type CrmClient, type CrmResourceName } from '@mindbrite/crm-client';
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localeLoading, localize, unwatchLocale, watchLocale } from '../localize/localize.js';
import type { CrmEventDetailMap, CrmEventName, CrmOperation } from '../shared/events.js';
import { crmClientContext } from './client-context.js';
import { defineElement } from './define.js';
import { allows, crmPermissionsContext, refuse, type CrmPermission, type CrmPermissions } from './permissions.js';
import { sharedClient } from './shared-client.js';

/** An element's parent, or the host of the shadow root it is in. */
const composedParent = (node: Element): Element | undefined => node.parentElement ?? (node.getRootNode() as ShadowRoot).host;

/** How long a load may take before a widget says it is still waiting and offers Cancel: the default of `slow-after`. */
export const SLOW_AFTER_MS = 3000;

/**
 * What every MindBrite element shares: registration that tolerates being done twice, typed events
 * that cross shadow roots, and finding the CRM client.
 *
 * The client comes from, in order: the `client` property; the nearest `<crm-provider>` ancestor;
 * the `api-base` attribute, whose client every element and provider with that base (and no other
 * settings) shares. Cookie sessions that need `credentials` or CSRF settings use a provider, which
 * keeps those attributes off every element (and its bytes).
 *
 * The global theme tokens every element reads (through `themeStyles`), documented here once: each
 * element inherits them in `custom-elements.json`, and so in Storybook and the VS Code data. A
 * token's default is its fallback in `styles/theme.styles.ts`, which the manifest step reads.
 *
 * @cssprop --crm-color-primary - The brand colour: primary buttons, links, selected rows, progress and chart bars.
 * @cssprop --crm-color-on-primary - Text and icons on the primary colour.
 * @cssprop --crm-color-surface - Opt-in: a background for the whole widget, which is otherwise transparent and sits on the host's own surface. Also the background of buttons, fields, tables, menus and dialogs, which are white or dark grey by the page's colour scheme until it is set.
 * @cssprop --crm-color-surface-raised - Areas raised above the surface: cards, table headers, placeholders.
 * @cssprop --crm-color-text - Body text.
 * @cssprop --crm-color-text-muted - Secondary text: hints, captions, axis labels, empty states.
 * @cssprop --crm-color-border - Borders and dividers of fields, buttons, tables and cards.
 * @cssprop --crm-color-danger - Errors, invalid fields and destructive actions such as Delete.
 * @cssprop --crm-color-success - Confirmations and positive states.
 * @cssprop --crm-color-warning - Cautions: a possible duplicate, records left out of a page.
 * @cssprop --crm-color-focus - The keyboard focus ring.
 * @cssprop --crm-font-family - The font of all text.
 * @cssprop --crm-font-size - The base font size; headings and figures scale from it.
 * @cssprop --crm-radius - Corner radius of buttons, fields, cards and dialogs.
 * @cssprop --crm-spacing - The spacing unit: gaps and padding are multiples of it, times `--crm-density`.
 * @cssprop --crm-density - Scales spacing and row heights: below 1 is compact (0.85), above 1 roomy.
 */
export class CrmElement extends LitElement {
  /** Registers this class as `name`; a name already taken (say by another copy) is left as it is. */
  static define(name: string): void {
    defineElement(name, this);
  }

  /** An explicit client, which wins over a provider and `api-base`. */
  @property({ attribute: false }) client?: CrmClient;

  /** The CRM API's base URL, used when neither `client` nor a provider gives a client. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /**
   * BCP 47 locale of the words, dates, numbers and money; defaults to the nearest `lang` (across
   * shadow roots, so an element inside another follows its `locale`), then the document's. Words
   * fall back from `es-MX` to `es` to English; other languages' words load on demand.
   */
  @property() locale?: string;

  /**
   * Milliseconds a load of data may take before the widget says it is still waiting for the CRM
   * and offers to cancel. Default 3000.
   */
  @property({ type: Number, attribute: 'slow-after' }) slowAfter: number = SLOW_AFTER_MS;

  /** The client of the nearest `<crm-provider>`, followed as it changes; `null` while it has none. */
  @consume({ context: crmClientContext, subscribe: true }) @state() private providedClient?: CrmClient | null;

  /** What the signed-in user may do, from the nearest `<crm-provider>`; `undefined`: anything. */
  @consume({ context: crmPermissionsContext, subscribe: true }) @state() private permissions?: CrmPermissions;

  /** The client this element talks to, or `undefined` when it has none yet. */
  get crmClient(): CrmClient | undefined {
    return this.client ?? this.providedClient ?? sharedClient(this);
  }

  /** Whether the element waits for its `<crm-provider>` to be given a client: it shows its loading state meanwhile. */
  get waitsForClient(): boolean {
    return this.providedClient === null && !this.crmClient;
  }

  /**
   * The locale in effect: the attribute, else the nearest `locale` or `lang` around the element,
   * else the browser's. Pages often print `en_US` (Java, PHP), which `Intl` refuses: underscores
   * count as hyphens, and a tag `Intl` still cannot read gives way to the browser's locale instead
   * of breaking the widget.
   */
  get effectiveLocale(): string {
    let wanted = this.locale || this.getAttribute('lang');
    for (let node = composedParent(this); !wanted && node; node = composedParent(node)) wanted = (node as CrmElement).locale || node.getAttribute('lang');
    try {
      return Intl.getCanonicalLocales(wanted?.replaceAll('_', '-'))[0] ?? navigator.language;
    } catch {
      return navigator.language;
    }
  }

  /**
   * Whether to offer `permission` on `resource`: what the provider's `permissions` allow, less what
   * the API refused on this page.
   */
  may(resource: CrmResourceName, permission: CrmPermission): boolean {
    return allows(this.permissions, resource, permission);
  }

  /** The words of `section` (one of `messages/`) in this element's language. */
  t<T extends object>(section: T): T {
    return localize(section, this.effectiveLocale);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLocale(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLocale(this);
  }

  /** The first render in a language waits for its words, so no English flashes by. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = localeLoading(this.effectiveLocale);
    const update = () => super.scheduleUpdate();
    // Words that could not load (a network failure) leave English in their place.
    return loading ? loading.then(update, update) : update();
  }

  /**
   * Fires a bubbling, composed event; `cancelable` only where the element acts on
   * `preventDefault()` (and its `@fires` says so). Returns false when a listener cancelled it.
   */
  emit<Name extends CrmEventName>(name: Name, detail: CrmEventDetailMap[Name], cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
  }

  /**
   * Reports a failure as `crm-error`; an abort (a superseded load, a removed element, Cancel) is no
   * failure. A `403` hides the action it refused in every widget for the rest of the page's life.
   */
  reportError(error: unknown, operation: CrmOperation): void {
    if (!isCrmError(error) || error.kind === 'abort') return;
    if (isHttpError(error, 403) && error.resource) refuse(error.resource, /update/.test(operation) ? 'edit' : operation.replace('bulk-', ''));
    this.emit('crm-error', { error, operation });
  }

  /**
   * @internal Code loaded on demand (`LazyModule`) failed to load: reported as `crm-error`
   * (operation `load`); elements with a notice also show it there.
   */
  loadFailed(error: unknown): void {
    this.reportError(error, 'load');
  }
}
