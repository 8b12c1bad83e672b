import type { CrmId } from '@mindbrite/crm-client';

/** Valid request bodies; each call returns a fresh object a test may change. */
export const leadInput = () => ({
  first_name: 'Ben', last_name: 'Okafor', email: 'ben.okafor@example.com', phone: '555 010 0101',
  company: 'Northside Dental', status: 'new', pipeline_id: 1, source: 'website',
});

export const contactInput = () => ({
  first_name: 'Ana', last_name: 'Silva', email: 'ana.silva@example.com', phone: '555 010 0100',
  status: 'active', source: 'referral',
});

export const opportunityInput = (contactId: CrmId) => ({
  title: 'Group therapy series', contact_id: contactId, value: 4800, stage: 'proposal', probability: 50,
  expected_close_date: '2026-08-01',
});

export const followUpInput = (contactId: CrmId) => ({
  contact_id: contactId, type: 'call', subject: 'Intake call', description: '',
  scheduled_date: '2026-06-20T09:30:00Z', completed: false,
});
