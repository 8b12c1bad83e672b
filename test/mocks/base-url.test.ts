import { expect } from '@open-wc/testing';
import { createCrmMockWorker } from '@mindbrite/crm-mocks/browser';
import { startMocking, stopMocking } from './support/worker.js';

const BASE = 'https://crm.clinic.example/v2/crm';

describe('mocks: a configurable base URL and starting scenario', () => {
  const crm = createCrmMockWorker({ baseUrl: BASE, seed: 4, leads: 12, scenario: { error: { status: 401, routes: ['GET /statistics'] } } });
  before(() => startMocking(crm, `${BASE}/leads`));
  after(() => stopMocking(crm));

  it('answers under an absolute base URL on another origin', async () => {
    const response = await fetch(`${BASE}/leads?per_page=5`);
    expect(response.status).to.equal(200);
    const body = (await response.json()) as { data: unknown[]; total: number };
    expect([body.data.length, body.total]).to.deep.equal([5, 12]);
  });

  it('does not answer the default base', async () => {
    // The test server's own 404: the request passed through the worker unanswered.
    const response = await fetch('/api/crm/leads');
    expect(response.status).to.equal(404);
    expect(response.headers.get('Content-Type') ?? '').not.to.contain('application/json');
  });

  it('starts with the scenario from its options', async () => {
    expect((await fetch(`${BASE}/statistics`)).status).to.equal(401);
    crm.scenario.reset();
    expect((await fetch(`${BASE}/statistics`)).status).to.equal(200);
  });
});
