// `npm run bench`: every benchmark of the SDK in one run, each figure beside its anchor measured in
// the same run (bare lit-html, the page before any widget, the single-file bundle, …),
// as one table, and as JSON in .bench/results.json for tracking over time.
//
//   npm run bench                     # every part
//   npm run bench -- transport lists  # only the parts named
//   npm run bench -- --runs 9         # runs per figure (medians; default: each part's own, >= 5)
//
// A part is a scripts/bench-<name>.mjs exporting `bench({ runs })`, which returns rows
// `{ measure, ours, unit, anchor?: { name, value }, ratio?, target?, met? }`; each also runs alone.
// A missed target is a result, printed as such; a part that cannot run fails the command.
import { mkdir, writeFile } from 'node:fs/promises';
import { arch, cpus, platform } from 'node:os';

const PARTS = {
  transport: 'the client over HTTP in Node, against raw fetch and ky alone',
  lists: '<crm-leads-list> in Chromium: page change and sort against bare lit-html',
  scroll: '<crm-leads-list mode="scroll"> in Chromium: 1,000 and 10,000 leads against @lit-labs/virtualizer',
  unmount: 'what 200 widgets leave behind once removed',
  loader: 'bytes a page downloads through crm-elements.loader.js',
  schema: "the client's LeadSchema against a hand-written type guard",
  cls: 'the layout shift each element causes in a host page, at a phone and a desktop width',
};
const FILES = { lists: 'bench-elements' };

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : undefined;
if (runs !== undefined && !(Number.isInteger(runs) && runs >= 5)) throw new Error('--runs takes a whole number of at least 5 (figures are medians)');
const named = args.filter((arg, index) => !arg.startsWith('--') && (runsAt < 0 || index !== runsAt + 1));
const unknown = named.filter((name) => !(name in PARTS));
if (unknown.length) throw new Error(`no benchmark part named ${unknown.join(', ')}; the parts: ${Object.keys(PARTS).join(', ')}`);

const results = { date: new Date().toISOString(), node: process.versions.node, platform: `${platform()} ${arch()}`, cpus: cpus().length, parts: {} };
let failed = 0;
for (const name of named.length ? named : Object.keys(PARTS)) {
  console.log(`\n── ${name}: ${PARTS[name]} ──`);
  try {
    const { bench } = await import(`./${FILES[name] ?? `bench-${name}`}.mjs`);
    const rows = await bench(runs ? { runs } : {});
    results.parts[name] = rows;
    console.table(
      rows.map(({ measure, ours, unit, anchor, ratio, target, met }) => ({
        measure,
        ours: `${ours} ${unit}`,
        anchor: anchor ? `${anchor.value} ${unit} (${anchor.name})` : '',
        ratio: ratio === undefined ? '' : `${ratio}×`,
        target: target ?? '',
        met: met === undefined ? '' : met ? 'yes' : 'MISSED',
      })),
    );
  } catch (error) {
    failed += 1;
    results.parts[name] = { error: String(error?.stack ?? error) };
    console.error(`${name} could not run: ${error?.stack ?? error}`);
  }
}

await mkdir('.bench', { recursive: true });
await writeFile('.bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
const missed = Object.values(results.parts).flatMap((rows) => (Array.isArray(rows) ? rows.filter(({ met }) => met === false) : []));
console.log(`\nWritten to .bench/results.json. ${missed.length ? `Missed targets: ${missed.map(({ measure }) => measure).join('; ')}.` : 'Every target met.'}`);
process.exit(failed ? 1 : 0);
