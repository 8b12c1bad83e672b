import { createCrmMockWorker, type CrmMockWorker } from '@mindbrite/crm-mocks/browser';
import type { CrmMockOptions } from '@mindbrite/crm-mocks';

/** A fixed clock, so dates, "this month" and overdue follow-ups are the same on every run. */
export const NOW = '2026-06-15T12:00:00.000Z';

/**
 * Starts a mock CRM worker for the file's tests and resets it (data, scenario, overrides)
 * after each test, so every test starts from the seeded CRM.
 */
export function useCrmMockWorker(options: CrmMockOptions = {}): CrmMockWorker {
  const crm = createCrmMockWorker({ seed: 11, now: NOW, ...options });
  before(() => crm.start());
  afterEach(() => crm.reset());
  after(() => crm.stop());
  return crm;
}
