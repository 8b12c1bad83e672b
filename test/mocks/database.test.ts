import { expect } from '@open-wc/testing';
import {
  ContactInputSchema, ContactSchema, FollowUpSchema, LeadInputSchema, LeadSchema, OpportunitySchema,
} from '@mindbrite/crm-client';
import { RecordNotFoundError, UnknownReferenceError, createCrmDatabase } from '@mindbrite/crm-mocks';
import { NOW } from './support/worker.js';

const DAY = 86_400_000;
const now = Date.parse(NOW);
const within = (iso: string, from: number, to: number) => Date.parse(iso) >= from && Date.parse(iso) <= to;

describe('mocks: the seeded database', () => {
  const db = createCrmDatabase({ seed: 5, now: NOW });

  it('is the same for the same seed and clock, and different for another seed', () => {
    expect(createCrmDatabase({ seed: 5, now: NOW }).snapshot()).to.deep.equal(db.snapshot());
    expect(createCrmDatabase({ seed: 6, now: NOW }).leads.all()).not.to.deep.equal(db.leads.all());
  });

  it('has the default sizes, and the sizes asked for', () => {
    expect([db.leads.count, db.contacts.count, db.opportunities.count, db.followUps.count]).to.deep.equal([250, 120, 60, 150]);
    const small = createCrmDatabase({ leads: 10, contacts: 4, opportunities: 3, followUps: 0, now: NOW });
    expect([small.leads.count, small.contacts.count, small.opportunities.count, small.followUps.count]).to.deep.equal([10, 4, 3, 0]);
  });

  it('seeds records the client reads, and that its forms would accept back unchanged', () => {
    for (const lead of db.leads.all()) {
      LeadSchema.parse(lead);
      LeadInputSchema.parse(lead);
    }
    for (const contact of db.contacts.all()) {
      ContactSchema.parse(contact);
      ContactInputSchema.parse(contact);
    }
    for (const opportunity of db.opportunities.all()) OpportunitySchema.parse(opportunity);
    for (const followUp of db.followUps.all()) FollowUpSchema.parse(followUp);
  });

  it('spreads dates over the last twelve months, plans over the next three and the pipeline over the next six', () => {
    const yearAgo = now - 366 * DAY;
    const inThreeMonths = now + 92 * DAY;
    for (const lead of db.leads.all()) {
      expect(within(lead.created_at, yearAgo, now)).to.equal(true);
      expect(lead.updated_at >= lead.created_at).to.equal(true);
    }
    const followUps = db.followUps.all();
    expect(followUps.every(({ scheduled_date }) => within(scheduled_date, yearAgo, inThreeMonths))).to.equal(true);
    expect(followUps.some(({ scheduled_date }) => Date.parse(scheduled_date) > now), 'upcoming').to.equal(true);
    expect(followUps.some(({ scheduled_date, completed }) => !completed && Date.parse(scheduled_date) < now), 'overdue').to.equal(true);
    expect(followUps.filter(({ completed }) => completed).every(({ completed_date }) => completed_date !== null)).to.equal(true);
    const opportunities = db.opportunities.all();
    const closeDate = ({ expected_close_date }: { expected_close_date: string }) => `${expected_close_date}T00:00:00Z`;
    const inSixMonths = now + 184 * DAY;
    expect(opportunities.every((opportunity) => within(closeDate(opportunity), yearAgo, inSixMonths))).to.equal(true);
    // The forecast's six months each have open opportunities expected in them.
    const monthsAhead = new Set(opportunities.filter((opportunity) => Date.parse(closeDate(opportunity)) > now).map((opportunity) => closeDate(opportunity).slice(0, 7)));
    expect(monthsAhead.size).to.be.at.least(6);
  });

  it('distributes statuses, sources and stages the way a practice sees them', () => {
    const statuses = db.leads.all().map(({ status }) => status);
    expect(new Set(statuses)).to.deep.equal(new Set(['new', 'contacted', 'qualified', 'unqualified', 'converted', 'lost']));
    expect(new Set(db.leads.all().map(({ source }) => source)).size).to.equal(7);
    expect(new Set(db.opportunities.all().map(({ stage }) => stage)).size).to.equal(6);
    const share = (status: string) => statuses.filter((value) => value === status).length / statuses.length;
    expect(share('converted')).to.be.within(0.1, 0.35);
    expect(share('new')).to.be.below(share('contacted'));
    // Recent leads are mostly still being worked.
    const recent = db.leads.all().filter(({ created_at }) => Date.parse(created_at) > now - 14 * DAY);
    expect(recent.every(({ status }) => ['new', 'contacted', 'qualified', 'unqualified'].includes(status))).to.equal(true);
  });

  it('gives every converted lead its contact, and every opportunity and follow-up its contact name', () => {
    const contacts = db.contacts.all();
    for (const lead of db.leads.all().filter(({ status }) => status === 'converted')) {
      const contact = contacts.find(({ email }) => email === lead.email);
      expect(contact, `lead ${lead.id}`).to.include({ first_name: lead.first_name, last_name: lead.last_name, phone: lead.phone });
      expect(contact!.created_at >= lead.created_at).to.equal(true);
    }
    for (const record of [...db.opportunities.all(), ...db.followUps.all()]) {
      const contact = db.contacts.get(record.contact_id);
      expect(record.contact_name).to.equal(`${contact.first_name} ${contact.last_name}`);
      expect(record.created_at >= contact.created_at).to.equal(true);
    }
  });

  it('turns converted leads back to qualified when there are too few contacts for them', () => {
    const lean = createCrmDatabase({ leads: 100, contacts: 2, now: NOW });
    expect(lean.leads.all().filter(({ status }) => status === 'converted')).to.have.length(2);
  });

  it('seeds 10,000 leads', () => {
    expect(createCrmDatabase({ leads: 10_000, now: NOW }).leads.count).to.equal(10_000);
  });
});

describe('mocks: the database API', () => {
  it('inserts, updates and deletes, handing out copies', () => {
    const db = createCrmDatabase({ leads: 3, contacts: 2, opportunities: 0, followUps: 0, now: NOW });
    const lead = db.leads.insert({
      first_name: 'Ana', last_name: 'Silva', email: 'ana@example.com', phone: '555 010 0100', company: '',
      status: 'new', pipeline_id: 1, source: 'website', notes: null, assigned_to: null,
    });
    expect(lead).to.include({ id: 4, created_at: NOW, updated_at: NOW });
    lead.first_name = 'Changed';
    expect(db.leads.get(4).first_name).to.equal('Ana');
    expect(db.leads.update(4, { status: 'contacted' }).status).to.equal('contacted');
    db.leads.delete(4);
    expect(db.leads.find(4)).to.equal(undefined);
    expect(() => db.leads.get(4)).to.throw(RecordNotFoundError);
    expect(() => db.opportunities.insert({
      title: 'Plan', description: null, contact_id: 99, value: 1, stage: 'proposal', probability: 50, expected_close_date: '2026-07-01',
    })).to.throw(UnknownReferenceError);
  });

  it('clears to nothing and resets to the seeded data', () => {
    const db = createCrmDatabase({ seed: 9, now: NOW });
    const seeded = db.snapshot();
    db.clear();
    expect(db.statistics()).to.include({ total_leads: 0, total_contacts: 0, total_opportunities: 0, conversion_rate: 0 });
    db.reset();
    expect(db.snapshot()).to.deep.equal(seeded);
  });
});
