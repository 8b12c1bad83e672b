import { expect } from '@open-wc/testing';
import { LeadSchema } from '@mindbrite/crm-client';
import { call, get, type Page } from './support/api.js';
import { leadInput } from './support/inputs.js';
import { useCrmMockWorker } from './support/worker.js';

type Row = Record<string, unknown>;

const timed = async <T>(work: () => Promise<T>) => {
  const start = performance.now();
  const result = await work();
  return { result, ms: performance.now() - start };
};

describe('mocks: scenarios', () => {
  const crm = useCrmMockWorker();

  describe('latency', () => {
    it('delays every answer by a fixed time', async () => {
      crm.scenario.set({ latency: 300 });
      const { ms, result } = await timed(() => get('/contacts/1'));
      expect(result.status).to.equal(200);
      expect(ms).to.be.at.least(290);
    });

    it('delays by a random time within a range, only on the chosen routes', async () => {
      crm.scenario.set({ latency: { min: 500, max: 700, routes: ['GET /leads'] } });
      const delays = [(await timed(() => get('/leads'))).ms, (await timed(() => get('/leads'))).ms];
      expect(Math.min(...delays)).to.be.at.least(490);
      // A route the latency does not name answers at once (the margin absorbs a busy machine).
      expect((await timed(() => get('/leads/1'))).ms).to.be.below(490);
    });
  });

  describe('never answering', () => {
    it('keeps a request pending until it is aborted, for loading states', async () => {
      crm.scenario.set({ hang: { routes: ['GET /leads'] } });
      const controller = new AbortController();
      let settled = false;
      const pending = fetch('/api/crm/leads', { signal: controller.signal }).finally(() => (settled = true));
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(settled).to.equal(false);
      expect((await get('/contacts')).status).to.equal(200);
      controller.abort();
      const error = await pending.then(() => undefined, (reason: unknown) => reason);
      expect((error as Error).name).to.equal('AbortError');
    });
    it('lets go of a held request as a dropped connection when the scenario changes', async () => {
      crm.scenario.set({ hang: true });
      // Changed once the worker has the request (counting from the fetch, a busy machine could
      // change it before the request arrives, which is then answered as usual).
      let arrived = () => {};
      const received = new Promise<void>((resolve) => (arrived = resolve));
      crm.worker.events.on('request:start', arrived);
      const pending = fetch('/api/crm/statistics');
      await received;
      crm.worker.events.removeListener('request:start', arrived);
      await new Promise((resolve) => setTimeout(resolve, 100));
      crm.scenario.reset();
      const error = await pending.then(() => undefined, (reason: unknown) => reason);
      expect(error).to.be.instanceOf(TypeError);
    });
  });

  describe('error status', () => {
    it('answers the chosen status on the chosen routes only, with a contract error body', async () => {
      crm.scenario.set({ error: { status: 500, routes: ['GET /leads', 'POST /leads/{id}/convert'] } });
      const failed = await get<{ message: string }>('/leads');
      expect(failed.status).to.equal(500);
      expect(failed.body.message).to.be.a('string');
      expect((await call('POST', '/leads/2/convert')).status).to.equal(500);
      expect((await get('/leads/1')).status).to.equal(200);
      expect((await get('/statistics')).status).to.equal(200);
      expect(crm.db.leads.get(2).status).not.to.equal('converted');
    });

    it('sends Retry-After with a 429, and selects every method of a path when no method is named', async () => {
      crm.scenario.set({ error: { status: 429, retryAfterSeconds: 3, routes: ['/leads/:id'] } });
      const get429 = await get('/leads/1');
      expect(get429.status).to.equal(429);
      expect(get429.headers.get('Retry-After')).to.equal('3');
      expect((await call('PUT', '/leads/1', { status: 'lost' })).status).to.equal(429);
      expect((await get('/leads')).status).to.equal(200);
    });
  });

  describe('failure rate', () => {
    const statuses = async (count: number) => {
      const seen: number[] = [];
      for (let index = 0; index < count; index += 1) seen.push((await get('/contacts/1')).status);
      return seen;
    };

    it('fails about the given share of requests, the same ones for the same seed', async () => {
      crm.scenario.set({ failureRate: { rate: 0.5, status: 503, seed: 7 } });
      const first = await statuses(40);
      crm.scenario.set({ failureRate: { rate: 0.5, status: 503, seed: 7 } });
      const again = await statuses(40);
      expect(again).to.deep.equal(first);
      const failures = first.filter((status) => status === 503).length;
      expect(failures).to.be.within(10, 30);
      expect(first.filter((status) => status !== 503).every((status) => status === 200)).to.equal(true);
      crm.scenario.set({ failureRate: { rate: 0.5, status: 503, seed: 8 } });
      expect(await statuses(40)).not.to.deep.equal(first);
    });

    it('never fails at rate 0 and always fails at rate 1', async () => {
      crm.scenario.set({ failureRate: 0 });
      expect(new Set(await statuses(10))).to.deep.equal(new Set([200]));
      crm.scenario.set({ failureRate: 1 });
      expect(new Set(await statuses(10))).to.deep.equal(new Set([500]));
    });
  });

  describe('empty data', () => {
    it('serves an empty CRM, takes writes into it, and gives the data back when the scenario ends', async () => {
      crm.scenario.set({ empty: true });
      for (const path of ['/leads', '/contacts', '/opportunities', '/follow-ups']) {
        expect((await get(path)).body, path).to.deep.equal({ data: [], total: 0 });
      }
      expect((await get('/leads/1')).status).to.equal(404);
      const statistics = (await get<Row>('/statistics')).body;
      expect(statistics).to.include({ total_leads: 0, total_contacts: 0, conversion_rate: 0, pipeline_value: 0 });
      const created = await call<Row>('POST', '/leads', leadInput());
      expect(created.body.id).to.equal(1);
      expect((await get<Page<Row>>('/leads')).body.total).to.equal(1);
      crm.scenario.reset();
      const restored = (await get<Page<Row>>('/leads')).body.total;
      expect(restored).to.equal(crm.db.leads.count);
      expect(restored).to.be.greaterThan(1);
    });
  });

  describe('empty data across scenario changes', () => {
    const leadsTotal = async () => (await get<Page<Row>>('/leads')).body.total;

    it('keeps what was written while update() leaves empty on, and starts afresh once it turns empty off', async () => {
      crm.scenario.set({ empty: true });
      await call('POST', '/leads', leadInput());
      crm.scenario.update({ latency: 5 });
      expect(await leadsTotal()).to.equal(1);
      crm.scenario.update({ empty: true });
      expect(await leadsTotal()).to.equal(1);
      crm.scenario.update({ empty: false });
      expect(await leadsTotal()).to.equal(crm.db.leads.count);
      crm.scenario.update({ empty: true });
      expect(await leadsTotal()).to.equal(0);
    });

    it('starts afresh on set() and reset(), empty or not', async () => {
      crm.scenario.set({ empty: true });
      await call('POST', '/leads', leadInput());
      crm.scenario.set({ empty: true, latency: 5 });
      expect(await leadsTotal()).to.equal(0);
      await call('POST', '/leads', leadInput());
      crm.scenario.reset();
      crm.scenario.set({ empty: true });
      expect(await leadsTotal()).to.equal(0);
    });
  });

  describe('malformed bodies', () => {
    it('not-json: an HTML page where JSON was expected', async () => {
      crm.scenario.set({ malformed: 'not-json' });
      const response = await fetch('/api/crm/leads/1');
      expect(response.status).to.equal(200);
      expect(response.headers.get('Content-Type')).to.contain('text/html');
      const text = await response.text();
      expect(() => JSON.parse(text) as unknown).to.throw();
    });

    it('wrong-types: ids as objects and totals as strings, which the client schema rejects', async () => {
      crm.scenario.set({ malformed: 'wrong-types' });
      const list = (await get<{ data: Row[]; total: unknown }>('/leads')).body;
      expect(list.total).to.be.a('string');
      expect(list.data[0]!.id).to.have.property('$oid').that.is.a('string');
      expect(LeadSchema.safeParse(list.data[0]).error?.issues[0]?.path).to.deep.equal(['id']);
      expect((await get<Row>('/statistics')).body.total_leads).to.be.a('string');
    });

    it('missing-fields: no total, no id, no total_leads', async () => {
      crm.scenario.set({ malformed: 'missing-fields' });
      const list = (await get<Row>('/leads')).body;
      expect(list).not.to.have.property('total');
      expect((list.data as Row[])[0]).not.to.have.property('id');
      expect((await get<Row>('/leads/1')).body).not.to.have.property('id');
      expect((await get<Row>('/statistics')).body).not.to.have.property('total_leads');
    });

    it('empty-body, on the chosen routes only, leaving error answers intact', async () => {
      crm.scenario.set({ malformed: { kind: 'empty-body', routes: ['GET /statistics'] } });
      const response = await fetch('/api/crm/statistics');
      expect([response.status, await response.text()]).to.deep.equal([200, '']);
      expect((await get<Row>('/leads/1')).body).to.have.property('id', 1);
      crm.scenario.set({ malformed: 'not-json' });
      expect((await get<Row>('/leads/999999')).body).to.have.property('message');
    });
  });

  it('combines parts, and update() changes one part keeping the others', async () => {
    crm.scenario.set({ latency: 200, error: { status: 503, routes: ['GET /statistics'] } });
    crm.scenario.update({ error: { status: 502, routes: ['GET /statistics'] } });
    expect(crm.scenario.current).to.deep.include({ latency: 200 });
    const { result, ms } = await timed(() => get('/statistics'));
    expect(result.status).to.equal(502);
    expect(ms).to.be.at.least(190);
  });
});
