import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { CrmAdapter, CrmId, Lead, QueryParams } from '@mindbrite/crm-client';
import { createCrmClient, readArrayWithTotalHeader, readEnvelope } from '@mindbrite/crm-client';
import { contact, lead, leadInput } from './support/fixtures.js';
import type { SeenRequest } from './support/msw.js';
import { see, useMsw, worker } from './support/msw.js';

useMsw();

const leads = Array.from({ length: 7 }, (_, index) => lead({ id: index + 1 }));

/** Turns the client's page/per_page paging into a backend's q/limit/offset. */
const offsetQuery = (params: QueryParams) => {
  const query = new URLSearchParams();
  const limit = Number(params.per_page ?? 25);
  if (params.search) query.set('q', String(params.search));
  if (params.status) query.set('status', String(params.status));
  query.set('limit', String(limit));
  query.set('offset', String((Number(params.page ?? 1) - 1) * limit));
  return query;
};

describe('adapter: a backend answering { items, count } with q/limit/offset under other paths', () => {
  const adapter: CrmAdapter = {
    paths: { leads: '/v2/prospects/', followUps: 'tasks' },
    query: offsetQuery,
    readList: readEnvelope('items', 'count'),
  };

  function serve(): SeenRequest[] {
    const seen: SeenRequest[] = [];
    worker.use(
      http.get('/backend-a/v2/prospects', async ({ request }) => {
        const sent = await see(request);
        seen.push(sent);
        const offset = Number(sent.query.offset);
        const limit = Number(sent.query.limit);
        return HttpResponse.json({ items: leads.slice(offset, offset + limit), count: leads.length });
      }),
      http.get('/backend-a/v2/prospects/:id', async ({ request, params }) => {
        seen.push(await see(request));
        return HttpResponse.json(lead({ id: Number(params.id) }));
      }),
      http.get('/backend-a/tasks', async ({ request }) => {
        seen.push(await see(request));
        return HttpResponse.json({ items: [], count: 0 });
      }),
    );
    return seen;
  }

  const client = createCrmClient({ baseUrl: '/backend-a/', adapter });

  it('lists through the configured path, query builder and envelope', async () => {
    const seen = serve();
    const page = await client.leads.list({ search: 'sil', page: 2, per_page: 3 });
    expect(seen[0]?.pathname).to.equal('/backend-a/v2/prospects');
    expect(seen[0]?.query).to.deep.equal({ q: 'sil', limit: '3', offset: '3' });
    expect(page.total).to.equal(7);
    expect(page.data.map(({ id }) => id)).to.deep.equal([4, 5, 6]);
  });

  it('builds record paths and other collections from the same configuration', async () => {
    const seen = serve();
    await client.leads.get(4);
    await client.followUps.list();
    expect(seen.map(({ pathname }) => pathname)).to.deep.equal(['/backend-a/v2/prospects/4', '/backend-a/tasks']);
  });

  it('iterates every page through the adapter', async () => {
    const seen = serve();
    const ids: CrmId[] = [];
    for await (const item of client.leads.iterate({ per_page: 3 })) ids.push(item.id);
    expect(ids).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    expect(seen.map(({ query }) => query.offset)).to.deep.equal(['0', '3', '6']);
  });
});

describe('adapter: a backend answering a bare array with X-Total-Count, and renamed parameters', () => {
  const client = createCrmClient({
    baseUrl: '/backend-b',
    adapter: {
      query: { search: 'q', per_page: 'limit', page: 'p' },
      readList: readArrayWithTotalHeader('X-Total-Count'),
    },
  });

  function serve(total: string | null): SeenRequest[] {
    const seen: SeenRequest[] = [];
    worker.use(
      http.get('/backend-b/contacts', async ({ request }) => {
        seen.push(await see(request));
        const headers: Record<string, string> = total === null ? {} : { 'X-Total-Count': total };
        return HttpResponse.json([], { headers });
      }),
      http.get('/backend-b/leads', async ({ request }) => {
        seen.push(await see(request));
        return HttpResponse.json(leads.slice(0, 2), { headers: { 'X-Total-Count': '42' } });
      }),
    );
    return seen;
  }

  it('renames the parameters it was told to and keeps the others', async () => {
    const seen = serve('0');
    const page = await client.leads.list({ search: 'x', per_page: 2, page: 1, status: 'new' });
    expect(seen[0]?.query).to.deep.equal({ q: 'x', limit: '2', p: '1', status: 'new' });
    expect(page.total).to.equal(42);
    expect(page.data.map(({ id }: Lead) => id)).to.deep.equal([1, 2]);
  });

  it('a missing total header is a validation error naming total', async () => {
    serve(null);
    const error = await client.contacts.list().then(
      () => expect.fail('expected a rejection'),
      (reason: unknown) => reason as { kind: string; issues: { path: unknown[] }[] },
    );
    expect(error.kind).to.equal('validation');
    expect(error.issues.map(({ path }) => path)).to.deep.equal([['total']]);
  });
});

describe('adapter: base URLs', () => {
  it('accepts an absolute base URL and reports paths without origin or query', async () => {
    const seen: string[] = [];
    worker.use(
      http.get(`${location.origin}/abs/api/leads/3`, ({ request }) => {
        seen.push(request.url);
        return HttpResponse.json({ message: 'gone' }, { status: 410 });
      }),
    );
    const error = (await createCrmClient({ baseUrl: `${location.origin}/abs/api` })
      .leads.get(3)
      .catch((reason: unknown) => reason)) as { path: string };
    expect(seen).to.deep.equal([`${location.origin}/abs/api/leads/3`]);
    expect(error.path).to.equal('/abs/api/leads/3');
  });
});

describe('adapter: how a backend changes and shapes its records', () => {
  /** A backend in camelCase that wraps each record, and says `uuid` where the contract says `id`. */
  const toCamel = (name: string) => name.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
  const wire = (record: object) => ({ lead: Object.fromEntries(Object.entries(record).map(([key, value]) => [key === 'id' ? 'uuid' : toCamel(key), value])) });
  const adapter: CrmAdapter = {
    toModel: (record) => {
      const fields = record.lead as Record<string, unknown>;
      return Object.fromEntries(Object.entries(fields).map(([key, value]) => [key === 'uuid' ? 'id' : key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`), value]));
    },
    toWire: (record) => ({ lead: Object.fromEntries(Object.entries(record).map(([key, value]) => [toCamel(key), value])) }),
    update: { method: 'PATCH' },
    resources: { contacts: { toModel: (record) => ({ ...record, position: 'from the contacts mapping' }), toWire: (record) => ({ contact: record }) } },
  };
  const client = createCrmClient({ baseUrl: '/backend-c', adapter, retry: { limit: 1, delay: 1 } });

  it('maps every record read (a list, a get, a write\'s answer) and every record sent', async () => {
    const seen: SeenRequest[] = [];
    let patches = 0;
    worker.use(
      http.get('/backend-c/leads', () => HttpResponse.json({ data: leads.slice(0, 2).map(wire), total: 2 })),
      http.get('/backend-c/leads/:id', ({ params }) => HttpResponse.json(wire(lead({ id: Number(params.id) })))),
      http.post('/backend-c/leads', async ({ request }) => {
        seen.push(await see(request));
        return HttpResponse.json(wire(lead({ id: 42 })), { status: 201 });
      }),
      http.patch('/backend-c/leads/:id', async ({ request, params }) => {
        seen.push(await see(request));
        // The first answer is lost: a PATCH sets the same values again, so it is retried.
        patches += 1;
        if (patches === 1) return HttpResponse.error();
        return HttpResponse.json(wire(lead({ id: Number(params.id), status: 'lost' })));
      }),
    );
    const page = await client.leads.list();
    expect(page.problems, 'every record fits the schema once mapped').to.equal(undefined);
    expect(page.data.map(({ id, first_name }) => [id, first_name])).to.deep.equal([[1, 'Test'], [2, 'Test']]);
    expect((await client.leads.get(5)).id).to.equal(5);
    expect((await client.leads.create(leadInput)).id).to.equal(42);
    expect((await client.leads.update(5, { status: 'lost' })).status).to.equal('lost');
    expect(seen.map(({ method, body }) => [method, Object.keys((body as { lead: object }).lead)])).to.deep.equal([
      ['POST', ['firstName', 'lastName', 'email', 'phone', 'company', 'status', 'pipelineId']],
      ['PATCH', ['status']],
      ['PATCH', ['status']],
    ]);
  });

  it("a collection's own mapping wins, for a conversion's contact too", async () => {
    const seen: SeenRequest[] = [];
    worker.use(
      http.post('/backend-c/leads/:id/convert', async ({ request }) => {
        seen.push(await see(request));
        return HttpResponse.json(contact({ id: 9 }), { status: 201 });
      }),
    );
    const converted = await client.leads.convert(3, { position: 'Office manager' });
    expect(converted.position).to.equal('from the contacts mapping');
    expect(seen[0]?.body).to.deep.equal({ contact: { position: 'Office manager' } });
  });

  it('a record that is not an object reaches validation as it came, which names it', async () => {
    worker.use(http.get('/backend-c/leads/:id', () => HttpResponse.json(['not', 'a', 'record'])));
    const error = (await client.leads.get(1).catch((reason: unknown) => reason)) as { kind: string };
    expect(error.kind).to.equal('validation');
  });
});
