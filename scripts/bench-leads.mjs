// The made-up leads the browser benchmarks render (imported by their page scripts): lead `id`, the
// same every time, with every column of the list filled.
const statuses = ['new', 'contacted', 'qualified', 'unqualified', 'converted', 'lost'];
const sources = ['website', 'phone', 'referral', 'walk_in', 'social', 'email', 'other'];

/** Lead `id` (from 1). */
export const lead = (id) => ({
  id,
  first_name: 'First' + id,
  last_name: 'Last' + id,
  email: 'person' + id + '@example.test',
  phone: '+1 555 ' + String(id).padStart(7, '0'),
  company: 'Clinic ' + (id % 17),
  status: statuses[id % statuses.length],
  source: sources[id % sources.length],
  pipeline_id: 1,
  created_at: new Date(Date.UTC(2026, 0, 1 + (id % 300))).toISOString(),
});
