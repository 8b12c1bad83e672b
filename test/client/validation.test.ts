import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { ResponseValidationError } from '@mindbrite/crm-client';
import { createCrmClient } from '@mindbrite/crm-client';
import { contact, lead, rejection } from './support/fixtures.js';
import { useMsw, worker } from './support/msw.js';

useMsw();

const answer = (path: string, response: () => Response) => worker.use(http.all(path, response));

describe('validation: tolerant reading', () => {
  const client = createCrmClient();

  it('keeps fields the client does not know', async () => {
    answer('/api/crm/leads/1', () => HttpResponse.json({ ...lead(), insurer: 'Acme Health', tags: ['vip'] }));
    const fetched = await client.leads.get(1);
    expect(fetched).to.include({ insurer: 'Acme Health' });
    // Kept at run time, yet no part of the type: reading a field the contract does not name is a type error.
    // @ts-expect-error: `tags` is not a lead's field
    expect(fetched.tags).to.deep.equal(['vip']);
  });

  it('accepts statuses, sources and stages outside the known sets', async () => {
    answer('/api/crm/leads', () =>
      HttpResponse.json({ data: [lead({ status: 'awaiting_referral', source: 'billboard' })], total: 1 }),
    );
    const { data } = await client.leads.list();
    expect(data[0]).to.include({ status: 'awaiting_referral', source: 'billboard' });
  });

  it('accepts null for optional fields', async () => {
    answer('/api/crm/contacts/1', () => HttpResponse.json({ ...contact(), company: null, notes: null }));
    expect((await client.contacts.get(1)).company).to.equal(null);
  });
});

describe('validation: strict mode rejects what does not fit', () => {
  const client = createCrmClient();

  it('a missing required field names the resource, the field path and the request, not the values', async () => {
    const { email: _email, ...withoutEmail } = lead({ first_name: 'Secretname' });
    answer('/api/crm/leads/1', () => HttpResponse.json({ ...withoutEmail, phone: 5550100 }));
    const error = (await rejection(client.leads.get(1))) as ResponseValidationError;
    expect(error.kind).to.equal('validation');
    expect(error.resource).to.equal('leads');
    expect(error.method).to.equal('GET');
    expect(error.path).to.equal('/api/crm/leads/1');
    expect(error.issues.map(({ path }) => path)).to.deep.equal([['email'], ['phone']]);
    expect(error.issues[0]?.code).to.equal('invalid_type');
    expect(error.message).to.equal('GET /api/crm/leads/1: invalid leads response at email, phone');
    expect(error.message).not.to.contain('5550100');
    expect(error.message).not.to.contain('Secretname');
  });

  it('a wrong type inside a list leaves that record out and names its index and field (list-problems.test.ts has more)', async () => {
    answer('/api/crm/leads', () => HttpResponse.json({ data: [lead(), lead({ id: 2, pipeline_id: '1' as never })], total: 2 }));
    const { data, problems } = await client.leads.list({ search: 'private' });
    expect(data.map(({ id }) => id)).to.deep.equal([1]);
    expect(problems?.invalid.map(({ index, issues }) => [index, issues.map(({ path }) => path)])).to.deep.equal([[1, [['pipeline_id']]]]);
  });

  it('a 2xx body that is not JSON is a validation error, not a crash', async () => {
    answer('/api/crm/leads/1', () => new HttpResponse('<html>login</html>', { headers: { 'Content-Type': 'text/html' } }));
    const error = (await rejection(client.leads.get(1))) as ResponseValidationError;
    expect(error.kind).to.equal('validation');
    expect(error.issues).to.deep.equal([{ path: [], code: 'invalid_json', message: 'Expected a JSON body, got something else' }]);
    expect(error.message).to.equal('GET /api/crm/leads/1: invalid leads response at (body)');
  });

  it('an empty 2xx body where a record is expected is a validation error', async () => {
    answer('/api/crm/leads/1', () => new HttpResponse(null, { status: 200 }));
    const error = (await rejection(client.leads.get(1))) as ResponseValidationError;
    expect(error.issues[0]?.code).to.equal('empty_body');
  });

  it('a list without its envelope names the missing parts', async () => {
    answer('/api/crm/opportunities', () => HttpResponse.json({ rows: [] }));
    const error = (await rejection(client.opportunities.list())) as ResponseValidationError;
    expect(error.resource).to.equal('opportunities');
    expect(error.issues.map(({ path }) => path)).to.deep.equal([['data'], ['total']]);
  });

  it('statistics with a wrong type are rejected', async () => {
    answer('/api/crm/statistics', () => HttpResponse.json({ total_leads: '10' }));
    const error = (await rejection(client.statistics.get())) as ResponseValidationError;
    expect(error.resource).to.equal('statistics');
    expect(error.issues.map(({ path }) => path[0])).to.include.members(['total_leads', 'conversion_rate']);
  });

  it('a converted lead’s contact is checked as a contact', async () => {
    answer('/api/crm/leads/1/convert', () => HttpResponse.json({ id: 9 }, { status: 201 }));
    const error = (await rejection(client.leads.convert(1))) as ResponseValidationError;
    expect(error.resource).to.equal('contacts');
    expect(error.path).to.equal('/api/crm/leads/1/convert');
  });
});

describe("validation: 'off'", () => {
  const client = createCrmClient({ validation: 'off' });

  it('passes records through unchecked', async () => {
    answer('/api/crm/leads/1', () => HttpResponse.json({ id: 1, anything: true }));
    expect(await client.leads.get(1)).to.deep.equal({ id: 1, anything: true });
  });

  it('still reads the list envelope', async () => {
    answer('/api/crm/leads', () => HttpResponse.json({ data: [{ id: 1 }], total: 1 }));
    expect(await client.leads.list()).to.deep.equal({ data: [{ id: 1 }], total: 1 });
    answer('/api/crm/leads', () => HttpResponse.json([{ id: 1 }]));
    expect(((await rejection(client.leads.list())) as ResponseValidationError).kind).to.equal('validation');
  });
});
