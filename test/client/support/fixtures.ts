// Records as the contract describes them, with made-up values (never real patient data).
import type { Contact, CrmStatistics, FollowUp, Lead, Opportunity } from '@mindbrite/crm-client';
import { createCrmClient } from '@mindbrite/crm-client';
import { expect } from '@open-wc/testing';
import type { CrmClientOptions } from '@mindbrite/crm-client';

export const lead = (overrides: Partial<Lead> = {}): Lead => ({
  id: 1,
  first_name: 'Test',
  last_name: 'Lead',
  email: 'lead@example.test',
  phone: '+1 555 010 0001',
  company: 'Example Clinic',
  status: 'new',
  pipeline_id: 1,
  created_at: '2026-11-01T10:00:00Z',
  ...overrides,
});

export const contact = (overrides: Partial<Contact> = {}): Contact => ({
  id: 1,
  first_name: 'Test',
  last_name: 'Contact',
  email: 'contact@example.test',
  phone: '+1 555 010 0002',
  status: 'active',
  source: 'website',
  created_at: '2026-11-01T10:00:00Z',
  updated_at: '2026-11-02T10:00:00Z',
  ...overrides,
});

export const opportunity = (overrides: Partial<Opportunity> = {}): Opportunity => ({
  id: 1,
  title: 'Annual plan',
  contact_id: 1,
  contact_name: 'Test Contact',
  value: 1200,
  stage: 'proposal',
  probability: 50,
  expected_close_date: '2026-12-31',
  created_at: '2026-11-01T10:00:00Z',
  updated_at: '2026-11-02T10:00:00Z',
  ...overrides,
});

export const followUp = (overrides: Partial<FollowUp> = {}): FollowUp => ({
  id: 1,
  contact_id: 1,
  contact_name: 'Test Contact',
  type: 'call',
  subject: 'Check in',
  description: '',
  scheduled_date: '2026-11-20T09:00:00Z',
  completed: false,
  created_at: '2026-11-01T10:00:00Z',
  updated_at: '2026-11-02T10:00:00Z',
  ...overrides,
});

export const statistics = (overrides: Partial<CrmStatistics> = {}): CrmStatistics => ({
  total_leads: 10,
  total_contacts: 4,
  total_opportunities: 3,
  conversion_rate: 40,
  leads_this_month: 2,
  opportunities_this_month: 1,
  ...overrides,
});

export const leadInput = {
  first_name: 'Test',
  last_name: 'Lead',
  email: 'lead@example.test',
  phone: '+1 555 010 0001',
  company: 'Example Clinic',
  status: 'new',
  pipeline_id: 1,
} as const;

/** A client whose retries wait milliseconds, not seconds, so retry tests run fast. */
export const testClient = (options: CrmClientOptions = {}) =>
  createCrmClient({ ...options, retry: { delay: 5, backoffLimit: 40, ...options.retry } });

/** What `promise` rejected with; fails the test when it resolves. */
export const rejection = async (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(() => expect.fail('expected a rejection'), (error: unknown) => error);
