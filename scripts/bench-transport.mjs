// `node scripts/bench-transport.mjs`: the client's CPU cost per request in Node, beside raw `fetch`
// and ky alone, against a local `node:http` server (in a child process, so its work is not counted)
// that answers a leads page of 20 rows. CPU time (process.cpuUsage, user + system, over a batch,
// divided by its requests) rather than wall time, because it holds on a shared machine and it is
// what a host's server pays. The client comes from source, bundled with esbuild, so the figure is
// never stale. Every path asks for a page of leads with a bearer token and reads the same body
// (each request names another page, so none is shared); the paths take turns within each run,
// and each figure is the median of the runs.
import { build } from 'esbuild';
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROWS = 20;
const TOKEN = 'bench-token';
/** Requests per measured batch, for each concurrency. */
const BATCH = { 1: 600, 16: 1600 };
/** The target of the issue: the client's full path within 1.5× raw fetch at concurrency 16. */
const TARGET_RATIO = 1.5;

/** The server, run in the child: one page of leads, the same bytes every time. */
function serve() {
  return import('node:http').then(({ createServer }) => {
    const lead = (id) => ({
      id,
      first_name: `First${id}`,
      last_name: `Last${id}`,
      email: `person${id}@example.test`,
      phone: `+1 555 ${String(id).padStart(7, '0')}`,
      company: 'Lakeside Clinic',
      status: 'new',
      source: 'website',
      pipeline_id: 1,
      notes: 'Prefers mornings',
      created_at: '2026-11-01T10:00:00Z',
      updated_at: '2026-11-02T10:00:00Z',
    });
    const body = JSON.stringify({ data: Array.from({ length: ROWS }, (_, index) => lead(index + 1)), total: 10_000 });
    const server = createServer((request, response) => {
      request.resume();
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
      response.end(body);
    });
    server.keepAliveTimeout = 60_000;
    server.listen(0, '127.0.0.1', () => process.send(server.address().port));
  });
}

async function startServer() {
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('error', reject);
  });
  return { port, stop: () => child.kill() };
}

/** The client and its transport from source; ky as the packages resolve it. */
async function loadClient() {
  const contents = [
    "export { createCrmClient } from './packages/crm-client/src/index.ts';",
    "export { createTransport } from './packages/crm-client/src/transport/transport.ts';",
    "export { resolveOptions } from './packages/crm-client/src/options.ts';",
    "export { createAdapter } from './packages/crm-client/src/adapter.ts';",
    "export { default as ky } from 'ky';",
  ].join('\n');
  const { outputFiles } = await build({
    stdin: { contents, resolveDir: fileURLToPath(new URL('..', import.meta.url)), loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    conditions: ['@mindbrite/source'],
    write: false,
  });
  const dir = mkdtempSync(join(tmpdir(), 'crm-bench-transport-'));
  const file = join(dir, 'client.mjs');
  writeFileSync(file, outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The paths compared, each a function making one request and reading its answer. Each request asks
 * for another page, so the client's sharing of identical concurrent GETs never merges two of them.
 */
function paths({ createCrmClient, createTransport, resolveOptions, createAdapter, ky }, port) {
  const baseUrl = `http://127.0.0.1:${port}/api/crm`;
  const adapter = createAdapter(baseUrl);
  let page = 0;
  const nextParams = () => ({ page: (page += 1), per_page: ROWS });
  const nextUrl = () => `${baseUrl}/leads?page=${(page += 1)}&per_page=${ROWS}`;
  const headers = { Accept: 'application/json', Authorization: `Bearer ${TOKEN}` };
  const clientOptions = { baseUrl, getToken: () => TOKEN, syncTabs: false };
  const client = createCrmClient(clientOptions);
  const unchecked = createCrmClient({ ...clientOptions, validation: 'off' });
  const transport = createTransport(resolveOptions(clientOptions), () => {});
  const expectRows = (data) => {
    if (data.length !== ROWS) throw new Error(`expected ${ROWS} rows, got ${data.length}`);
  };
  return [
    { name: 'raw fetch + response.json()', run: async () => expectRows((await (await fetch(nextUrl(), { headers })).json()).data) },
    { name: 'ky alone: ky.get(url).json()', run: async () => expectRows((await ky.get(nextUrl(), { headers }).json()).data) },
    {
      name: 'transport.request + JSON.parse',
      run: async () => {
        const target = adapter.target('leads', [], nextParams());
        expectRows(JSON.parse((await transport.request({ method: 'GET', target })).text).data);
      },
    },
    { name: "client.leads.list, validation 'off'", run: async () => expectRows((await unchecked.leads.list(nextParams())).data) },
    { name: 'client.leads.list (schema parsing)', run: async () => expectRows((await client.leads.list(nextParams())).data) },
  ];
}

/** CPU milliseconds per request over `count` requests, `concurrency` of them in flight at a time. */
async function cpuPerRequest(run, count, concurrency) {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next += 1;
      await run();
    }
  };
  const start = process.cpuUsage();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000 / count;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Measures every path at concurrency 1 and 16: a warm-up batch each, then `runs` rounds in which
 * the paths take turns (in an order rotated each round, so none always follows the same one).
 * Returns the benchmark rows: each path's median beside raw fetch's from the same rounds.
 */
export async function bench({ runs = 7 } = {}) {
  const [modules, server] = await Promise.all([loadClient(), startServer()]);
  try {
    const compared = paths(modules, server.port);
    const rows = [];
    for (const concurrency of [1, 16]) {
      const count = BATCH[concurrency];
      for (const { run } of compared) await cpuPerRequest(run, count, concurrency);
      const samples = compared.map(() => []);
      for (let round = 0; round < runs; round += 1) {
        for (let turn = 0; turn < compared.length; turn += 1) {
          const index = (round + turn) % compared.length;
          samples[index].push(await cpuPerRequest(compared[index].run, count, concurrency));
        }
      }
      const fetchMedian = median(samples[0]);
      compared.forEach(({ name }, index) => {
        const ours = median(samples[index]);
        const row = { measure: `Node CPU per request, concurrency ${concurrency}: ${name}`, ours: Number(ours.toFixed(4)), unit: 'ms' };
        if (index > 0) {
          row.anchor = { name: 'raw fetch + response.json()', value: Number(fetchMedian.toFixed(4)) };
          row.ratio = Number((ours / fetchMedian).toFixed(2));
        }
        if (index === compared.length - 1 && concurrency === 16) {
          row.target = `<= ${TARGET_RATIO}x raw fetch`;
          row.met = ours / fetchMedian <= TARGET_RATIO;
        }
        rows.push(row);
      });
    }
    return rows;
  } finally {
    server.stop();
  }
}

if (process.argv.includes('--serve')) {
  await serve();
} else if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const runs = Number(process.argv.find((argument) => argument.startsWith('--runs='))?.slice(7) ?? 7);
  const rows = await bench({ runs });
  console.log(`Node ${process.versions.node}, a page of ${ROWS} leads, medians of ${runs} interleaved runs (CPU = user + system time / requests):`);
  console.table(
    rows.map(({ measure, ours, unit, anchor, ratio, target, met }) => ({
      measure,
      ours: `${ours} ${unit}`,
      anchor: anchor ? `${anchor.value} ${unit}` : '',
      ratio: ratio === undefined ? '' : `${ratio}x`,
      target: target ?? '',
      met: met === undefined ? '' : met ? 'yes' : 'NO',
    })),
  );
  process.exit(0);
}
