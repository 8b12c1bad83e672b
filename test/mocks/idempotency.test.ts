import { expect } from '@open-wc/testing';
import { call } from './support/api.js';
import { contactInput, leadInput } from './support/inputs.js';
import { useCrmMockWorker } from './support/worker.js';

type Row = Record<string, unknown>;
const keyed = (key: string): RequestInit => ({ headers: { 'Idempotency-Key': key } });

describe('mocks: Idempotency-Key on creates', () => {
  const crm = useCrmMockWorker();

  it('answers a repeated key with the first result and creates one record', async () => {
    const before = crm.db.leads.count;
    const first = await call<Row>('POST', '/leads', leadInput(), keyed('key-1'));
    const retry = await call<Row>('POST', '/leads', leadInput(), keyed('key-1'));
    expect(retry.status).to.equal(201);
    expect(retry.body).to.deep.equal(first.body);
    expect(retry.headers.get('Idempotent-Replayed')).to.equal('true');
    expect(crm.db.leads.count).to.equal(before + 1);
  });

  it('creates one record for concurrent requests with one key', async () => {
    const before = crm.db.contacts.count;
    const answers = await Promise.all([1, 2, 3].map(() => call<Row>('POST', '/contacts', contactInput(), keyed('burst'))));
    expect(new Set(answers.map(({ body }) => body.id)).size).to.equal(1);
    expect(crm.db.contacts.count).to.equal(before + 1);
  });

  it('creates a record per distinct key, and per request without a key', async () => {
    const before = crm.db.leads.count;
    await call('POST', '/leads', leadInput(), keyed('a'));
    await call('POST', '/leads', leadInput(), keyed('b'));
    await call('POST', '/leads', leadInput());
    await call('POST', '/leads', leadInput());
    expect(crm.db.leads.count).to.equal(before + 4);
  });

  it('does not remember a refused request, so the same key can succeed after a fix', async () => {
    const refused = await call('POST', '/leads', { ...leadInput(), email: 'broken' }, keyed('fix-me'));
    expect(refused.status).to.equal(422);
    const fixed = await call<Row>('POST', '/leads', leadInput(), keyed('fix-me'));
    expect(fixed.status).to.equal(201);
  });

  it('replays a keyed convert instead of answering 409', async () => {
    const lead = crm.db.leads.all().find((row) => row.status === 'qualified')!;
    const before = crm.db.contacts.count;
    const first = await call<Row>('POST', `/leads/${lead.id}/convert`, {}, keyed('convert-1'));
    const retry = await call<Row>('POST', `/leads/${lead.id}/convert`, {}, keyed('convert-1'));
    expect([first.status, retry.status]).to.deep.equal([201, 201]);
    expect(retry.body).to.deep.equal(first.body);
    expect(crm.db.contacts.count).to.equal(before + 1);
  });

  it('answers a retry after a lost answer with the record that was written', async () => {
    const before = crm.db.leads.count;
    crm.scenario.set({ error: { status: 504, afterProcessing: true, routes: ['POST /leads'] } });
    const lost = await call('POST', '/leads', leadInput(), keyed('lost'));
    expect(lost.status).to.equal(504);
    expect(crm.db.leads.count).to.equal(before + 1);
    crm.scenario.reset();
    const retry = await call<Row>('POST', '/leads', leadInput(), keyed('lost'));
    expect(retry.status).to.equal(201);
    expect(retry.body.id).to.equal(before + 1);
    expect(crm.db.leads.count).to.equal(before + 1);
  });

  it('forgets keys on reset', async () => {
    await call('POST', '/leads', leadInput(), keyed('k'));
    crm.reset();
    const before = crm.db.leads.count;
    await call('POST', '/leads', leadInput(), keyed('k'));
    expect(crm.db.leads.count).to.equal(before + 1);
  });
});
