// The mock CRM for element tests: one MSW worker per test file (each file runs in its own page),
// started once, with the seeded data and the scenario back to normal before every test.
import { createCrmClient, type CrmClient, type CrmClientOptions } from '@mindbrite/crm-client';
import { createCrmMockWorker } from '@mindbrite/crm-mocks/browser';

/** The mock CRM at `/api/crm`; `crm.db` is its data, `crm.scenario` its misbehaviour, `crm.use` overrides a route. */
export const crm = createCrmMockWorker({ seed: 1 });

/** Starts the worker for the current `describe` and resets data, scenario and overrides before each test. */
export function useMockCrm(): void {
  before(async () => {
    await crm.start();
  });
  beforeEach(() => crm.reset());
  after(() => crm.stop());
}

/** A client of the mock CRM. No retries by default, so error states show at once. */
export function mockClient(options: CrmClientOptions = {}): CrmClient {
  return createCrmClient({ baseUrl: crm.baseUrl, retry: { limit: 0 }, ...options });
}

/** A request the page sent to the mock CRM. */
export interface SentRequest {
  method: string;
  /** The path below the base URL, e.g. `/leads/7`. */
  path: string;
  query: URLSearchParams;
}

/**
 * Records the requests the page sends to the CRM from now until `stop()`.
 * @example
 * const requests = recordRequests();
 * await submit();
 * expect(requests.matching('POST', '/leads')).to.have.length(1);
 */
export function recordRequests() {
  const sent: SentRequest[] = [];
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (!url.pathname.startsWith(crm.baseUrl)) return;
    sent.push({ method: request.method, path: url.pathname.slice(crm.baseUrl.length), query: url.searchParams });
  };
  crm.worker.events.on('request:start', listener);
  return {
    sent,
    /** The requests with this method whose path equals `path` (a string) or matches it (a RegExp). */
    matching: (method: string, path: string | RegExp) =>
      sent.filter((request) => request.method === method && (typeof path === 'string' ? request.path === path : path.test(request.path))),
    stop: () => crm.worker.events.removeListener('request:start', listener),
  };
}
