import { expect } from '@open-wc/testing';
import {
  ContactSchema, FollowUpSchema, LeadSchema, OpportunitySchema, StatisticsSchema,
} from '@mindbrite/crm-client';
import * as z from 'zod/mini';
import { call, get, pageThrough } from './support/api.js';
import { contactInput, followUpInput, leadInput, opportunityInput } from './support/inputs.js';
import { useCrmMockWorker } from './support/worker.js';

const errorBody = z.object({ message: z.string(), errors: z.optional(z.record(z.string(), z.array(z.string()))) });
const listOf = (schema: z.ZodMiniType) => z.object({ data: z.array(schema), total: z.number() });

const resources = [
  ['/leads', LeadSchema],
  ['/contacts', ContactSchema],
  ['/opportunities', OpportunitySchema],
  ['/follow-ups', FollowUpSchema],
] as const;

describe('mocks: every response matches the client schemas', () => {
  const crm = useCrmMockWorker();

  for (const [path, schema] of resources) {
    it(`GET ${path}: every page and every record, then GET ${path}/{id} for each`, async () => {
      const { pages, records } = await pageThrough<{ id: number }>(path);
      for (const page of pages) z.parse(listOf(schema), page);
      expect(records.length).to.be.greaterThan(0);
      for (const { id } of records) {
        const { status, body } = await get(`${path}/${id}`);
        expect(status).to.equal(200);
        z.parse(schema, body);
      }
    });
  }

  it('GET /statistics', async () => {
    const { status, body } = await get('/statistics');
    expect(status).to.equal(200);
    const statistics = z.parse(StatisticsSchema, body);
    for (const optional of ['pipeline_value', 'weighted_pipeline_value', 'leads_by_status', 'leads_by_source', 'opportunities_by_stage']) {
      expect(statistics).to.have.property(optional);
    }
  });

  it('POST, PUT and convert answers for every resource', async () => {
    const contact = await call('POST', '/contacts', contactInput());
    expect(contact.status).to.equal(201);
    const { id: contactId } = z.parse(ContactSchema, contact.body);
    z.parse(ContactSchema, (await call('PUT', `/contacts/${contactId}`, { position: 'Office manager' })).body);

    const lead = await call('POST', '/leads', leadInput());
    expect(lead.status).to.equal(201);
    const { id: leadId } = z.parse(LeadSchema, lead.body);
    z.parse(LeadSchema, (await call('PUT', `/leads/${leadId}`, { status: 'contacted' })).body);
    const converted = await call('POST', `/leads/${leadId}/convert`, { position: 'Practice owner' });
    expect(converted.status).to.equal(201);
    z.parse(ContactSchema, converted.body);

    const opportunity = await call('POST', '/opportunities', opportunityInput(contactId));
    expect(opportunity.status).to.equal(201);
    const { id: opportunityId } = z.parse(OpportunitySchema, opportunity.body);
    z.parse(OpportunitySchema, (await call('PUT', `/opportunities/${opportunityId}`, { stage: 'negotiation' })).body);

    const followUp = await call('POST', '/follow-ups', followUpInput(contactId));
    expect(followUp.status).to.equal(201);
    const { id: followUpId } = z.parse(FollowUpSchema, followUp.body);
    z.parse(FollowUpSchema, (await call('PUT', `/follow-ups/${followUpId}`, { completed: true })).body);
    expect(crm.db.followUps.get(followUpId).completed_date).to.be.a('string');
  });

  it('error answers carry { message, errors? } for 400, 404, 409 and 422', async () => {
    const answers = [
      await get('/leads/999999'),
      await call('POST', '/leads', { first_name: '' }),
      await call('POST', '/leads', undefined, { body: '{not json', headers: { 'Content-Type': 'application/json' } }),
      await get('/leads?per_page=zero'),
    ];
    const converted = crm.db.leads.all().find((lead) => lead.status === 'converted');
    answers.push(await call('POST', `/leads/${converted!.id}/convert`));
    expect(answers.map(({ status }) => status)).to.deep.equal([404, 422, 400, 422, 409]);
    for (const { body } of answers) z.parse(errorBody, body);
  });
});
