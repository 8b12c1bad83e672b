import { expect } from '@open-wc/testing';
import { LeadInputSchema, LeadSchema } from '@mindbrite/crm-client';
import * as z from 'zod/mini';

const lead = {
  id: 7,
  first_name: 'Ana',
  last_name: 'Silva',
  email: 'ana@example.test',
  phone: '+1 555 010 0100',
  company: 'Lakeside Clinic',
  status: 'new',
  pipeline_id: 1,
  created_at: '2026-11-01T10:00:00Z',
};

describe('schemas: tolerant reading', () => {
  it('keeps fields it does not know', () => {
    const parsed = LeadSchema.parse({ ...lead, insurer: 'Acme Health' });
    expect(parsed).to.have.property('insurer', 'Acme Health');
  });

  it('accepts statuses and sources outside the known sets', () => {
    const parsed = LeadSchema.parse({ ...lead, status: 'awaiting_referral', source: 'billboard' });
    expect(parsed.status).to.equal('awaiting_referral');
    expect(parsed.source).to.equal('billboard');
  });

  it('accepts null for optional fields', () => {
    expect(LeadSchema.parse({ ...lead, notes: null, source: null }).notes).to.equal(null);
  });

  it('rejects a missing required field or a wrong type, naming the path', () => {
    const { id: _id, ...withoutId } = lead;
    const missing = LeadSchema.safeParse(withoutId);
    expect(missing.success).to.equal(false);
    expect(missing.error?.issues[0]?.path).to.deep.equal(['id']);
    const wrongType = LeadSchema.safeParse({ ...lead, status: 3 });
    expect(wrongType.error?.issues[0]?.path).to.deep.equal(['status']);
  });
});

describe('schemas: input checks', () => {
  it('reports each invalid field with a message that does not echo the value', () => {
    const result = LeadInputSchema.safeParse({ ...lead, first_name: '  ', email: 'not-an-email', phone: '12' });
    expect(result.success).to.equal(false);
    const byField = Object.fromEntries(result.error!.issues.map((issue) => [String(issue.path[0]), issue.message]));
    expect(byField).to.deep.include({
      first_name: 'First name is required',
      email: 'Enter a valid email address',
      phone: 'A phone number has 7 to 15 digits',
    });
    expect(JSON.stringify(byField)).not.to.contain('not-an-email');
  });

  it('trims text and accepts a valid lead', () => {
    const parsed = z.parse(LeadInputSchema, { ...lead, first_name: '  Ana ' });
    expect(parsed.first_name).to.equal('Ana');
  });
});
