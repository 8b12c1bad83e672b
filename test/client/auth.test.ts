import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { HttpError } from '@mindbrite/crm-client';
import { createCrmClient } from '@mindbrite/crm-client';
import { lead, leadInput, rejection } from './support/fixtures.js';
import type { SeenRequest } from './support/msw.js';
import { see, useMsw, worker } from './support/msw.js';

useMsw();

/** Serves lead 1 to requests bearing `Bearer <valid>`, and 401 to the rest. */
function serveLeadTo(valid: () => string): SeenRequest[] {
  const seen: SeenRequest[] = [];
  worker.use(
    http.all('/api/crm/leads*', async ({ request }) => {
      seen.push(await see(request));
      if (request.headers.get('authorization') !== `Bearer ${valid()}`) {
        return HttpResponse.json({ message: 'Token expired' }, { status: 401 });
      }
      return HttpResponse.json(lead(), { status: request.method === 'POST' ? 201 : 200 });
    }),
  );
  return seen;
}

describe('auth: bearer tokens', () => {

  it('sends Authorization: Bearer with the token from getToken, async or not', async () => {
    const seen = serveLeadTo(() => 'abc');
    await createCrmClient({ getToken: () => 'abc' }).leads.get(1);
    await createCrmClient({ getToken: async () => 'abc' }).leads.get(1);
    expect(seen.map(({ headers }) => headers.get('authorization'))).to.deep.equal(['Bearer abc', 'Bearer abc']);
  });

  it('sends no Authorization header without a token, and never puts the token in the URL', async () => {
    const seen = serveLeadTo(() => 'abc');
    await rejection(createCrmClient({ getToken: () => null }).leads.get(1));
    await createCrmClient({ getToken: () => 'abc' }).leads.get(1);
    expect(seen[0]?.headers.has('authorization')).to.equal(false);
    expect(seen[1]?.query).to.deep.equal({});
  });

  it('on 401 calls onUnauthorized, then retries once with the new token', async () => {
    let token = 'old';
    let refreshes = 0;
    const seen = serveLeadTo(() => 'new');
    const client = createCrmClient({
      getToken: () => token,
      onUnauthorized: async () => {
        refreshes += 1;
        token = 'new';
      },
    });
    const fetched = await client.leads.get(1);
    expect(fetched.id).to.equal(1);
    expect(refreshes).to.equal(1);
    expect(seen.map(({ headers }) => headers.get('authorization'))).to.deep.equal(['Bearer old', 'Bearer new']);
  });

  it('concurrent 401s call onUnauthorized once; every request then succeeds', async () => {
    let token = 'old';
    let refreshes = 0;
    const seen = serveLeadTo(() => 'new');
    const client = createCrmClient({
      getToken: () => token,
      onUnauthorized: async () => {
        refreshes += 1;
        await new Promise((resolve) => setTimeout(resolve, 30));
        token = 'new';
      },
    });
    const results = await Promise.all([
      client.leads.get(1),
      client.leads.get(2),
      client.leads.update(3, { status: 'lost' }),
      client.leads.list(),
    ].map((call) => call.then(() => 'ok', () => 'failed')));
    expect(refreshes).to.equal(1);
    expect(results.filter((result) => result === 'ok')).to.have.length(3);
    expect(seen.filter(({ headers }) => headers.get('authorization') === 'Bearer new')).to.have.length(4);
  });

  it('a 401 that arrives after the refresh finished retries without refreshing again', async () => {
    let token = 'old';
    let refreshes = 0;
    let releaseSlow: () => void = () => {};
    const slowGate = new Promise<void>((resolve) => (releaseSlow = resolve));
    worker.use(
      http.get('/api/crm/leads/:id', async ({ request, params }) => {
        if (params.id === '2') await slowGate;
        if (request.headers.get('authorization') !== 'Bearer new') return HttpResponse.json({}, { status: 401 });
        return HttpResponse.json(lead({ id: Number(params.id) }));
      }),
    );
    const client = createCrmClient({
      getToken: () => token,
      onUnauthorized: async () => {
        refreshes += 1;
        token = 'new';
      },
    });
    const slow = client.leads.get(2);
    await client.leads.get(1);
    releaseSlow();
    expect((await slow).id).to.equal(2);
    expect(refreshes).to.equal(1);
  });

  it('a second 401 after the refresh is thrown, not retried again', async () => {
    let refreshes = 0;
    const seen = serveLeadTo(() => 'never');
    const client = createCrmClient({ getToken: () => 'old', onUnauthorized: () => void (refreshes += 1) });
    const error = (await rejection(client.leads.get(1))) as HttpError;
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(401);
    expect(refreshes).to.equal(1);
    expect(seen).to.have.length(2);
  });

  it('when onUnauthorized throws, the request fails with the 401', async () => {
    const seen = serveLeadTo(() => 'new');
    const client = createCrmClient({
      getToken: () => 'old',
      onUnauthorized: () => Promise.reject(new Error('refresh failed')),
    });
    const error = (await rejection(client.leads.get(1))) as HttpError;
    expect(error.status).to.equal(401);
    expect(seen).to.have.length(1);
  });

  it('an onUnauthorized that throws synchronously fails that refresh only; the next 401 calls it again', async () => {
    let token = 'old';
    let refreshes = 0;
    serveLeadTo(() => 'new');
    const client = createCrmClient({
      getToken: () => token,
      onUnauthorized: () => {
        refreshes += 1;
        if (refreshes === 1) throw new Error('refresh endpoint down');
        token = 'new';
      },
    });
    const error = (await rejection(client.leads.get(1))) as HttpError;
    expect(error.status).to.equal(401);
    expect((await client.leads.get(1)).id).to.equal(1);
    expect(refreshes).to.equal(2);
  });

  it('without onUnauthorized a 401 is thrown at once', async () => {
    const seen = serveLeadTo(() => 'new');
    const error = (await rejection(createCrmClient({ getToken: () => 'old' }).leads.get(1))) as HttpError;
    expect(error.status).to.equal(401);
    expect(seen).to.have.length(1);
  });

  it('the retried POST after a 401 keeps its Idempotency-Key', async () => {
    let token = 'old';
    const seen = serveLeadTo(() => 'new');
    const client = createCrmClient({ getToken: () => token, onUnauthorized: () => void (token = 'new') });
    await client.leads.create(leadInput);
    const keys = seen.map(({ headers }) => headers.get('idempotency-key'));
    expect(keys).to.have.length(2);
    expect(keys[0]).to.be.a('string').and.equal(keys[1]);
  });
});

describe('auth: cookies and CSRF', () => {
  const cookie = 'XSRF-TOKEN';
  beforeEach(() => {
    document.cookie = `${cookie}=csrf%2Fvalue; path=/`;
  });
  afterEach(() => {
    document.cookie = `${cookie}=; path=/; max-age=0`;
  });

  function serveAll(): SeenRequest[] {
    const seen: SeenRequest[] = [];
    worker.use(
      http.all('/api/crm/leads*', async ({ request }) => {
        seen.push(await see(request));
        if (request.method === 'DELETE') return new HttpResponse(null, { status: 204 });
        if (request.method === 'GET' && new URL(request.url).pathname === '/api/crm/leads') {
          return HttpResponse.json({ data: [], total: 0 });
        }
        return HttpResponse.json(lead(), { status: request.method === 'POST' ? 201 : 200 });
      }),
    );
    return seen;
  }

  it('echoes the CSRF cookie in the configured header on POST, PUT and DELETE, not on GET', async () => {
    const seen = serveAll();
    const client = createCrmClient({ credentials: 'include', csrf: { cookie, header: 'X-XSRF-TOKEN' } });
    await client.leads.list();
    await client.leads.create(leadInput);
    await client.leads.update(1, { status: 'lost' });
    await client.leads.delete(1);
    expect(seen.map(({ method, headers }) => `${method} ${headers.get('x-xsrf-token')}`)).to.deep.equal([
      'GET null',
      'POST csrf/value',
      'PUT csrf/value',
      'DELETE csrf/value',
    ]);
  });

  it('sends no CSRF header when the cookie is missing', async () => {
    document.cookie = `${cookie}=; path=/; max-age=0`;
    const seen = serveAll();
    await createCrmClient({ csrf: { cookie, header: 'X-XSRF-TOKEN' } }).leads.create(leadInput);
    expect(seen[0]?.headers.has('x-xsrf-token')).to.equal(false);
  });

  it('passes the credentials mode to fetch (default same-origin)', async () => {
    const modes: RequestCredentials[] = [];
    const recordingFetch: typeof fetch = (input, init) => {
      modes.push(new Request(input, init).credentials);
      return fetch(input, init);
    };
    serveAll();
    await createCrmClient({ fetch: recordingFetch }).leads.list();
    await createCrmClient({ fetch: recordingFetch, credentials: 'include' }).leads.list();
    expect(modes).to.deep.equal(['same-origin', 'include']);
  });
});
