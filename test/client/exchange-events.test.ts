// Issue 13's audit hook: the client reports every HTTP exchange (each attempt of each call) for a
// host's access log, with a request id it also sends, and never a query, a body or a token.
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { CrmExchangeDetail } from '@mindbrite/crm-client';
import { createCrmClient } from '@mindbrite/crm-client';
import { lead, leadInput } from './support/fixtures.js';
import { useMsw, worker } from './support/msw.js';

useMsw();

/** A client whose exchanges are collected, with the request ids each request carried. */
function recorded(options: Parameters<typeof createCrmClient>[0] = {}) {
  const client = createCrmClient({ baseUrl: '/audit', getToken: () => 'secret-token', retry: { limit: 2, delay: 1 }, ...options });
  const exchanges: CrmExchangeDetail[] = [];
  client.addEventListener('exchange', (event) => exchanges.push(event.detail));
  return { client, exchanges };
}

describe('exchange events: an access log without patient data', () => {
  it('reports each call: method, path without its query, status, duration, attempt, request id, resource and record', async () => {
    const sentIds: (string | null)[] = [];
    worker.use(
      http.get('/audit/leads', ({ request }) => {
        sentIds.push(request.headers.get('X-Request-Id'));
        return HttpResponse.json({ data: [lead({ id: 1 })], total: 1 });
      }),
      http.post('/audit/leads', ({ request }) => {
        sentIds.push(request.headers.get('X-Request-Id'));
        return HttpResponse.json(lead({ id: 8 }), { status: 201 });
      }),
    );
    const { client, exchanges } = recorded();
    await client.leads.list({ search: 'Ana Silva', status: 'new' });
    await client.leads.create(leadInput);
    expect(exchanges.map(({ method, path, status, attempt, resource, id }) => ({ method, path, status, attempt, resource, id }))).to.deep.equal([
      { method: 'GET', path: '/audit/leads', status: 200, attempt: 1, resource: 'leads', id: undefined },
      { method: 'POST', path: '/audit/leads', status: 201, attempt: 1, resource: 'leads', id: undefined },
    ]);
    expect(exchanges.map(({ requestId }) => requestId), 'the id each request carried').to.deep.equal(sentIds);
    expect(new Set(sentIds).size, 'an id per call').to.equal(2);
    for (const exchange of exchanges) {
      expect(Object.keys(exchange).sort()).to.deep.equal(['attempt', 'duration', 'method', 'path', 'requestId', 'resource', 'status']);
      expect(exchange.duration).to.be.at.least(0);
      expect(JSON.stringify(exchange), 'no query, body or token').to.not.match(/Ana|Silva|secret-token|lead@example/);
    }
  });

  it('reports each attempt of a retried call under one request id, and a failure without an answer as status 0', async () => {
    let attempts = 0;
    worker.use(
      http.put('/audit/leads/:id', () => {
        attempts += 1;
        if (attempts === 1) return HttpResponse.error();
        if (attempts === 2) return HttpResponse.json({ message: 'busy' }, { status: 503 });
        return HttpResponse.json(lead({ id: 7, status: 'lost' }));
      }),
    );
    const { client, exchanges } = recorded();
    await client.leads.update(7, { status: 'lost' });
    expect(exchanges.map(({ status, attempt, id, resource }) => [status, attempt, id, resource])).to.deep.equal([
      [0, 1, 7, 'leads'],
      [503, 2, 7, 'leads'],
      [200, 3, 7, 'leads'],
    ]);
    expect(new Set(exchanges.map(({ requestId }) => requestId)).size).to.equal(1);
  });

  it('sends the request id in the header the host names', async () => {
    let seen: string | null = null;
    worker.use(
      http.get('/audit/statistics', ({ request }) => {
        seen = request.headers.get('X-Correlation-Id');
        return HttpResponse.json({ total_leads: 1, total_contacts: 0, total_opportunities: 0, conversion_rate: 0, leads_this_month: 1, opportunities_this_month: 0 });
      }),
    );
    const { client, exchanges } = recorded({ requestIdHeader: 'X-Correlation-Id' });
    await client.statistics.get();
    expect(seen).to.be.a('string').and.equal(exchanges[0]?.requestId);
    expect(exchanges[0]?.resource).to.equal('statistics');
  });
});
