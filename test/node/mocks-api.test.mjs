// `npm run mock-api`: the real script, over real HTTP, with CORS.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ContactSchema, LeadSchema, StatisticsSchema } from '@mindbrite/crm-client';
import { startMockApi } from '../../scripts/mock-api-process.mjs';

describe('npm run mock-api', () => {
  let api;
  before(async () => {
    api = await startMockApi({ SEED: '5' });
  });
  after(() => api.stop());

  test('prints its URL and port', () => {
    const port = Number(/port: (\d+)/.exec(api.output)[1]);
    assert.ok(port > 0);
    assert.equal(new URL(api.url).port, String(port));
    assert.equal(new URL(api.url).pathname, '/api/crm');
  });

  test('serves the contract with CORS headers for the calling origin', async () => {
    const response = await fetch(`${api.url}/leads?per_page=2`, { headers: { Origin: 'http://app.example' } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), 'http://app.example');
    assert.equal(response.headers.get('access-control-allow-credentials'), 'true');
    const body = await response.json();
    assert.equal(body.data.length, 2);
    body.data.forEach((lead) => LeadSchema.parse(lead));
    StatisticsSchema.parse(await (await fetch(`${api.url}/statistics`)).json());
  });

  test('answers CORS preflights for writes with custom headers', async () => {
    const response = await fetch(`${api.url}/leads/1`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://app.example',
        'Access-Control-Request-Method': 'PUT',
        'Access-Control-Request-Headers': 'authorization,content-type,idempotency-key',
      },
    });
    assert.equal(response.status, 204);
    assert.match(response.headers.get('access-control-allow-methods'), /PUT/);
    assert.match(response.headers.get('access-control-allow-headers'), /idempotency-key/);
  });

  test('creates, converts and deletes over HTTP, honouring Idempotency-Key', async () => {
    const input = {
      first_name: 'Ana', last_name: 'Silva', email: 'ana@example.com', phone: '555 010 0100',
      company: 'Lakeside Clinic', status: 'qualified', pipeline_id: 1,
    };
    const post = () => fetch(`${api.url}/leads`, {
      method: 'POST', body: JSON.stringify(input), headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'http-1' },
    });
    const first = await (await post()).json();
    const again = await post();
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await again.json(), first);
    const converted = await fetch(`${api.url}/leads/${first.id}/convert`, { method: 'POST' });
    assert.equal(converted.status, 201);
    ContactSchema.parse(await converted.json());
    assert.equal((await fetch(`${api.url}/leads/${first.id}`, { method: 'DELETE' })).status, 204);
    assert.equal((await fetch(`${api.url}/leads/${first.id}`)).status, 404);
  });

  test('switches scenarios at runtime and resets', async () => {
    const set = await fetch(new URL('/__mock/scenario', api.url), {
      method: 'PUT', body: JSON.stringify({ error: { status: 503, routes: ['GET /statistics'] } }),
    });
    assert.equal(set.status, 200);
    assert.equal((await fetch(`${api.url}/statistics`)).status, 503);
    await fetch(new URL('/__mock/reset', api.url), { method: 'POST' });
    assert.equal((await fetch(`${api.url}/statistics`)).status, 200);
  });

  test('answers 404 outside the CRM routes', async () => {
    const response = await fetch(new URL('/elsewhere', api.url));
    assert.equal(response.status, 404);
    assert.equal(typeof (await response.json()).message, 'string');
  });
});
