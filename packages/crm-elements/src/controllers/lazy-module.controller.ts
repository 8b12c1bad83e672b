import type { CrmElement } from '../base/crm-element.js';

/**
 * Code that only some users need, loaded on first use: once, however many ask at the same time.
 * A failed load is reported by the host's `loadFailed` (`crm-error` with operation `load`, and
 * the element's own notice where it has one); the next use tries again. The host is an element,
 * or what code loaded on demand has of one (a list's context), with the same two members.
 *
 * @example
 * private readonly exporter = new LazyModule(this, () => import('./csv.js'));
 * const csv = await this.exporter.get(); // undefined when it failed to load
 * html`${this.exporter.value?.render()}`;
 */
export class LazyModule<T> {
  /** What `load` gave, once it has; re-renders the host when it arrives. */
  value?: T;
  private loading?: Promise<T | undefined>;

  constructor(
    private readonly host: Pick<CrmElement, 'requestUpdate' | 'loadFailed'>,
    private readonly load: () => Promise<T>,
  ) {}

  /** The loaded module, loading it on first use; `undefined` when the load failed (reported already). */
  get(): Promise<T | undefined> {
    return (this.loading ??= this.load().then(
      (value) => {
        this.value = value;
        this.host.requestUpdate();
        return value;
      },
      (error: unknown) => {
        this.loading = undefined;
        this.host.loadFailed(error);
        return undefined;
      },
    ));
  }
}
