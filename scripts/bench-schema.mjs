// Part of `npm run bench` (or `node scripts/bench-schema.mjs`): validating 10,000 leads with the client's LeadSchema (zod/mini) next to a
// hand-written type guard that checks the same rules, over the same data, in one run.
// The schema comes from the client's source, bundled with esbuild, so the figure is never stale.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const LEADS = 10_000;
const RUNS = 15;

async function loadSchema() {
  const { outputFiles } = await build({
    stdin: { contents: "export { LeadSchema } from './packages/crm-client/src/index.ts';", resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    conditions: ['@mindbrite/source'],
    write: false,
  });
  const dir = mkdtempSync(join(tmpdir(), 'crm-bench-'));
  const file = join(dir, 'schema.mjs');
  writeFileSync(file, outputFiles[0].text);
  try {
    return (await import(pathToFileURL(file).href)).LeadSchema;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A small seeded generator, so every run validates the same leads. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function generateLeads(count) {
  const next = random(42);
  const pick = (values) => values[Math.floor(next() * values.length)];
  const statuses = ['new', 'contacted', 'qualified', 'unqualified', 'converted', 'lost', 'awaiting_referral'];
  const sources = ['website', 'phone', 'referral', 'walk_in', 'social', 'email', 'other', null, undefined];
  return Array.from({ length: count }, (_, index) => ({
    id: index + 1,
    first_name: `First${index}`,
    last_name: `Last${index}`,
    email: `person${index}@example.test`,
    phone: `+1 555 ${String(index).padStart(7, '0')}`,
    company: pick(['', 'Lakeside Clinic', 'North Dental']),
    status: pick(statuses),
    pipeline_id: 1 + Math.floor(next() * 3),
    created_at: '2026-11-01T10:00:00Z',
    ...(next() < 0.5 ? { updated_at: '2026-11-02T10:00:00Z' } : {}),
    ...(next() < 0.7 ? { source: pick(sources) } : {}),
    ...(next() < 0.3 ? { notes: 'Prefers mornings' } : {}),
    ...(next() < 0.2 ? { assigned_to: pick([3, 'dr-lee']) } : {}),
  }));
}

const REQUIRED_STRINGS = ['first_name', 'last_name', 'email', 'phone', 'company', 'status', 'created_at'];
const absent = (item) => item === undefined || item === null;

/** The same rules as LeadSchema, by hand: required strings and numbers, optional nullable rest. */
function isLead(value) {
  if (typeof value !== 'object' || value === null) return false;
  for (const field of REQUIRED_STRINGS) if (typeof value[field] !== 'string') return false;
  const { source, notes, updated_at: updatedAt, assigned_to: assignedTo } = value;
  return (
    typeof value.id === 'number' &&
    typeof value.pipeline_id === 'number' &&
    (absent(source) || typeof source === 'string') &&
    (absent(notes) || typeof notes === 'string') &&
    (absent(updatedAt) || typeof updatedAt === 'string') &&
    (absent(assignedTo) || typeof assignedTo === 'number' || typeof assignedTo === 'string')
  );
}

/** Schema against the hand-written guard, medians of `runs`, interleaved. */
export async function bench({ runs = RUNS } = {}) {
  const LeadSchema = await loadSchema();
  const leads = generateLeads(LEADS);
  const bySchema = () => {
    for (const lead of leads) if (!LeadSchema.safeParse(lead).success) throw new Error(`schema rejected lead ${lead.id}`);
  };
  const byGuard = () => {
    for (const lead of leads) if (!isLead(lead)) throw new Error(`guard rejected lead ${lead.id}`);
  };
  // Both must reject the same broken record, or the comparison would not be like for like.
  const broken = { ...leads[0], pipeline_id: '1' };
  if (LeadSchema.safeParse(broken).success || isLead(broken)) throw new Error('schema and guard disagree on a broken lead');

  bySchema();
  byGuard();
  const schema = [];
  const guard = [];
  for (let run = 0; run < runs; run++) {
    schema.push(time(bySchema));
    guard.push(time(byGuard));
  }
  const ours = median(schema);
  const anchor = median(guard);
  return [
    {
      measure: `validating ${LEADS.toLocaleString('en')} leads with LeadSchema (zod/mini)`,
      ours: round(ours),
      unit: 'ms',
      anchor: { name: 'hand-written type guard', value: round(anchor) },
      ratio: round(ours / anchor),
      // The schema returns a checked copy, the guard checks in place: a figure to watch, no target.
      target: 'none (returns a checked copy)',
    },
  ];
}

const time = (run) => {
  const start = performance.now();
  run();
  return performance.now() - start;
};
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (value) => Math.round(value * 100) / 100;

if (import.meta.url === pathToFileURL(process.argv[1]).href) console.table(await bench());
