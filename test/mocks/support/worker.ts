import { createCrmMockWorker, type CrmMockWorker } from '@mindbrite/crm-mocks/browser';
import type { CrmMockOptions } from '@mindbrite/crm-mocks';

/** A fixed clock, so dates, "this month" and overdue follow-ups are the same on every run. */
export const NOW = '2026-06-15T12:00:00.000Z';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Mocking {
  start(): Promise<unknown>;
  stop(): unknown;
}

/**
 * Starts MSW and makes sure it answers before the tests run. Test files run in parallel pages
 * that share one Service Worker, and MSW's worker unregisters itself when the last page it
 * controls stops: a page starting at that moment gets a registration on its way out, and its
 * requests go to the network. A probe request shows that; the page then starts again.
 */
export async function startMocking(mocking: Mocking, probeUrl: string): Promise<void> {
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await Promise.race([mocking.start(), sleep(4000)]);
    const probe = await fetch(probeUrl).catch(() => undefined);
    if (probe?.ok && probe.headers.get('Content-Type')?.includes('application/json')) return;
    await stopMocking(mocking);
    await sleep(250 * attempt);
  }
  throw new Error('MSW did not take control of the page');
}

/** Stops MSW, without waiting forever on a worker that has already gone. */
export const stopMocking = (mocking: Mocking) => Promise.race([mocking.stop(), sleep(2000)]);

/**
 * Starts a mock CRM worker for the file's tests and resets it (data, scenario, overrides)
 * after each test, so every test starts from the seeded CRM.
 */
export function useCrmMockWorker(options: CrmMockOptions = {}): CrmMockWorker {
  const crm = createCrmMockWorker({ seed: 11, now: NOW, ...options });
  before(() => startMocking(crm, `${crm.baseUrl}/statistics`));
  afterEach(() => crm.reset());
  after(() => stopMocking(crm));
  return crm;
}
