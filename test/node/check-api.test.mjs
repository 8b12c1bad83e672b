// `crm-check-api`, the client package's bin, run as a host would run it (a child process of the
// BUILT package) against the mock CRM over HTTP, a backend that fits nowhere, json-server, and no
// server at all. What it must never do: print a record's values, or write without --write.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCrmMock } from '@mindbrite/crm-mocks';
import { createCrmMockServer } from '@mindbrite/crm-mocks/node';
import {
  CONTACT_STATUSES, FOLLOW_UP_TYPES, LEAD_SOURCES, LEAD_STATUSES, OPPORTUNITY_STAGES,
} from '@mindbrite/crm-client';

const root = new URL('../..', import.meta.url).pathname;
const BIN = 'packages/crm-client/bin/crm-check-api.mjs';
const FIXTURES = 'test/node/check-api';

/** Runs the bin. Not spawnSync: the servers it talks to answer from this process's event loop. */
function checkApi(args, env = {}) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: root, env: { ...process.env, CRM_TOKEN: '', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, stdout, stderr }));
  });
}

async function listen(server) {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${server.address().port}`;
}

const readBody = async (request) => {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return chunks.length ? Buffer.concat(chunks) : undefined;
};

describe('against the mock CRM over HTTP', () => {
  const crm = createCrmMockServer({ seed: 3 });
  /** Every request the mock CRM answered: method and path. */
  const seen = [];
  const authorizations = new Set();
  let server;
  let baseUrl;

  before(async () => {
    crm.listen({ onUnhandledFrame: 'error' });
    crm.server.events.on('request:start', ({ request }) => seen.push(`${request.method} ${new URL(request.url).pathname}`));
    // Real HTTP for the bin, forwarded to the mock, which intercepts fetch in this process.
    server = createServer(async (request, response) => {
      authorizations.add(request.headers.authorization);
      const headers = Object.fromEntries(
        ['authorization', 'content-type', 'idempotency-key'].filter((name) => request.headers[name]).map((name) => [name, request.headers[name]]),
      );
      const answer = await fetch(`http://localhost${request.url}`, { method: request.method, headers, body: await readBody(request) });
      response.writeHead(answer.status, Object.fromEntries(answer.headers));
      response.end(Buffer.from(await answer.arrayBuffer()));
    });
    baseUrl = `${await listen(server)}${crm.baseUrl}`;
  });
  after(() => {
    server.close();
    crm.close();
  });

  test('fits, exit 0, and only reads: every request a GET, the token sent as a bearer token', async () => {
    seen.length = 0;
    const { status, stdout, stderr } = await checkApi([baseUrl], { CRM_TOKEN: 'check-token' });
    assert.equal(stderr, '');
    assert.equal(status, 0, stdout);
    assert.match(stdout, /^leads: fits \(3 records checked\)$/m);
    assert.match(stdout, /list {2}GET \/api\/crm\/follow-ups 200, sent as \{ data, total \}; query: page, per_page; 2 records for 2 asked/);
    assert.match(stdout, /^statistics: fits$/m);
    assert.match(stdout, /Result: fits, 0 warnings\. Requests sent: 13 GET\./);
    assert.ok(seen.length >= 13);
    assert.deepEqual(seen.filter((request) => !request.startsWith('GET ')), []);
    assert.deepEqual([...authorizations], ['Bearer check-token']);
  });

  test('--json prints one report that says everything fits', async () => {
    const { status, stdout } = await checkApi([baseUrl, '--json']);
    assert.equal(status, 0);
    const report = JSON.parse(stdout);
    assert.equal(report.fits, true);
    assert.equal(report.failures, 0);
    assert.deepEqual(report.resources.map(({ resource, fits }) => [resource, fits]), [
      ['leads', true], ['contacts', true], ['opportunities', true], ['followUps', true], ['statistics', true],
    ]);
    assert.deepEqual(report.resources[0].list, {
      path: '/api/crm/leads', status: 200, envelope: '{ data, total }', readByAdapter: true, query: ['page', 'per_page'], asked: 2, received: 2,
    });
    assert.deepEqual(report.suggestions, []);
    assert.ok(report.requests.every(({ method }) => method === 'GET'));
  });

  test('--write creates, updates and deletes a test lead of its own, and leaves the leads as they were', async () => {
    const before = crm.db.leads.count;
    seen.length = 0;
    const { status, stdout } = await checkApi([baseUrl, '--write']);
    assert.equal(status, 0, stdout);
    assert.match(stdout, /^writes \(.*\): fit$/m);
    assert.deepEqual(
      seen.filter((request) => !request.startsWith('GET ')).map((request) => request.replace(/\d+$/, ':id')),
      ['POST /api/crm/leads', 'PUT /api/crm/leads/:id', 'DELETE /api/crm/leads/:id'],
    );
    assert.equal(crm.db.leads.count, before);
    assert.ok(!crm.db.leads.all().some((lead) => lead.first_name === 'crm-check-api'));
  });
});

describe('against a backend that does not fit', () => {
  const date = '2026-03-02T10:00:00Z';
  const leads = [
    // No email, and a status the SDK does not know.
    { id: 41, first_name: 'Zebulon', last_name: 'Quaxley', phone: '555 0199', company: 'Quaxley Orthodontics', status: 'archived', pipeline_id: 1, source: 'referral', created_at: date, updated_at: date },
    // A phone as a number.
    { id: 42, first_name: 'Marguerite', last_name: 'Vantablack', email: 'marguerite.vantablack@private.example', phone: 5550123, company: 'Vantablack Dental', status: 'new', pipeline_id: 1, created_at: date, updated_at: date },
  ];
  const contacts = [
    { id: 7, firstName: 'Ignatius', lastName: 'Pemberwick', email: 'ignatius.pemberwick@private.example', phone: '555 0142', company: null, status: 'active', source: 'phone', createdAt: date, updatedAt: date },
  ];
  const opportunities = [
    { id: 3, title: 'Pemberwick implant plan', contact_id: 7, contact_name: 'Ignatius Pemberwick', value: 4200, stage: 'proposal', probability: 40, expected_close_date: '2026-05-01', created_at: date, updated_at: date },
  ];
  const followUp = (id) => ({
    id, contact_id: 7, contact_name: 'Ignatius Pemberwick', type: 'call', subject: `Recall Pemberwick ${id}`, description: 'Discuss the Pemberwick estimate',
    scheduled_date: date, completed: false, completed_date: null, created_at: date, updated_at: date,
  });
  const followUps = [1, 2, 3, 4, 5].map(followUp);
  const statistics = { total_leads: 2, total_contacts: 1, total_opportunities: 1, conversion_rate: '12.5%', leads_this_month: 2, opportunities_this_month: 1 };

  /** Each collection's list as this backend sends it: four envelopes, one of them ignoring per_page. */
  const lists = {
    '/crm/leads': () => [{ results: leads, count: leads.length }],
    '/crm/contacts': () => [{ items: contacts, totalCount: contacts.length }],
    '/crm/opportunities': () => [opportunities, { 'X-Total-Count': String(opportunities.length) }],
    '/crm/follow-ups': () => [{ data: followUps, total: followUps.length }],
  };
  const records = { '/crm/leads': leads, '/crm/contacts': contacts, '/crm/opportunities': opportunities, '/crm/follow-ups': followUps };
  let server;
  let baseUrl;

  before(async () => {
    server = createServer((request, response) => {
      const { pathname } = new URL(request.url, 'http://localhost');
      const send = (body, headers = {}, status = 200) => {
        response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
        response.end(JSON.stringify(body));
      };
      if (pathname === '/crm/statistics') return send(statistics);
      if (lists[pathname]) return send(...lists[pathname]());
      const [, collection, id] = pathname.match(/^(\/crm\/[a-z-]+)\/(\d+)$/) ?? [];
      const record = records[collection]?.find((item) => item.id === Number(id));
      return record ? send(record) : send({ message: 'Not found' }, {}, 404);
    });
    baseUrl = `${await listen(server)}/crm`;
  });
  after(() => server.close());

  /** Every value the backend sent that could identify someone, i.e. all but the SDK's own known values and the ids. */
  const sentValues = () => {
    const known = new Set([...LEAD_STATUSES, ...LEAD_SOURCES, ...CONTACT_STATUSES, ...OPPORTUNITY_STAGES, ...FOLLOW_UP_TYPES]);
    const leaves = (value) => (typeof value === 'object' && value !== null ? Object.values(value).flatMap(leaves) : [value]);
    return [...new Set(leaves([leads, contacts, opportunities, followUps, statistics]))]
      .filter((value) => typeof value === 'string' || (typeof value === 'number' && value > 9999))
      .map(String)
      .filter((value) => !known.has(value));
  };

  test('exits 1 and names resources, field paths, types, envelopes and the unknown status, but no value', async () => {
    const { status, stdout, stderr } = await checkApi([baseUrl]);
    assert.equal(status, 1, stdout);
    assert.match(stdout, /^leads: does not fit \(3 records checked\)$/m);
    assert.match(stdout, /FAIL {2}the adapter's readList does not read this list, sent as \{ results, count \}/);
    assert.match(stdout, /FAIL {2}email: missing \(expected string\) in 2 of 3 records/);
    assert.match(stdout, /FAIL {2}phone: expected string, received number in 1 of 3 records/);
    assert.match(stdout, /WARN {2}status: a value outside the known ones \(new, contacted, qualified, unqualified, converted, lost\) in 2 of 3 records/);
    assert.match(stdout, /FAIL {2}first_name: missing \(expected string\) in 2 of 2 records/);
    assert.match(stdout, /FAIL {2}the list sent 5 records for a page of 2: the backend does not read the page size the adapter sends \(query: page, per_page\)/);
    assert.match(stdout, /FAIL {2}conversion_rate: expected number, received string$/m);
    assert.match(stdout, /readList: readEnvelope\('results', 'count'\),/);
    assert.match(stdout, /readList: readArrayWithTotalHeader\('X-Total-Count'\),/);
    assert.match(stdout, /readList: readEnvelope\('items', 'totalCount'\),\n.*\n\s+toModel: \(record\) => renameKeys\(record, snake\),/);
    assert.match(stdout, /Result: does not fit: \d+ failures, 1 warning\. Requests sent: \d+ GET\./);
    const values = sentValues();
    assert.ok(values.includes('Zebulon') && values.includes('marguerite.vantablack@private.example') && values.includes('5550123'));
    for (const value of values) {
      assert.ok(!stdout.includes(value), `stdout shows a value the server sent: ${value}`);
      assert.ok(!stderr.includes(value), `stderr shows a value the server sent: ${value}`);
    }
  });

  test('--json reports the same, per resource and field path, with a suggested adapter, and no value either', async () => {
    const { status, stdout, stderr } = await checkApi([baseUrl, '--json']);
    assert.equal(status, 1);
    const report = JSON.parse(stdout);
    assert.equal(report.fits, false);
    const byName = Object.fromEntries(report.resources.map((resource) => [resource.resource, resource]));
    assert.deepEqual(
      byName.leads.fields.map(({ path, problem, severity }) => `${severity} ${problem} ${path}`).sort(),
      ['failure missing email', 'failure wrong_type phone', 'warning unknown_value status'],
    );
    assert.equal(byName.leads.list.envelope, '{ results, count }');
    assert.equal(byName.leads.list.readByAdapter, false);
    assert.equal(byName.opportunities.list.envelope, '[ … ] with X-Total-Count');
    assert.deepEqual(byName.followUps.problems.map(({ code }) => code), ['page_size_ignored']);
    assert.equal(byName.followUps.list.received, 5);
    assert.deepEqual(
      report.suggestions.map(({ resource, setting, code }) => `${resource} ${setting} ${code}`),
      [
        "leads readList readEnvelope('results', 'count')",
        "contacts readList readEnvelope('items', 'totalCount')",
        'contacts toModel (record) => renameKeys(record, snake)',
        'contacts toWire (record) => renameKeys(record, camel)',
        "opportunities readList readArrayWithTotalHeader('X-Total-Count')",
      ],
    );
    assert.match(report.suggestedAdapter, /^import \{ readEnvelope, readArrayWithTotalHeader \} from '@mindbrite\/crm-client';/);
    for (const value of sentValues()) assert.ok(!`${stdout}${stderr}`.includes(value), `the report shows a value the server sent: ${value}`);
  });

  test('the suggested adapter, used as the config, makes the envelopes and the camelCase fit', async () => {
    const { stdout } = await checkApi([baseUrl, '--json']);
    const { suggestedAdapter } = JSON.parse(stdout);
    // Where it resolves @mindbrite/crm-client, as a host's config module would.
    const dir = mkdtempSync(join(root, FIXTURES, 'suggested-'));
    try {
      writeFileSync(join(dir, 'adapter.mjs'), suggestedAdapter);
      const { status, stdout: rechecked } = await checkApi([baseUrl, '--json', '--config', join(dir, 'adapter.mjs')]);
      assert.equal(status, 1);
      const report = JSON.parse(rechecked);
      const byName = Object.fromEntries(report.resources.map((resource) => [resource.resource, resource]));
      assert.equal(byName.contacts.fits, true);
      assert.equal(byName.opportunities.fits, true);
      assert.equal(byName.leads.list.readByAdapter, true);
      assert.deepEqual(report.suggestions, []);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

describe('against json-server, a REST server from npm', () => {
  const jsonServer = createRequire(import.meta.url)('json-server');
  const seeded = createCrmMock({ seed: 3 }).db;
  let router;
  let server;
  let baseUrl;
  const leadCount = () => router.db.get('leads').size().value();

  before(async () => {
    router = jsonServer.router({
      leads: seeded.leads.all(),
      contacts: seeded.contacts.all(),
      opportunities: seeded.opportunities.all(),
      'follow-ups': seeded.followUps.all(),
      statistics: seeded.statistics(),
    });
    const app = jsonServer.create();
    // Stamps what it stores, as a real backend does (json-server alone would not, and the check would say so).
    const stamp = (request, _response, next) => {
      const now = new Date().toISOString();
      if (request.method === 'POST') Object.assign(request.body, { created_at: now, updated_at: now });
      if (request.method === 'PUT' || request.method === 'PATCH') request.body.updated_at = now;
      next();
    };
    app.use(jsonServer.defaults({ logger: false }), jsonServer.bodyParser, stamp, router);
    server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    baseUrl = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => server.close());

  test('with its adapter (_page/_limit, X-Total-Count, PATCH) it fits, writes included, and no lead is left behind', async () => {
    const before = leadCount();
    const { status, stdout } = await checkApi([baseUrl, '--config', `${FIXTURES}/json-server-adapter.mjs`, '--write']);
    assert.equal(status, 0, stdout);
    assert.match(stdout, /list {2}GET \/leads 200, sent as \[ … \] with X-Total-Count; query: _page, _limit; 2 records for 2 asked/);
    assert.match(stdout, /with PATCH of the changed field, read back, deleted\): fit$/m);
    assert.equal(leadCount(), before);
  });

  test("without update: --write finds that a PUT of the status erased the lead's other fields, and suggests PATCH", async () => {
    const before = leadCount();
    const { status, stdout } = await checkApi([baseUrl, '--config', `${FIXTURES}/json-server-adapter-put.mjs`, '--write', '--json']);
    assert.equal(status, 1);
    const report = JSON.parse(stdout);
    assert.ok(report.resources.every((resource) => resource.fits), 'reads fit');
    assert.equal(report.writes.fits, false);
    assert.deepEqual(report.writes.update, { method: 'PUT', send: 'changes' });
    assert.deepEqual(report.writes.erasedFields, ['first_name', 'last_name', 'email', 'phone', 'company', 'pipeline_id', 'source', 'notes']);
    assert.ok(report.writes.problems.some(({ code }) => code === 'update_erased_fields'));
    assert.deepEqual(report.suggestions.map(({ setting, code }) => `${setting}: ${code}`), ["update: { method: 'PATCH' }"]);
    assert.match(report.suggestedAdapter, /^ {2}update: \{ method: 'PATCH' \},$/m);
    assert.equal(leadCount(), before);
  });
});

describe('when it cannot run: exit 2', () => {
  test('no server at the URL (a closed port)', async () => {
    const server = createServer();
    const url = await listen(server);
    server.close();
    await once(server, 'close');
    const { status, stdout, stderr } = await checkApi([`${url}/api/crm`]);
    assert.equal(status, 2);
    assert.equal(stdout, '');
    assert.equal(stderr, 'crm-check-api: no answer from the server to GET /api/crm/leads (ECONNREFUSED)\n');
    const json = await checkApi([`${url}/api/crm`, '--json']);
    assert.equal(json.status, 2);
    assert.deepEqual(JSON.parse(json.stdout), { fits: false, error: 'no answer from the server to GET /api/crm/leads (ECONNREFUSED)' });
  });

  test('a config module that is not there', async () => {
    const { status, stderr } = await checkApi(['http://127.0.0.1:9/api/crm', '--config', `${FIXTURES}/missing.mjs`]);
    assert.equal(status, 2);
    assert.match(stderr, /Cannot load the config module test\/node\/check-api\/missing\.mjs/);
  });

  test('arguments it cannot use', async () => {
    assert.equal((await checkApi([])).status, 2);
    assert.equal((await checkApi(['/api/crm'])).status, 2);
    assert.equal((await checkApi(['http://127.0.0.1:9', '--nope'])).status, 2);
    const withQuery = await checkApi(['http://127.0.0.1:9/api/crm?search=Zebulon']);
    assert.equal(withQuery.status, 2);
    assert.doesNotMatch(withQuery.stderr, /Zebulon/);
    const help = await checkApi(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: crm-check-api <base-url>/);
  });
});

test("the check is not part of the client's browser entry", () => {
  const dist = join(root, 'packages/crm-client/dist');
  const reached = new Set();
  const visit = (file) => {
    if (reached.has(file)) return;
    reached.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*['"](\.[^'"]+)['"]/g)) visit(join(dirname(file), specifier));
  };
  visit(join(dist, 'index.js'));
  assert.ok(reached.size > 10);
  assert.deepEqual([...reached].filter((file) => file.startsWith(join(dist, 'check'))), []);
});
