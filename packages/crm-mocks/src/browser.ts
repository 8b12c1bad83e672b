import type { AnyHandler } from 'msw';
import { setupWorker, type SetupWorker, type StartOptions } from 'msw/browser';
import { bindToMsw, createCrmMock, type CrmMock, type CrmMockOptions } from './mock.js';

export * from './index.js';

/** A mock CRM answering the page's requests through MSW's Service Worker. */
export interface CrmMockWorker extends CrmMock {
  /** The MSW worker, for anything not wrapped here (`events`, `listHandlers`). */
  readonly worker: SetupWorker;
  /**
   * Registers the worker (served at `/mockServiceWorker.js` unless `serviceWorker.url` says
   * otherwise). Quiet by default, because MSW would otherwise log every request, with its
   * patient data, to the console; other requests pass through untouched.
   */
  start(options?: StartOptions): Promise<ServiceWorkerRegistration | undefined>;
  stop(): Promise<void> | void;
  /** Overrides routes (prepended, so they win). */
  use(...handlers: AnyHandler[]): void;
  /** Back to the seeded data, normal behaviour, no idempotency keys, and no `use` overrides. */
  reset(): void;
}

/**
 * Creates a mock CRM for the browser: tests, Storybook, the demo.
 *
 * @example
 * const crm = createCrmMockWorker({ seed: 7, persist: true });
 * await crm.start();
 * crm.scenario.set({ latency: { min: 300, max: 1200 } });
 */
export function createCrmMockWorker(options: CrmMockOptions = {}): CrmMockWorker {
  const mock = createCrmMock(options);
  const worker = setupWorker(...mock.handlers);
  // Assigned onto the bound mock (not spread) so its lazily seeded `db` getter survives.
  return Object.assign(bindToMsw(mock, worker), {
    worker,
    start: (startOptions?: StartOptions) => worker.start({ quiet: true, onUnhandledFrame: 'bypass', ...startOptions }),
    stop: () => worker.stop(),
  });
}
