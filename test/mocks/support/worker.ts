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
 * Waits until this page is controlled by a Service Worker or none is registered. MSW reloads a
 * page that has a registration but no controller (it takes that for a hard reload), which the
 * test runner reports as an interrupted file; that state only lasts while another page's worker
 * is installing or unregistering.
 */
async function untilServiceWorkerSettles(): Promise<void> {
  for (let waited = 0; waited < 5000; waited += 100) {
    if (navigator.serviceWorker.controller) return;
    if ((await navigator.serviceWorker.getRegistrations()).length === 0) return;
    await sleep(100);
  }
}

const answeredByMock = async (probeUrl: string) => {
  const probe = await fetch(probeUrl).catch(() => undefined);
  return probe?.ok === true && (probe.headers.get('Content-Type') ?? '').includes('application/json');
};

/**
 * Starts MSW and makes sure it answers before the tests run. Test files run in parallel pages
 * that share one Service Worker, and MSW's worker unregisters itself when the last page it
 * controls stops: a page starting at that moment can be left without it. A probe request shows
 * that; the page then starts again.
 */
export async function startMocking(mocking: Mocking, probeUrl: string): Promise<void> {
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    await untilServiceWorkerSettles();
    await Promise.race([mocking.start(), sleep(5000)]);
    if (await answeredByMock(probeUrl)) return;
    await stopMocking(mocking);
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
