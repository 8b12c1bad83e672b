import { createCrmMockWorker, type CrmMockWorker } from '@mindbrite/crm-mocks/browser';

/**
 * Starts the demo's mock CRM in this page: seeded, with a little latency so loading states show,
 * and persisted to localStorage (opt-in, made-up data) so a reload keeps what a visitor changed.
 */
export async function startDemoCrm(): Promise<CrmMockWorker> {
  const crm = createCrmMockWorker({
    seed: 2026,
    persist: { key: 'mindbrite-demo-crm' },
    scenario: { latency: { min: 120, max: 450 } },
  });
  await crm.start();
  return crm;
}
