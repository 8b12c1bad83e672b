import type { AnyHandler } from 'msw';
import { setupServer, type SetupServer } from 'msw/node';
import { bindToMsw, createCrmMock, type CrmMock, type CrmMockOptions } from './mock.js';

export * from './index.js';

type ListenOptions = Parameters<SetupServer['listen']>[0];

/** A mock CRM intercepting `fetch` (and other HTTP clients) in Node through MSW's `setupServer`. */
export interface CrmMockServer extends CrmMock {
  /** The MSW server, for anything not wrapped here (`boundary`, `events`). */
  readonly server: SetupServer;
  /** Starts intercepting. */
  listen(options?: ListenOptions): void;
  /** Stops intercepting. */
  close(): void;
  /** Overrides routes for a test (prepended, so they win). */
  use(...handlers: AnyHandler[]): void;
  /** Back to the seeded data, normal behaviour, no idempotency keys, and no `use` overrides. */
  reset(): void;
}

/**
 * Creates a mock CRM server for Node tests. With the default relative base URL it answers
 * `/api/crm` on any host, e.g. `http://localhost/api/crm/leads`.
 *
 * @example
 * const crm = createCrmMockServer({ seed: 3 });
 * before(() => crm.listen({ onUnhandledFrame: 'error' }));
 * afterEach(() => crm.reset());
 * after(() => crm.close());
 * const { total } = await (await fetch('http://localhost/api/crm/leads')).json();
 */
export function createCrmMockServer(options: CrmMockOptions = {}): CrmMockServer {
  const mock = createCrmMock(options);
  const server = setupServer(...mock.handlers);
  // Assigned onto the bound mock (not spread) so its lazily seeded `db` getter survives.
  return Object.assign(bindToMsw(mock, server), {
    server,
    listen: (listenOptions?: ListenOptions) => server.listen(listenOptions),
    close: () => server.close(),
  });
}
