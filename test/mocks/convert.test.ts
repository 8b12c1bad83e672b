import { expect } from '@open-wc/testing';
import { call, get } from './support/api.js';
import { NOW, useCrmMockWorker } from './support/worker.js';

type Row = Record<string, unknown>;
type Invalid = { message: string; errors: Record<string, string[]> };

describe('mocks: converting a lead', () => {
  const crm = useCrmMockWorker();

  it('creates the contact from the lead with overrides applied, and marks the lead converted', async () => {
    const lead = crm.db.leads.all().find((row) => row.status === 'qualified' && row.company !== '')!;
    const contacts = crm.db.contacts.count;
    const { status, body } = await call<Row>('POST', `/leads/${lead.id}/convert`, { position: 'Practice manager', status: 'prospect' });
    expect(status).to.equal(201);
    expect(body).to.include({
      id: contacts + 1, first_name: lead.first_name, last_name: lead.last_name, email: lead.email, phone: lead.phone,
      company: lead.company, position: 'Practice manager', status: 'prospect', source: lead.source,
    });
    expect(crm.db.contacts.count).to.equal(contacts + 1);
    expect((await get<Row>(`/leads/${lead.id}`)).body).to.include({ status: 'converted', updated_at: NOW });
  });

  it('converts with no body at all, as an active contact', async () => {
    const lead = crm.db.leads.all().find((row) => row.status === 'new')!;
    const { status, body } = await call<Row>('POST', `/leads/${lead.id}/convert`);
    expect(status).to.equal(201);
    expect(body).to.include({ email: lead.email, status: 'active' });
  });

  it('answers 409 for a converted lead (creating nothing), 404 for an unknown one, 422 for bad overrides', async () => {
    const converted = crm.db.leads.all().find((row) => row.status === 'converted')!;
    const contacts = crm.db.contacts.count;
    expect((await call('POST', `/leads/${converted.id}/convert`)).status).to.equal(409);
    expect((await call('POST', '/leads/999999/convert')).status).to.equal(404);
    const lead = crm.db.leads.all().find((row) => row.status === 'contacted')!;
    const invalid = await call<Invalid>('POST', `/leads/${lead.id}/convert`, { email: 'nope' });
    expect(invalid.status).to.equal(422);
    expect(invalid.body.errors).to.have.key('email');
    expect(crm.db.leads.get(lead.id).status).to.equal('contacted');
    expect(crm.db.contacts.count).to.equal(contacts);
  });
});
