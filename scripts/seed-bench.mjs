// `node scripts/seed-bench.mjs`: how long the built mock database takes to seed 10,000 leads
// (with the default contacts, opportunities and follow-ups). Run `npm run build` first.
import { createCrmDatabase } from '@mindbrite/crm-mocks';

const LEADS = 10_000;
const RUNS = 7;

const time = (seed) => {
  const start = performance.now();
  const db = createCrmDatabase({ seed, leads: LEADS });
  const ms = performance.now() - start;
  if (db.leads.count !== LEADS) throw new Error(`seeded ${db.leads.count} leads, expected ${LEADS}`);
  return ms;
};

// The first run includes loading faker's English locale and warming the JIT.
const cold = time(1);
const warm = Array.from({ length: RUNS }, (_, index) => time(index + 2)).sort((a, b) => a - b);
const median = warm[Math.floor(RUNS / 2)];
console.log(`Seeding ${LEADS.toLocaleString('en')} leads (+120 contacts, 60 opportunities, 150 follow-ups):`);
console.log(`  first run ${cold.toFixed(0)} ms, then median ${median.toFixed(0)} ms over ${RUNS} runs (min ${warm[0].toFixed(0)}, max ${warm.at(-1).toFixed(0)})`);
