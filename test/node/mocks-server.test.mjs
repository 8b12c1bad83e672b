// The built @mindbrite/crm-mocks/node intercepts fetch in Node.
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { http, HttpResponse } from 'msw';
import { createCrmMockServer } from '@mindbrite/crm-mocks/node';
import { LeadSchema } from '@mindbrite/crm-client';

const BASE = 'http://localhost/api/crm';
const lead = {
  first_name: 'Ana', last_name: 'Silva', email: 'ana@example.com', phone: '555 010 0100',
  company: '', status: 'new', pipeline_id: 1,
};

describe('createCrmMockServer in Node', () => {
  const crm = createCrmMockServer({ seed: 3, now: '2026-06-15T12:00:00Z' });
  before(() => crm.listen({ onUnhandledFrame: 'error' }));
  afterEach(() => crm.reset());
  after(() => crm.close());

  test('answers the default base path on any host, from its database', async () => {
    const response = await fetch(`${BASE}/leads?per_page=3&sort=last_name`);
    assert.equal(response.status, 200);
    const body = await response.json();
    assert.equal(body.total, crm.db.leads.count);
    assert.equal(body.data.length, 3);
    for (const record of body.data) LeadSchema.parse(record);
    assert.equal((await fetch('http://127.0.0.1:8081/api/crm/leads/1')).status, 200);
  });

  test('writes reach the database the test can assert on', async () => {
    const response = await fetch(`${BASE}/leads`, { method: 'POST', body: JSON.stringify(lead) });
    assert.equal(response.status, 201);
    const { id } = await response.json();
    assert.equal(crm.db.leads.get(id).email, 'ana@example.com');
  });

  test('scenarios, overrides with use(), and reset() undoing both', async () => {
    crm.scenario.set({ error: { status: 500, routes: ['GET /statistics'] } });
    crm.use(http.get(`${BASE}/contacts/:id`, () => HttpResponse.json({ message: 'Gone' }, { status: 410 })));
    assert.equal((await fetch(`${BASE}/statistics`)).status, 500);
    assert.equal((await fetch(`${BASE}/contacts/1`)).status, 410);
    crm.reset();
    assert.equal((await fetch(`${BASE}/statistics`)).status, 200);
    assert.equal((await fetch(`${BASE}/contacts/1`)).status, 200);
  });

  test('a request the hang scenario holds rejects when aborted', async () => {
    crm.scenario.set({ hang: true });
    const controller = new AbortController();
    const pending = fetch(`${BASE}/leads`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await assert.rejects(pending, { name: 'AbortError' });
  });
});
