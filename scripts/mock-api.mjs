// `npm run mock-api`: the mock CRM over real HTTP, for curl, another framework's app, or the
// client in Node. It serves the built @mindbrite/crm-mocks handlers (rebuilding first when the
// sources are newer than dist/) with CORS for any origin, and prints its URL and port.
//
//   PORT=4010 npm run mock-api           # default: a free port
//   HOST=0.0.0.0 SEED=7 npm run mock-api  # default 127.0.0.1, seed 1
//   LATENCY=300 npm run mock-api          # start with the latency scenario (ms)
//   MOCK_API_SKIP_BUILD=1 npm run mock-api # serve dist/ as it is (tests build once beforehand)
//
// At runtime: PUT /__mock/scenario with a scenario as JSON (e.g. {"error":{"status":500}}),
// POST /__mock/reset for the seeded data and normal behaviour. Requests are never logged:
// their URLs and bodies carry patient data.
import { createServer } from 'node:http';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** The newest modification time under a directory (0 when it is missing). */
const newest = (dir) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true }).reduce((latest, file) => Math.max(latest, statSync(join(dir, String(file))).mtimeMs), 0)
    : 0;

/** Builds when a package's dist is missing or older than its sources, so the server is never stale. */
function ensureBuilt() {
  const stale = ['crm-client', 'crm-mocks'].some((name) => {
    const built = join(root, `packages/${name}/dist/index.js`);
    return !existsSync(built) || statSync(built).mtimeMs < newest(join(root, `packages/${name}/src`));
  });
  if (!stale) return;
  console.log('Building the packages first (dist/ is missing or older than src/)…');
  const { status } = spawnSync(join(root, 'node_modules/.bin/rollup'), ['-c', 'rollup.config.mjs', '--silent'], { cwd: root, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

if (!process.env.MOCK_API_SKIP_BUILD) ensureBuilt();
const { getResponse } = await import('msw');
const { createCrmMock } = await import('@mindbrite/crm-mocks');

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 0);
const seed = Number(process.env.SEED ?? 1);
const latency = process.env.LATENCY ? Number(process.env.LATENCY) : undefined;
const crm = createCrmMock({ seed, scenario: latency ? { latency } : {} });

const EXPOSED = 'Retry-After, Idempotent-Replayed, X-Total-Count, Content-Type';

/** CORS for any origin, credentials included (the origin is echoed, as credentials require). */
function corsHeaders(req) {
  const origin = req.headers.origin;
  return {
    'Access-Control-Allow-Origin': origin ?? '*',
    ...(origin ? { 'Access-Control-Allow-Credentials': 'true', Vary: 'Origin' } : {}),
    'Access-Control-Expose-Headers': EXPOSED,
  };
}

function preflight(req, res) {
  res.writeHead(204, {
    ...corsHeaders(req),
    'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? 'Content-Type, Authorization, Idempotency-Key',
    'Access-Control-Max-Age': '600',
  });
  res.end();
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

const sendJson = (req, res, status, body) => {
  res.writeHead(status, { ...corsHeaders(req), 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
};

/** The runtime controls, so a test or demo outside this process can switch scenarios. */
async function control(req, res, path) {
  if (req.method === 'PUT' && path === '/__mock/scenario') {
    try {
      crm.scenario.set(JSON.parse((await readBody(req)).toString('utf8') || '{}'));
      return sendJson(req, res, 200, crm.scenario.current);
    } catch {
      return sendJson(req, res, 400, { message: 'The scenario must be JSON.' });
    }
  }
  if (req.method === 'POST' && path === '/__mock/reset') {
    crm.reset();
    return sendJson(req, res, 200, { message: 'Reset to the seeded data.' });
  }
  return sendJson(req, res, 404, { message: 'No such control.' });
}

/** Translates a Node request to a fetch Request, asks the mock's handlers, and writes the answer. */
async function handle(req, res) {
  if (req.method === 'OPTIONS') return preflight(req, res);
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? `${host}:${port}`}`);
  if (url.pathname.startsWith('/__mock/')) return control(req, res, url.pathname);

  // A client that gives up (abort, timeout) lets go of a request the hang scenario holds.
  const disconnected = new AbortController();
  res.on('close', () => disconnected.abort());
  const body = ['GET', 'HEAD'].includes(req.method ?? 'GET') ? undefined : await readBody(req);
  const headers = Object.entries(req.headers).flatMap(([name, value]) =>
    Array.isArray(value) ? value.map((item) => [name, item]) : value === undefined ? [] : [[name, value]]);
  const request = new Request(url, { method: req.method, headers, body, signal: disconnected.signal });
  const response = await getResponse(crm.handlers, request);

  if (!response) return sendJson(req, res, 404, { message: 'No such route in the mock CRM.' });
  // Response.error(): the scenario dropped the connection.
  if (response.type === 'error') return res.destroy();
  res.writeHead(response.status, { ...Object.fromEntries(response.headers), ...corsHeaders(req) });
  res.end(Buffer.from(await response.arrayBuffer()));
}

const server = createServer((req, res) => {
  handle(req, res).catch(() => {
    if (!res.headersSent) sendJson(req, res, 500, { message: 'The mock CRM failed to answer.' });
    else res.destroy();
  });
});

server.listen(port, host, () => {
  const { port: actualPort } = server.address();
  const shownHost = host === '0.0.0.0' ? 'localhost' : host;
  console.log(`Mock CRM API (seed ${seed}) at http://${shownHost}:${actualPort}${crm.baseUrl}`);
  console.log(`port: ${actualPort}`);
  console.log(`Try: curl 'http://${shownHost}:${actualPort}${crm.baseUrl}/leads?per_page=5'`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  });
}
