import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { CrmChangeDetail } from '@mindbrite/crm-client';
import { createCrmClient } from '@mindbrite/crm-client';
import { contact, followUp, lead, leadInput, opportunity } from './support/fixtures.js';
import { useMsw, worker } from './support/msw.js';

useMsw();

function serveWrites() {
  worker.use(
    http.post('/api/crm/leads/:id/convert', () => HttpResponse.json(contact({ id: 70 }), { status: 201 })),
    http.post('/api/crm/leads', () => HttpResponse.json(lead({ id: 9 }), { status: 201 })),
    http.put('/api/crm/leads/:id', ({ params }) => HttpResponse.json(lead({ id: Number(params.id) }))),
    http.put('/api/crm/opportunities/:id', ({ params }) => HttpResponse.json(opportunity({ id: Number(params.id) }))),
    http.post('/api/crm/follow-ups', () => HttpResponse.json(followUp({ id: 5 }), { status: 201 })),
    http.delete('/api/crm/*', () => new HttpResponse(null, { status: 204 })),
    http.put('/api/crm/contacts/:id', () => HttpResponse.json({ message: 'conflict' }, { status: 409 })),
  );
}

describe("change events: 'change' after each successful write", () => {
  it('announces create, update, delete and convert with resource, action and id', async () => {
    serveWrites();
    const client = createCrmClient();
    const details: CrmChangeDetail[] = [];
    client.addEventListener('change', (event) => details.push(event.detail));
    await client.leads.create(leadInput);
    await client.leads.update(4, { status: 'contacted' });
    await client.opportunities.update(6, { stage: 'closed_won' });
    await client.contacts.delete(3);
    await client.followUps.create({} as never);
    await client.leads.convert(4);
    expect(details).to.deep.equal([
      { resource: 'leads', action: 'create', id: 9 },
      { resource: 'leads', action: 'update', id: 4 },
      { resource: 'opportunities', action: 'update', id: 6 },
      { resource: 'contacts', action: 'delete', id: 3 },
      { resource: 'followUps', action: 'create', id: 5 },
      { resource: 'leads', action: 'convert', id: 4 },
      { resource: 'contacts', action: 'create', id: 70 },
    ]);
  });

  it('announces nothing for reads or failed writes', async () => {
    serveWrites();
    worker.use(http.get('/api/crm/leads/:id', () => HttpResponse.json(lead())));
    const client = createCrmClient();
    let events = 0;
    client.addEventListener('change', () => (events += 1));
    await client.leads.get(1);
    await client.contacts.update(1, { status: 'inactive' }).catch(() => undefined);
    expect(events).to.equal(0);
  });

  it('is a CustomEvent that listeners can remove', async () => {
    serveWrites();
    const client = createCrmClient();
    const received: Event[] = [];
    const listener = (event: CustomEvent<CrmChangeDetail>) => received.push(event);
    client.addEventListener('change', listener);
    await client.leads.delete(1);
    client.removeEventListener('change', listener);
    await client.leads.delete(2);
    expect(received).to.have.length(1);
    expect(received[0]).to.be.instanceOf(CustomEvent);
  });

  it('each client has its own listeners', async () => {
    serveWrites();
    const [a, b] = [createCrmClient(), createCrmClient()];
    let heardByB = 0;
    b.addEventListener('change', () => (heardByB += 1));
    await a.leads.delete(1);
    expect(heardByB).to.equal(0);
  });
});
