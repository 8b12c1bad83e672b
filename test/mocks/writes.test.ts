import { expect } from '@open-wc/testing';
import { call, get } from './support/api.js';
import { contactInput, followUpInput, leadInput, opportunityInput } from './support/inputs.js';
import { NOW, useCrmMockWorker } from './support/worker.js';

type Row = Record<string, unknown>;
type Invalid = { message: string; errors: Record<string, string[]> };

describe('mocks: create, read, update, delete', () => {
  const crm = useCrmMockWorker();

  it('creates a record with the next id and server timestamps, and reads it back', async () => {
    const before = crm.db.leads.count;
    const { status, body } = await call<Row>('POST', '/leads', { ...leadInput(), first_name: '  Ben  ' });
    expect(status).to.equal(201);
    expect(body).to.include({ id: before + 1, first_name: 'Ben', created_at: NOW, updated_at: NOW, notes: null });
    expect((await get<Row>(`/leads/${String(body.id)}`)).body).to.deep.equal(body);
    expect(crm.db.leads.count).to.equal(before + 1);
  });

  it('updates only the fields sent and stamps updated_at', async () => {
    const original = crm.db.leads.get(3);
    const { status, body } = await call<Row>('PUT', '/leads/3', { status: 'lost', notes: 'Chose another practice.' });
    expect(status).to.equal(200);
    expect(body).to.deep.equal({ ...original, status: 'lost', notes: 'Chose another practice.', updated_at: NOW });
  });

  it('deletes with 204 and an empty body, after which the record is 404', async () => {
    const response = await fetch('/api/crm/opportunities/2', { method: 'DELETE' });
    expect(response.status).to.equal(204);
    expect(await response.text()).to.equal('');
    expect((await get('/opportunities/2')).status).to.equal(404);
    expect((await call('DELETE', '/opportunities/2')).status).to.equal(404);
  });

  it('answers 404 for unknown and malformed ids on every item route', async () => {
    for (const path of ['/leads', '/contacts', '/opportunities', '/follow-ups']) {
      for (const id of ['999999', '0', 'abc', '1.5']) {
        expect((await get(`${path}/${id}`)).status, `GET ${path}/${id}`).to.equal(404);
      }
      expect((await call('PUT', `${path}/999999`, {})).status).to.equal(404);
      expect((await call('DELETE', `${path}/999999`)).status).to.equal(404);
    }
  });

  it('answers 422 with field errors from the client input schemas, never echoing the values', async () => {
    const { status, body } = await call<Invalid>('POST', '/leads', {
      ...leadInput(), first_name: ' ', email: 'jane.secret@nowhere', phone: '12', pipeline_id: 'one',
    });
    expect(status).to.equal(422);
    expect(body.errors).to.have.keys(['first_name', 'email', 'phone', 'pipeline_id']);
    expect(body.errors.first_name).to.deep.equal(['First name is required']);
    expect(JSON.stringify(body)).not.to.contain('jane.secret');
    const update = await call<Invalid>('PUT', '/opportunities/1', { probability: 140, value: -1 });
    expect(update.status).to.equal(422);
    expect(update.body.errors).to.have.keys(['probability', 'value']);
    expect(crm.db.opportunities.get(1).probability).to.be.at.most(100);
  });

  it('names each missing required field', async () => {
    const { status, body } = await call<Invalid>('POST', '/contacts', { first_name: 'Ana' });
    expect(status).to.equal(422);
    expect(body.errors).to.have.keys(['last_name', 'email', 'phone', 'status', 'source']);
    expect(body.errors.email).to.deep.equal(['This field is required']);
  });

  it('refuses a body that is not JSON (400) or not an object (422)', async () => {
    const notJson = await call('POST', '/contacts', undefined, { body: 'first_name=Ana' });
    expect(notJson.status).to.equal(400);
    const array = await call<Invalid>('POST', '/contacts', [contactInput()]);
    expect(array.status).to.equal(422);
    expect(array.body.errors).to.have.key('body');
  });

  it('answers 422 on contact_id when an opportunity or follow-up names an unknown contact', async () => {
    for (const [path, body] of [['/opportunities', opportunityInput(999999)], ['/follow-ups', followUpInput(999999)]] as const) {
      const answer = await call<Invalid>('POST', path, body);
      expect(answer.status, path).to.equal(422);
      expect(answer.body.errors).to.have.key('contact_id');
    }
  });

  it('derives contact_name from the contact, and follows a rename', async () => {
    const contact = await call<Row>('POST', '/contacts', contactInput());
    const contactId = Number(contact.body.id);
    const opportunity = await call<Row>('POST', '/opportunities', opportunityInput(contactId));
    expect(opportunity.body.contact_name).to.equal('Ana Silva');
    await call('PUT', `/contacts/${contactId}`, { last_name: 'Costa' });
    expect((await get<Row>(`/opportunities/${String(opportunity.body.id)}`)).body.contact_name).to.equal('Ana Costa');
  });

  it('deletes a contact together with its opportunities and follow-ups', async () => {
    const { contact_id: contactId } = crm.db.opportunities.get(1);
    expect((await call('DELETE', `/contacts/${contactId}`)).status).to.equal(204);
    expect(crm.db.opportunities.all().some((row) => row.contact_id === contactId)).to.equal(false);
    expect(crm.db.followUps.all().some((row) => row.contact_id === contactId)).to.equal(false);
  });

  it('keeps completed and completed_date consistent on follow-ups', async () => {
    const open = crm.db.followUps.all().find((row) => !row.completed)!;
    const done = await call<Row>('PUT', `/follow-ups/${open.id}`, { completed: true });
    expect(done.body).to.include({ completed: true, completed_date: NOW });
    const reopened = await call<Row>('PUT', `/follow-ups/${open.id}`, { completed: false });
    expect(reopened.body).to.include({ completed: false, completed_date: null });
  });
});
