import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import type { AbortError } from '@mindbrite/crm-client';
import { createCrmClient } from '@mindbrite/crm-client';
import { lead, leadInput } from './support/fixtures.js';
import { useMsw, worker } from './support/msw.js';

useMsw();

/** Answers lead requests after a short delay, counting them per method and URL. */
function countedLeads(wait = 60) {
  const counts = new Map<string, number>();
  worker.use(
    http.all('/api/crm/leads*', async ({ request }) => {
      const key = `${request.method} ${new URL(request.url).pathname}${new URL(request.url).search}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      await delay(wait);
      if (new URL(request.url).pathname === '/api/crm/leads' && request.method === 'GET') {
        return HttpResponse.json({ data: [lead()], total: 1 });
      }
      return HttpResponse.json(lead(), { status: request.method === 'POST' ? 201 : 200 });
    }),
  );
  return counts;
}

describe('dedupe: identical concurrent GETs share one request', () => {
  it('three identical gets make one request; each caller gets its own copy', async () => {
    const counts = countedLeads();
    const client = createCrmClient();
    const [a, b, c] = await Promise.all([client.leads.get(1), client.leads.get(1), client.leads.get(1)]);
    expect(counts.get('GET /api/crm/leads/1')).to.equal(1);
    expect(a).to.deep.equal(b);
    expect(b).to.deep.equal(c);
    expect(a).not.to.equal(b);
  });

  it('lists with the same query share; different queries do not', async () => {
    const counts = countedLeads();
    const client = createCrmClient();
    await Promise.all([client.leads.list({ page: 2 }), client.leads.list({ page: 2 }), client.leads.list({ page: 3 })]);
    expect(counts.get('GET /api/crm/leads?page=2')).to.equal(1);
    expect(counts.get('GET /api/crm/leads?page=3')).to.equal(1);
  });

  it('requests with different tokens are not shared', async () => {
    const counts = countedLeads();
    let token = 'first';
    const client = createCrmClient({ getToken: () => token });
    const first = client.leads.get(1);
    await Promise.resolve();
    token = 'second';
    await Promise.all([first, client.leads.get(1)]);
    expect(counts.get('GET /api/crm/leads/1')).to.equal(2);
  });

  it('sequential gets are not cached', async () => {
    const counts = countedLeads(0);
    const client = createCrmClient();
    await client.leads.get(1);
    await client.leads.get(1);
    expect(counts.get('GET /api/crm/leads/1')).to.equal(2);
  });

  it('writes are never shared', async () => {
    const counts = countedLeads();
    const client = createCrmClient();
    await Promise.all([client.leads.create(leadInput), client.leads.create(leadInput)]);
    await Promise.all([client.leads.update(1, { status: 'lost' }), client.leads.update(1, { status: 'lost' })]);
    expect(counts.get('POST /api/crm/leads')).to.equal(2);
    expect(counts.get('PUT /api/crm/leads/1')).to.equal(2);
  });

  /**
   * Lead 7 as stored: a GET reads it on arrival and answers late; a PUT stores its changes after
   * `putWait` ms, or with `'after a get'` once a GET has read the lead (so a test does not depend
   * on how fast a busy browser sends its requests).
   */
  function storedLead(putWait: number | 'after a get') {
    let status = 'new';
    let gets = 0;
    let firstGet!: () => void;
    const got = new Promise<void>((resolve) => (firstGet = resolve));
    worker.use(
      http.get('/api/crm/leads/7', async () => {
        gets += 1;
        firstGet();
        const answer = lead({ id: 7, status });
        await delay(150);
        return HttpResponse.json(answer);
      }),
      http.put('/api/crm/leads/7', async ({ request }) => {
        const changes = (await request.json()) as { status: string };
        await (putWait === 'after a get' ? got : delay(putWait));
        status = changes.status;
        return HttpResponse.json(lead({ id: 7, status }));
      }),
    );
    return { gets: () => gets };
  }

  it('a GET made after a write does not join one made before it, and sees the write', async () => {
    const stored = storedLead(0);
    const client = createCrmClient();
    const before = client.leads.get(7);
    await delay(30);
    await client.leads.update(7, { status: 'contacted' });
    const after = await client.leads.get(7);
    expect(after.status).to.equal('contacted');
    expect((await before).status).to.equal('new');
    expect(stored.gets()).to.equal(2);
  });

  it('a GET made while a write is in flight is not joined by one made after the write', async () => {
    const stored = storedLead('after a get');
    const client = createCrmClient();
    const writing = client.leads.update(7, { status: 'contacted' });
    await delay(20);
    const during = client.leads.get(7);
    await writing;
    const after = await client.leads.get(7);
    expect(after.status).to.equal('contacted');
    expect((await during).status).to.equal('new');
    expect(stored.gets()).to.equal(2);
  });

  it('one caller aborting does not cancel the others', async () => {
    const counts = countedLeads(100);
    const client = createCrmClient();
    const controller = new AbortController();
    const leaving = client.leads.get(1, { signal: controller.signal });
    const staying = client.leads.get(1);
    setTimeout(() => controller.abort(), 20);
    const [left, stayed] = await Promise.allSettled([leaving, staying]);
    expect(left.status).to.equal('rejected');
    expect(((left as PromiseRejectedResult).reason as AbortError).kind).to.equal('abort');
    expect(stayed.status).to.equal('fulfilled');
    expect(counts.get('GET /api/crm/leads/1')).to.equal(1);
  });

  it('when every caller aborts, the shared request is cancelled and a new caller starts afresh', async () => {
    const seenAborts: boolean[] = [];
    const requests: Request[] = [];
    const tracking: typeof fetch = (input, init) => {
      const request = new Request(input, init);
      requests.push(request);
      request.signal.addEventListener('abort', () => seenAborts.push(true));
      return fetch(request);
    };
    countedLeads(100);
    const client = createCrmClient({ fetch: tracking });
    const first = new AbortController();
    const second = new AbortController();
    const calls = [client.leads.get(1, { signal: first.signal }), client.leads.get(1, { signal: second.signal })];
    await delay(20);
    first.abort();
    expect(seenAborts).to.have.length(0);
    second.abort();
    const outcomes = await Promise.allSettled(calls);
    expect(outcomes.map(({ status }) => status)).to.deep.equal(['rejected', 'rejected']);
    expect(seenAborts).to.have.length(1);
    expect((await client.leads.get(1)).id).to.equal(1);
    expect(requests).to.have.length(2);
  });
});
