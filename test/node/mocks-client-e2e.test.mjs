// The built client, end to end against the mock CRM over real HTTP (scripts/mock-api.mjs).
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createCrmClient, createCrmService, isAbortError, isHttpError, isResponseValidationError, isTimeoutError,
} from '@mindbrite/crm-client';
import { startMockApi } from '../../scripts/mock-api-process.mjs';

const leadInput = {
  first_name: 'Ana', last_name: 'Silva', email: 'ana.silva@example.com', phone: '555 010 0100',
  company: 'Lakeside Clinic', status: 'qualified', pipeline_id: 1, source: 'referral',
};

describe('the client against the mock CRM over HTTP', () => {
  let api;
  let client;
  const setScenario = (scenario) =>
    fetch(new URL('/__mock/scenario', api.url), { method: 'PUT', body: JSON.stringify(scenario) });

  before(async () => {
    api = await startMockApi({ SEED: '8' });
    client = createCrmClient({ baseUrl: api.url, retry: { limit: 2, delay: 10 }, timeout: 5000 });
  });
  afterEach(() => fetch(new URL('/__mock/reset', api.url), { method: 'POST' }));
  after(() => api.stop());

  test('lists with search, filters, sort and paging, and iterates every page', async () => {
    const page = await client.leads.list({ status: 'new', sort: 'last_name', order: 'asc', per_page: 10, page: 1 });
    assert.ok(page.total > 0);
    assert.ok(page.data.every((lead) => lead.status === 'new'));
    const names = page.data.map((lead) => lead.last_name);
    assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));
    const { total } = await client.leads.list();
    let count = 0;
    for await (const lead of client.leads.iterate()) count += lead.id > 0 ? 1 : 0;
    assert.equal(count, total);
    const found = await client.leads.list({ search: page.data[0].email.toUpperCase() });
    assert.ok(found.data.some((lead) => lead.id === page.data[0].id));
  });

  test('creates, reads, updates, converts and deletes, announcing each change', async () => {
    const changes = [];
    client.addEventListener('change', (event) => changes.push(`${event.detail.resource}:${event.detail.action}`));
    const lead = await client.leads.create(leadInput);
    assert.equal((await client.leads.get(lead.id)).email, leadInput.email);
    assert.equal((await client.leads.update(lead.id, { notes: 'Asked about group sessions.' })).notes, 'Asked about group sessions.');
    const contact = await client.leads.convert(lead.id, { position: 'Practice manager' });
    assert.equal(contact.position, 'Practice manager');
    assert.equal((await client.leads.get(lead.id)).status, 'converted');
    const opportunity = await client.opportunities.create({
      title: 'Group therapy series', contact_id: contact.id, value: 4800, stage: 'proposal', probability: 50,
      expected_close_date: '2026-08-01',
    });
    assert.equal(opportunity.contact_name, 'Ana Silva');
    const followUp = await client.followUps.create({
      contact_id: contact.id, type: 'call', subject: 'Intake call', description: '',
      scheduled_date: '2026-08-01T09:00:00Z', completed: false,
    });
    assert.deepEqual((await client.followUps.list({ contact_id: contact.id })).data.map(({ id }) => id), [followUp.id]);
    await client.leads.delete(lead.id);
    await assert.rejects(client.leads.get(lead.id), (error) => isHttpError(error) && error.status === 404);
    assert.deepEqual(changes, [
      'leads:create', 'leads:update', 'leads:convert', 'contacts:create', 'opportunities:create', 'followUps:create', 'leads:delete',
    ]);
  });

  test('statistics add up with the lists', async () => {
    const statistics = await client.statistics.get();
    const leads = await client.leads.list({ per_page: 1 });
    const converted = await client.leads.list({ status: 'converted', per_page: 1 });
    assert.equal(statistics.total_leads, leads.total);
    assert.ok(Math.abs(statistics.conversion_rate - (converted.total / leads.total) * 100) < 0.01);
  });

  test('the service facade reads through the same mock', async () => {
    const service = createCrmService(client);
    const { data, total } = await service.getContacts({ per_page: 5 });
    assert.equal(data.length, 5);
    assert.ok(total >= 5);
  });

  test('a 422 arrives as field errors, a converted lead as 409', async () => {
    await assert.rejects(client.leads.create({ ...leadInput, email: 'nope' }), (error) =>
      isHttpError(error) && error.status === 422 && Array.isArray(error.fieldErrors.email) && !error.message.includes('nope'));
    const [converted] = (await client.leads.list({ status: 'converted', per_page: 1 })).data;
    await assert.rejects(client.leads.convert(converted.id), (error) => isHttpError(error) && error.status === 409);
  });

  test('a create whose answer is lost is retried with its key and makes exactly one lead', async () => {
    const before = (await client.leads.list({ per_page: 1 })).total;
    let attempts = 0;
    const counting = createCrmClient({
      baseUrl: api.url,
      retry: { limit: 3, delay: 10 },
      fetch: (input, init) => {
        if ((init?.method ?? input.method) === 'POST') attempts += 1;
        return fetch(input, init);
      },
    });
    // The lead is written, then its answer fails: only the Idempotency-Key stops a retry duplicating it.
    await setScenario({ failureRate: { rate: 0.5, status: 503, seed: 3, afterProcessing: true, routes: ['POST /leads'] } });
    await Promise.allSettled(Array.from({ length: 6 }, () => counting.leads.create(leadInput)));
    await setScenario({});
    assert.ok(attempts > 6, `some answers were lost and retried (${attempts} attempts)`);
    assert.equal((await client.leads.list({ per_page: 1 })).total, before + 6);
  });

  test('malformed bodies become validation errors naming the field', async () => {
    await setScenario({ malformed: 'wrong-types' });
    await assert.rejects(client.leads.get(1), (error) => isResponseValidationError(error) && error.issues.some((issue) => issue.path.includes('id')));
    await setScenario({ malformed: 'not-json' });
    // A 200 whose body is an HTML page is not a list: a validation error, not half-typed data.
    await assert.rejects(client.leads.list(), (error) => isResponseValidationError(error) && error.resource === 'leads');
  });

  test('a request that never answers can be aborted, or times out', async () => {
    await setScenario({ hang: true });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    await assert.rejects(client.leads.get(1, { signal: controller.signal }), (error) => isAbortError(error));
    const impatient = createCrmClient({ baseUrl: api.url, timeout: 150, retry: { limit: 0 } });
    await assert.rejects(impatient.leads.get(1), (error) => isTimeoutError(error));
  });
});
