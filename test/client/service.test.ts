import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createCrmClient, createCrmService } from '@mindbrite/crm-client';
import { contact, followUp, lead, leadInput, opportunity, statistics } from './support/fixtures.js';
import { see, useMsw, worker } from './support/msw.js';

useMsw();

/** Answers every route with a fitting record and records "METHOD path?query". */
function serveAll() {
  const seen: string[] = [];
  const records: Record<string, object> = {
    leads: lead({ id: 2 }), contacts: contact({ id: 2 }), opportunities: opportunity({ id: 2 }), 'follow-ups': followUp({ id: 2 }),
  };
  worker.use(
    http.all('/api/crm/*', async ({ request }) => {
      const sent = await see(request);
      const search = new URL(request.url).search;
      seen.push(`${sent.method} ${sent.pathname}${search}`);
      const [, , , collection = '', id, action] = sent.pathname.split('/');
      if (collection === 'statistics') return HttpResponse.json(statistics());
      if (action === 'convert') return HttpResponse.json(contact({ id: 3 }), { status: 201 });
      if (sent.method === 'DELETE') return new HttpResponse(null, { status: 204 });
      if (sent.method === 'GET' && id === undefined) return HttpResponse.json({ data: [records[collection]], total: 1 });
      return HttpResponse.json(records[collection]);
    }),
  );
  return seen;
}

describe('service: the documented crmService names', () => {
  const crmService = createCrmService(createCrmClient());

  it('maps every lead call to its request and returns { data, total } for lists', async () => {
    const seen = serveAll();
    expect(await crmService.getLeads({ status: 'new' })).to.have.keys('data', 'total');
    await crmService.getLead(2);
    await crmService.createLead(leadInput);
    await crmService.updateLead(2, { status: 'lost' });
    await crmService.deleteLead(2);
    expect((await crmService.convertLead(2, { position: 'Manager' })).id).to.equal(3);
    expect(seen).to.deep.equal([
      'GET /api/crm/leads?status=new',
      'GET /api/crm/leads/2',
      'POST /api/crm/leads',
      'PUT /api/crm/leads/2',
      'DELETE /api/crm/leads/2',
      'POST /api/crm/leads/2/convert',
    ]);
  });

  it('maps contacts, opportunities, follow-ups and statistics', async () => {
    const seen = serveAll();
    await crmService.getContacts({ search: 'x' });
    await crmService.getContact(2);
    await crmService.createContact({} as never);
    await crmService.updateContact(2, {});
    await crmService.deleteContact(2);
    await crmService.getOpportunities();
    await crmService.getOpportunity(2);
    await crmService.createOpportunity({} as never);
    await crmService.updateOpportunity(2, {});
    await crmService.deleteOpportunity(2);
    await crmService.getFollowUps(4);
    await crmService.getFollowUps();
    await crmService.getFollowUp(2);
    await crmService.createFollowUp({} as never);
    await crmService.updateFollowUp(2, { completed: true });
    await crmService.deleteFollowUp(2);
    expect((await crmService.getStatistics()).total_leads).to.equal(10);
    expect(seen).to.deep.equal([
      'GET /api/crm/contacts?search=x',
      'GET /api/crm/contacts/2',
      'POST /api/crm/contacts',
      'PUT /api/crm/contacts/2',
      'DELETE /api/crm/contacts/2',
      'GET /api/crm/opportunities',
      'GET /api/crm/opportunities/2',
      'POST /api/crm/opportunities',
      'PUT /api/crm/opportunities/2',
      'DELETE /api/crm/opportunities/2',
      'GET /api/crm/follow-ups?contact_id=4',
      'GET /api/crm/follow-ups',
      'GET /api/crm/follow-ups/2',
      'POST /api/crm/follow-ups',
      'PUT /api/crm/follow-ups/2',
      'DELETE /api/crm/follow-ups/2',
      'GET /api/crm/statistics',
    ]);
  });
});
