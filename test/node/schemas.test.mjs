// The built client's schemas run in Node unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LeadSchema } from '@mindbrite/crm-client';

test('the built client validates a lead in Node', () => {
  const lead = LeadSchema.parse({
    id: 1, first_name: 'Ana', last_name: 'Silva', email: 'a@b.test', phone: '5550100100',
    company: '', status: 'new', pipeline_id: 1, created_at: '2026-11-01T10:00:00Z',
  });
  assert.equal(lead.id, 1);
});
