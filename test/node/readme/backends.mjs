// Preloaded into README snippets that do not start a mock of their own: the EMR backends they
// talk to. `https://emr.example.test/api/crm` speaks the default contract (the mock CRM), and
// also a differently shaped API under `/prospects` (q/limit/offset, bare arrays with
// X-Total-Count) for the adapter snippet. The adapter recipes each have a backend of their own,
// over the same seeded records:
// - `https://rest.example.test`: json-server, a real REST server from npm, started here (bare
//   arrays with X-Total-Count, `_page`/`_limit`/`_sort`/`_order` and `q`; `PUT` replaces the
//   record, `PATCH` merges);
// - `https://laravel.example.test/api`: a Laravel paginator, `{ data, current_page, per_page, total }`;
// - `https://django.example.test/api`: Django REST, `{ count, results }`, `search`, `page_size`, `ordering`;
// - `https://camel.example.test/api`: camelCase fields, `{ items, totalCount }`, opportunities
//   with their contact nested.
// On exit it prints the requests the recipes' backends answered, and json-server's stored leads,
// so the test can check what a snippet sent and what the server kept.
import { createRequire } from 'node:module';
import { setupServer } from 'msw/node';
import { bypass, http, HttpResponse } from 'msw';
import { createCrmMock } from '@mindbrite/crm-mocks';

const crm = createCrmMock({ seed: 5, baseUrl: 'https://emr.example.test/api/crm' });
const { db } = crm;
const seen = [];
const see = async (request) => {
  const url = new URL(request.url);
  const body = ['GET', 'DELETE'].includes(request.method) ? '' : ` ${Object.keys(await request.clone().json()).sort().join(',')}`;
  seen.push(`${request.method} ${url.host}${url.pathname}${url.search}${body}`);
};

// json-server, seeded with the mock's leads, on a port of its own.
const jsonServer = createRequire(import.meta.url)('json-server');
const router = jsonServer.router({ leads: db.leads.all() });
const app = jsonServer.create();
app.use(jsonServer.defaults({ logger: false }), router);
const listening = app.listen(0, '127.0.0.1');
await new Promise((resolve) => listening.once('listening', resolve));
const jsonServerUrl = `http://127.0.0.1:${listening.address().port}`;
listening.unref();

const words = (record) => `${record.first_name} ${record.last_name} ${record.email} ${record.company}`.toLowerCase();
const camel = (name) => name.replace(/_([a-z])/g, (_, letter) => letter.toUpperCase());
const snake = (name) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
const renameKeys = (record, rename) => Object.fromEntries(Object.entries(record).map(([key, value]) => [rename(key), value]));
const sortBy = (records, field, descending) =>
  [...records].sort((a, b) => String(a[field]).localeCompare(String(b[field])) * (descending ? -1 : 1) || a.id - b.id);

const server = setupServer(
  ...crm.handlers,
  http.get('https://emr.example.test/api/crm/prospects', ({ request }) => {
    const url = new URL(request.url);
    seen.push(`${url.pathname}?${url.searchParams}`);
    const q = (url.searchParams.get('q') ?? '').toLowerCase();
    const limit = Number(url.searchParams.get('limit') ?? 25);
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const matching = db.leads.all().filter((lead) => words(lead).includes(q));
    return HttpResponse.json(matching.slice(offset, offset + limit), {
      headers: { 'X-Total-Count': String(matching.length) },
    });
  }),
  // Forwarded to json-server as they are; its answer comes back decoded, so without the headers of its encoding.
  http.all('https://rest.example.test/*', async ({ request }) => {
    await see(request);
    const url = new URL(request.url);
    const init = { method: request.method, headers: request.headers };
    if (!['GET', 'DELETE'].includes(request.method)) init.body = await request.text();
    const answer = await fetch(bypass(new Request(`${jsonServerUrl}${url.pathname}${url.search}`, init)));
    const headers = new Headers(answer.headers);
    for (const name of ['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive']) headers.delete(name);
    return new HttpResponse(await answer.text(), { status: answer.status, headers });
  }),
  http.get('https://laravel.example.test/api/leads', async ({ request }) => {
    await see(request);
    const url = new URL(request.url);
    const page = Number(url.searchParams.get('page') ?? 1);
    const perPage = Number(url.searchParams.get('per_page') ?? 15);
    const all = db.leads.all();
    return HttpResponse.json({ data: all.slice((page - 1) * perPage, page * perPage), current_page: page, per_page: perPage, total: all.length });
  }),
  http.get('https://django.example.test/api/leads', async ({ request }) => {
    await see(request);
    const url = new URL(request.url);
    const search = (url.searchParams.get('search') ?? '').toLowerCase();
    const ordering = url.searchParams.get('ordering') ?? 'id';
    const size = Number(url.searchParams.get('page_size') ?? 10);
    const page = Number(url.searchParams.get('page') ?? 1);
    const status = url.searchParams.get('status');
    const matching = sortBy(
      db.leads.all().filter((lead) => words(lead).includes(search) && (!status || lead.status === status)),
      ordering.replace(/^-/, ''),
      ordering.startsWith('-'),
    );
    return HttpResponse.json({ count: matching.length, next: null, previous: null, results: matching.slice((page - 1) * size, page * size) });
  }),
  http.patch('https://django.example.test/api/leads/:id', async ({ request, params }) => {
    await see(request);
    return HttpResponse.json(db.leads.update(Number(params.id), await request.json()));
  }),
  http.get('https://camel.example.test/api/leads', async ({ request }) => {
    await see(request);
    const url = new URL(request.url);
    const page = Number(url.searchParams.get('page') ?? 1);
    const perPage = Number(url.searchParams.get('perPage') ?? 25);
    const all = db.leads.all();
    return HttpResponse.json({ items: all.slice((page - 1) * perPage, page * perPage).map((lead) => renameKeys(lead, camel)), totalCount: all.length });
  }),
  http.post('https://camel.example.test/api/leads', async ({ request }) => {
    await see(request);
    const lead = db.leads.insert(renameKeys(await request.json(), snake));
    return HttpResponse.json(renameKeys(lead, camel), { status: 201 });
  }),
  http.put('https://camel.example.test/api/leads/:id', async ({ request, params }) => {
    await see(request);
    return HttpResponse.json(renameKeys(db.leads.update(Number(params.id), renameKeys(await request.json(), snake)), camel));
  }),
  http.get('https://camel.example.test/api/opportunities', async ({ request }) => {
    await see(request);
    const all = db.opportunities.all();
    const items = all.slice(0, 5).map(({ contact_id, contact_name, ...opportunity }) => ({
      ...renameKeys(opportunity, camel),
      contact: contact_id == null ? null : { id: contact_id, name: contact_name },
    }));
    return HttpResponse.json({ items, totalCount: all.length });
  }),
);
server.listen({ onUnhandledFrame: 'error' });
process.on('exit', () => {
  process.stdout.write(`\nEMR-BACKEND-SEEN ${JSON.stringify(seen)}\n`);
  // What json-server kept of each lead it changed (updated since seeding): its status, and which fields are filled.
  const changed = router.db.get('leads').value().filter((lead) => lead.status !== db.leads.get(lead.id)?.status);
  const kept = changed.map((lead) => ({ id: lead.id, status: lead.status, filled: Object.keys(lead).filter((key) => lead[key] !== '' && lead[key] != null) }));
  process.stdout.write(`\nJSON-SERVER-LEADS ${JSON.stringify(kept)}\n`);
});
