import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createCrmClient } from '@mindbrite/crm-client';
import { contact, followUp, lead, leadInput, opportunity, statistics } from './support/fixtures.js';
import type { SeenRequest } from './support/msw.js';
import { see, useMsw, worker } from './support/msw.js';

useMsw();

const recordFor: Record<string, () => object> = {
  leads: () => lead({ id: 7 }),
  contacts: () => contact({ id: 7 }),
  opportunities: () => opportunity({ id: 7 }),
  'follow-ups': () => followUp({ id: 7 }),
};

/** Answers every contract route with a valid record, list or 204, and records each request. */
function serveContract(): SeenRequest[] {
  const seen: SeenRequest[] = [];
  worker.use(
    http.all('/api/crm/*', async ({ request }) => {
      const sent = await see(request);
      seen.push(sent);
      const [, , , collection, id, action] = sent.pathname.split('/');
      if (collection === 'statistics') return HttpResponse.json(statistics());
      if (action === 'convert') return HttpResponse.json(contact({ id: 70 }), { status: 201 });
      const record = recordFor[collection ?? '']?.();
      if (sent.method === 'DELETE') return new HttpResponse(null, { status: 204 });
      if (sent.method === 'GET' && id === undefined) return HttpResponse.json({ data: [record], total: 1 });
      return HttpResponse.json(record, { status: sent.method === 'POST' ? 201 : 200 });
    }),
  );
  return seen;
}

describe('resources: each method sends the contract request', () => {
  const client = createCrmClient();

  const collections = [
    ['leads', '/api/crm/leads', client.leads],
    ['contacts', '/api/crm/contacts', client.contacts],
    ['opportunities', '/api/crm/opportunities', client.opportunities],
    ['followUps', '/api/crm/follow-ups', client.followUps],
  ] as const;

  for (const [name, path, resource] of collections) {
    it(`${name}: get, update and delete address /{id}; create posts the body`, async () => {
      const seen = serveContract();
      const fetched = await resource.get(7);
      expect(fetched.id).to.equal(7);
      await resource.create({ subject: 'x' } as never);
      await resource.update(7, { notes: 'changed' } as never);
      await resource.delete(7);
      expect(seen.map(({ method, pathname }) => `${method} ${pathname}`)).to.deep.equal([
        `GET ${path}/7`,
        `POST ${path}`,
        `PUT ${path}/7`,
        `DELETE ${path}/7`,
      ]);
      expect(seen[1]?.body).to.deep.equal({ subject: 'x' });
      expect(seen[1]?.headers.get('content-type')).to.match(/^application\/json/);
      expect(seen[2]?.body).to.deep.equal({ notes: 'changed' });
      expect(seen.every(({ query }) => Object.keys(query).length === 0)).to.equal(true);
    });
  }

  it('leads.list sends every filter under its contract name and returns { data, total }', async () => {
    const seen = serveContract();
    const result = await client.leads.list({
      search: 'sil', status: 'new', source: 'website', page: 2, per_page: 50, sort: 'last_name', order: 'desc',
    });
    expect(result.total).to.equal(1);
    expect(result.data[0]?.id).to.equal(7);
    expect(seen[0]?.pathname).to.equal('/api/crm/leads');
    expect(seen[0]?.query).to.deep.equal({
      search: 'sil', status: 'new', source: 'website', page: '2', per_page: '50', sort: 'last_name', order: 'desc',
    });
  });

  it('leads.list leaves out parameters that are not set', async () => {
    const seen = serveContract();
    await client.leads.list({ search: '', status: undefined, page: 1 });
    expect(seen[0]?.query).to.deep.equal({ page: '1' });
  });

  it('contacts.list and opportunities.list send their filters', async () => {
    const seen = serveContract();
    await client.contacts.list({ status: 'prospect', source: 'referral', sort: 'email', order: 'asc' });
    await client.opportunities.list({ stage: 'proposal', contact_id: 3, search: 'plan' });
    expect(seen[0]?.query).to.deep.equal({ status: 'prospect', source: 'referral', sort: 'email', order: 'asc' });
    expect(seen[1]?.pathname).to.equal('/api/crm/opportunities');
    expect(seen[1]?.query).to.deep.equal({ stage: 'proposal', contact_id: '3', search: 'plan' });
  });

  it('followUps.list filters by contact, completion and a date range', async () => {
    const seen = serveContract();
    await client.followUps.list({ contact_id: 4, completed: false, from: '2026-11-01', to: '2026-11-30', per_page: 10 });
    expect(seen[0]?.pathname).to.equal('/api/crm/follow-ups');
    expect(seen[0]?.query).to.deep.equal({
      contact_id: '4', completed: 'false', from: '2026-11-01', to: '2026-11-30', per_page: '10',
    });
  });

  it('leads.create sends the input as JSON with an Idempotency-Key', async () => {
    const seen = serveContract();
    const created = await client.leads.create(leadInput);
    expect(created.id).to.equal(7);
    expect(seen[0]?.body).to.deep.equal(leadInput);
    expect(seen[0]?.headers.get('idempotency-key')).to.match(/^[0-9a-f-]{36}$/);
  });

  it('each create carries its own Idempotency-Key; PUT and DELETE carry none', async () => {
    const seen = serveContract();
    await client.leads.create(leadInput);
    await client.leads.create(leadInput);
    await client.leads.update(7, { status: 'contacted' });
    await client.leads.delete(7);
    const keys = seen.map(({ headers }) => headers.get('idempotency-key'));
    expect(keys[0]).to.be.a('string');
    expect(keys[1]).to.be.a('string').and.not.equal(keys[0]);
    expect(keys.slice(2)).to.deep.equal([null, null]);
  });

  it('creates work where crypto.randomUUID is missing (pages served over plain http), with a random v4 key', async () => {
    const seen = serveContract();
    const { randomUUID } = Crypto.prototype;
    Reflect.deleteProperty(Crypto.prototype, 'randomUUID');
    try {
      await client.leads.create(leadInput);
      await client.leads.create(leadInput);
    } finally {
      Crypto.prototype.randomUUID = randomUUID;
    }
    const keys = seen.map(({ headers }) => headers.get('idempotency-key'));
    for (const key of keys) expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(keys[1]).not.to.equal(keys[0]);
  });

  it('leads.convert posts the overrides to /leads/{id}/convert and returns the contact', async () => {
    const seen = serveContract();
    const created = await client.leads.convert(7, { position: 'Office manager' });
    expect(created.id).to.equal(70);
    expect(seen[0]).to.include({ method: 'POST', pathname: '/api/crm/leads/7/convert' });
    expect(seen[0]?.body).to.deep.equal({ position: 'Office manager' });
  });

  it('leads.convert without overrides posts an empty object', async () => {
    const seen = serveContract();
    await client.leads.convert(7);
    expect(seen[0]?.body).to.deep.equal({});
  });

  it('statistics.get reads /statistics', async () => {
    const seen = serveContract();
    const figures = await client.statistics.get();
    expect(figures.conversion_rate).to.equal(40);
    expect(seen[0]).to.include({ method: 'GET', pathname: '/api/crm/statistics' });
  });

  it('delete resolves to undefined on 204', async () => {
    serveContract();
    expect(await client.leads.delete(7)).to.equal(undefined);
  });

  it('ids are encoded into the path', async () => {
    const seen = serveContract();
    await client.leads.get(12345);
    expect(seen[0]?.pathname).to.equal('/api/crm/leads/12345');
  });

  it('asks for JSON', async () => {
    const seen = serveContract();
    await client.statistics.get();
    expect(seen[0]?.headers.get('accept')).to.equal('application/json');
  });
});
