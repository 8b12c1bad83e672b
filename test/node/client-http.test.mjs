// The BUILT client (dist) runs in Node unchanged against a real HTTP server started here.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { inspect } from 'node:util';
import { createCrmClient, HttpError, isHttpError, NetworkError } from '@mindbrite/crm-client';

const lead = (id) => ({
  id, first_name: 'Test', last_name: 'Lead', email: 'lead@example.test', phone: '+1 555 010 0001',
  company: 'Example Clinic', status: 'new', pipeline_id: 1, created_at: '2026-11-01T10:00:00Z',
});

/** Every request the server saw: method, URL, headers and body. */
const seen = [];
/**
 * Failures to give before the normal answer, per "METHOD path": [status, body], 'reset' (the
 * connection drops before an answer), 'stall' (no answer at all), or a 200 whose body breaks off
 * after a few bytes: 'stall-body' (the rest never comes) or 'drop-body' (the connection drops).
 */
const failFirst = new Map();

const server = createServer(async (request, response) => {
  let body = '';
  for await (const chunk of request) body += chunk;
  seen.push({ method: request.method, url: request.url, headers: request.headers, body });
  const send = (status, payload, headers = {}) => {
    response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    response.end(payload === undefined ? undefined : JSON.stringify(payload));
  };
  const key = `${request.method} ${request.url.split('?')[0]}`;
  const failures = failFirst.get(key);
  const failure = failures?.shift();
  if (failure === 'reset') return request.socket.destroy();
  if (failure === 'stall') return undefined;
  if (failure === 'stall-body' || failure === 'drop-body') {
    response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' });
    response.write('{"id":1,');
    if (failure === 'drop-body') setTimeout(() => request.socket.destroy(), 20);
    return undefined;
  }
  if (failure) return send(...failure);
  const url = new URL(request.url, 'http://localhost');
  if (request.headers.authorization !== 'Bearer node-token') return send(401, { message: 'no token' });
  if (key === 'GET /api/crm/leads') {
    const perPage = Number(url.searchParams.get('per_page') ?? 25);
    return send(200, { data: [lead(1), lead(2)].slice(0, perPage), total: 2 });
  }
  if (key === 'GET /api/crm/leads/1') return send(200, lead(1));
  const update = key.match(/^PUT \/api\/crm\/leads\/(\d+)$/);
  if (update) return send(200, { ...lead(Number(update[1])), ...JSON.parse(body) });
  if (key === 'POST /api/crm/leads') return send(201, { ...lead(3), ...JSON.parse(body) });
  return send(404, { message: 'Not found' });
});

let client;
before(async () => {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  client = createCrmClient({
    baseUrl: `http://127.0.0.1:${port}/api/crm`,
    getToken: () => 'node-token',
    retry: { delay: 5, backoffLimit: 20 },
  });
});
after(() => {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(resolve));
});

/** A client of the test server that gives up after one attempt. */
const clientWithoutRetries = (options = {}) =>
  createCrmClient({
    baseUrl: `http://127.0.0.1:${server.address().port}/api/crm`,
    getToken: () => 'node-token',
    retry: { limit: 0 },
    ...options,
  });

test('list sends the query and reads { data, total }', async () => {
  seen.length = 0;
  const page = await client.leads.list({ status: 'new', per_page: 1 });
  assert.equal(page.total, 2);
  assert.deepEqual(page.data.map(({ id }) => id), [1]);
  assert.equal(seen[0].url, '/api/crm/leads?status=new&per_page=1');
  assert.equal(seen[0].headers.authorization, 'Bearer node-token');
});

test('get reads and validates one record', async () => {
  const fetched = await client.leads.get(1);
  assert.equal(fetched.email, 'lead@example.test');
});

test('create posts JSON with an Idempotency-Key that its retry repeats', async () => {
  seen.length = 0;
  failFirst.set('POST /api/crm/leads', [[503, { message: 'busy' }]]);
  const created = await client.leads.create({
    first_name: 'New', last_name: 'Lead', email: 'new@example.test', phone: '5550100100', company: '',
    status: 'new', pipeline_id: 1,
  });
  assert.equal(created.first_name, 'New');
  assert.equal(seen.length, 2);
  assert.match(seen[0].headers['idempotency-key'], /^[0-9a-f-]{36}$/);
  assert.equal(seen[1].headers['idempotency-key'], seen[0].headers['idempotency-key']);
  assert.equal(seen[0].headers['content-type'], 'application/json');
  assert.equal(JSON.parse(seen[1].body).first_name, 'New');
});

test('a GET is retried after a 500 and after a dropped connection', async () => {
  seen.length = 0;
  failFirst.set('GET /api/crm/leads/1', [[500, { message: 'oops' }], 'reset']);
  const fetched = await client.leads.get(1);
  assert.equal(fetched.id, 1);
  assert.equal(seen.length, 3);
});

test('a 404 is an HttpError naming method and path, without the server message', async () => {
  await assert.rejects(client.leads.get(99), (error) => {
    assert.ok(error instanceof HttpError);
    assert.ok(isHttpError(error, 404));
    assert.equal(error.message, 'GET /api/crm/leads/99: HTTP 404 Not Found');
    assert.equal(error.serverMessage, 'Not found');
    return true;
  });
});

test('a dropped connection without retries is a NetworkError', async () => {
  const { port } = server.address();
  const once = createCrmClient({ baseUrl: `http://127.0.0.1:${port}/api/crm`, getToken: () => 'node-token', retry: { limit: 0 } });
  failFirst.set('GET /api/crm/leads/1', ['reset']);
  await assert.rejects(once.leads.get(1), (error) => error.kind === 'network' && error.path === '/api/crm/leads/1');
});

test('errors, as console.error or an error reporter prints them, carry no search terms, request bodies or tokens', async () => {
  const client = clientWithoutRetries({ timeout: 100 });
  const search = { search: 'Ana Silva' };
  const leaks = (error) => {
    const printed = `${String(error)}\n${inspect(error, { depth: Infinity })}`;
    return ['Ana', 'Silva', 'ana.silva@example.test', 'node-token'].filter((secret) => printed.includes(secret));
  };
  const failures = [];
  const fail = (key, failure) => failFirst.set(key, [failure]);
  const collect = (call) => call.then(() => assert.fail('expected a rejection'), (error) => failures.push(error));

  fail('GET /api/crm/leads', [500, { message: 'Search failed' }]);
  await collect(client.leads.list(search));
  // Servers may quote what was sent: the error keeps it readable, but does not print it.
  const taken = 'ana.silva@example.test is taken';
  fail('POST /api/crm/leads', [422, { message: taken, errors: { email: [taken] } }]);
  await collect(client.leads.create({
    first_name: 'Ana', last_name: 'Silva', email: 'ana.silva@example.test', phone: '5550100100', company: '',
    status: 'new', pipeline_id: 1,
  }));
  fail('GET /api/crm/leads', 'reset');
  await collect(client.leads.list(search));
  fail('GET /api/crm/leads', 'stall');
  await collect(client.leads.list(search));

  assert.deepEqual(failures.map((error) => error.kind), ['http', 'http', 'network', 'timeout']);
  assert.deepEqual(failures.map(leaks), [[], [], [], []]);
  assert.equal(failures[1].serverMessage, taken);
  assert.deepEqual(failures[1].fieldErrors, { email: [taken] });
  assert.equal(JSON.stringify(failures[1]).includes('ana.silva'), false);
});

test('a baseUrl that gives no absolute URL (relative, in Node) fails with a message that says so, without the query', async () => {
  for (const baseUrl of ['/api/crm', 'http://exa mple.test/api/crm']) {
    const client = createCrmClient({ baseUrl, retry: { limit: 0 } });
    await assert.rejects(client.leads.list({ search: 'Ana Silva' }), (error) => {
      assert.ok(error instanceof TypeError, baseUrl);
      assert.match(error.message, /^GET \S*\/leads: baseUrl must be absolute/);
      assert.doesNotMatch(`${error.message} ${inspect(error, { depth: Infinity })}`, /Ana|Silva/);
      return true;
    });
  }
});

test('a body that stalls after the headers times out like a missing answer, and is retried', { timeout: 5000 }, async () => {
  seen.length = 0;
  failFirst.set('GET /api/crm/leads/1', ['stall-body']);
  const patient = createCrmClient({
    baseUrl: `http://127.0.0.1:${server.address().port}/api/crm`,
    getToken: () => 'node-token',
    timeout: 200,
    retry: { delay: 5 },
  });
  assert.equal((await patient.leads.get(1)).id, 1);
  assert.equal(seen.length, 2);
  failFirst.set('GET /api/crm/leads/1', ['stall-body']);
  await assert.rejects(clientWithoutRetries({ timeout: 100 }).leads.get(1), (error) => error.kind === 'timeout');
});

test('a body cut off mid-way is a NetworkError, retried like a dropped connection', { timeout: 5000 }, async () => {
  seen.length = 0;
  failFirst.set('GET /api/crm/leads/1', ['drop-body']);
  assert.equal((await client.leads.get(1)).id, 1);
  assert.equal(seen.length, 2);
  failFirst.set('GET /api/crm/leads/1', ['drop-body']);
  await assert.rejects(
    clientWithoutRetries().leads.get(1),
    (error) => error instanceof NetworkError && error.path === '/api/crm/leads/1',
  );
});

test('a bulk call reports a body cut off mid-way for its id and carries on with the others', { timeout: 5000 }, async () => {
  failFirst.set('PUT /api/crm/leads/1', ['drop-body']);
  const { succeeded, failed } = await clientWithoutRetries().leads.bulkUpdate([1, 2], { status: 'lost' });
  assert.deepEqual(succeeded, [2]);
  assert.deepEqual(failed.map(({ id, error }) => [id, error.kind]), [[1, 'network']]);
});

test('each attempt asks for JSON and carries the token and the call’s request id, the same id on a retry', async () => {
  seen.length = 0;
  failFirst.set('GET /api/crm/leads/1', [[503, { message: 'busy' }]]);
  assert.equal((await client.leads.get(1)).id, 1);
  assert.equal(seen.length, 2);
  for (const { headers } of seen) {
    assert.equal(headers.accept, 'application/json');
    assert.equal(headers.authorization, 'Bearer node-token');
    assert.match(headers['x-request-id'], /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  }
  assert.equal(seen[1].headers['x-request-id'], seen[0].headers['x-request-id']);
  await client.leads.get(1);
  assert.notEqual(seen[2].headers['x-request-id'], seen[0].headers['x-request-id']);
});

test('undici’s answers are read once, as text, error answers included, and never copied or cloned', async () => {
  const reads = { text: 0, json: 0, arrayBuffer: 0, blob: 0, formData: 0, bytes: 0, clone: 0 };
  const originals = Object.keys(reads).map((read) => [read, Object.getOwnPropertyDescriptor(Response.prototype, read)]);
  for (const [read, descriptor] of originals) {
    Object.defineProperty(Response.prototype, read, {
      configurable: true,
      writable: true,
      value(...args) {
        reads[read] += 1;
        return descriptor.value.apply(this, args);
      },
    });
  }
  const total = () => Object.values(reads).reduce((sum, count) => sum + count, 0);
  try {
    assert.equal((await client.leads.list()).data.length, 2);
    assert.deepEqual([reads.text, total()], [1, 1]);
    await assert.rejects(clientWithoutRetries().leads.get(99), (error) => error.serverMessage === 'Not found');
    assert.deepEqual([reads.text, total()], [2, 2]);
  } finally {
    for (const [read, descriptor] of originals) Object.defineProperty(Response.prototype, read, descriptor);
  }
});
