import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { defaultCrmMock, handlers } from '@mindbrite/crm-mocks';
import { get, type Page } from './support/api.js';
import { startMocking, stopMocking } from './support/worker.js';

describe('mocks: the plain handlers in any MSW setup', () => {
  const worker = setupWorker(...handlers);
  before(() => startMocking({ start: () => worker.start({ quiet: true, onUnhandledFrame: 'bypass' }), stop: () => worker.stop() }, '/api/crm/statistics'));
  afterEach(() => {
    worker.resetHandlers();
    defaultCrmMock.reset();
  });
  after(() => stopMocking(worker));

  it('serve the default CRM at /api/crm, whose database is reachable', async () => {
    const { status, body } = await get<Page<unknown>>('/leads');
    expect(status).to.equal(200);
    expect(body.total).to.equal(defaultCrmMock.db.leads.count);
    expect(defaultCrmMock.baseUrl).to.equal('/api/crm');
  });

  it('give way to a route a test overrides with worker.use', async () => {
    worker.use(http.get('/api/crm/statistics', () => HttpResponse.json({ message: 'Maintenance' }, { status: 503 })));
    expect((await get('/statistics')).status).to.equal(503);
    expect((await get('/leads/1')).status).to.equal(200);
  });

  it('follow the default mock scenario', async () => {
    defaultCrmMock.scenario.set({ error: { status: 403, routes: ['GET /contacts'] } });
    expect((await get('/contacts')).status).to.equal(403);
  });
});
