import { ContextConsumer } from '@lit/context';
import { createCrmClient, isCrmError, type CrmClient } from '@mindbrite/crm-client';
import { LitElement, type PropertyDeclarations } from 'lit';
import type { CrmEventDetailMap, CrmEventName, CrmOperation } from '../shared/events.js';
import { crmClientContext } from './client-context.js';
import { defineElement } from './define.js';

/** How long a load may take before a widget says it is still waiting and offers Cancel: the default of `slow-after`. */
export const SLOW_AFTER_MS = 3000;

/** Clients made from an `api-base` attribute, shared by every widget naming the same base. */
const clientsByApiBase = new Map<string, CrmClient>();

/**
 * What every MindBrite element shares: registration that tolerates being done twice, typed events
 * that cross shadow roots, and finding the CRM client.
 *
 * The client comes from, in order: the `client` property; the nearest `<crm-provider>` ancestor;
 * the `api-base` attribute.
 */
export class CrmElement extends LitElement {
  /** Registers this class as `name`; a name already taken (say by another copy) is left as it is. */
  static define(name: string): void {
    defineElement(name, this);
  }

  // Lit's reactive properties, declared without decorators (so no decorator helper in every
  // module); `{ state: true }` is internal state, which the manifest config leaves out.
  static override properties: PropertyDeclarations = {
    client: { attribute: false },
    apiBase: { attribute: 'api-base' },
    locale: {},
    slowAfter: { type: Number, attribute: 'slow-after' },
    providedClient: { state: true },
  };

  /** An explicit client, which wins over a provider and `api-base`. */
  client?: CrmClient;

  /** The CRM API's base URL, used when neither `client` nor a provider gives a client. */
  apiBase?: string;

  /** BCP 47 locale for dates, numbers and money; defaults to the document's `lang`. */
  locale?: string;

  /**
   * Milliseconds a load of data may take before the widget says it is still waiting for the CRM
   * and offers to cancel. Default 3000.
   */
  slowAfter = SLOW_AFTER_MS;

  private providedClient?: CrmClient;

  constructor() {
    super();
    new ContextConsumer(this, {
      context: crmClientContext,
      subscribe: true,
      callback: (client) => {
        this.providedClient = client;
      },
    });
  }

  /** The client this element talks to, or `undefined` when it has none yet. */
  get crmClient(): CrmClient | undefined {
    const given = this.client ?? this.providedClient;
    const baseUrl = this.apiBase;
    if (given || !baseUrl) return given;
    if (!clientsByApiBase.has(baseUrl)) clientsByApiBase.set(baseUrl, createCrmClient({ baseUrl }));
    return clientsByApiBase.get(baseUrl);
  }

  /**
   * The locale in effect: the attribute, else the nearest `lang`, else the browser's. Pages often
   * print `en_US` (Java, PHP), which `Intl` refuses: underscores count as hyphens, and a tag `Intl`
   * still cannot read gives way to the browser's locale instead of breaking the widget.
   */
  get effectiveLocale(): string {
    const wanted = this.locale || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang;
    try {
      return Intl.getCanonicalLocales(wanted?.replaceAll('_', '-'))[0] ?? navigator.language;
    } catch {
      return navigator.language;
    }
  }

  /**
   * Fires a bubbling, composed event; `cancelable` only where the element acts on
   * `preventDefault()` (and its `@fires` says so). Returns false when a listener cancelled it.
   */
  emit<Name extends CrmEventName>(name: Name, detail: CrmEventDetailMap[Name], cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
  }

  /** Reports a failure as `crm-error`; an abort (a superseded load, a removed element, Cancel) is no failure. */
  reportError(error: unknown, operation: CrmOperation): void {
    if (isCrmError(error) && error.kind !== 'abort') this.emit('crm-error', { error, operation });
  }

  /**
   * @internal Code loaded on demand (`LazyModule`) failed to load: reported as `crm-error`
   * (operation `load`); elements with a notice also show it there.
   */
  loadFailed(error: unknown): void {
    this.reportError(error, 'load');
  }
}
