// The client's adapter against json-server, a REST server from npm whose PUT replaces a record and
// whose PATCH merges, as many backends do: an update configured as the README says loses no field
// (read back from the server itself), and the contract's default shows why that needs saying.
// The BUILT client (dist), as a host's Node code would use it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { createCrmClient, readArrayWithTotalHeader, ResponseValidationError } from '@mindbrite/crm-client';
import { createCrmMock } from '@mindbrite/crm-mocks';

const jsonServer = createRequire(import.meta.url)('json-server');
const seeded = createCrmMock({ seed: 3 }).db;
let router;
let server;
let baseUrl;
/** Every request json-server got: method, path and the fields of its body. */
const seen = [];

before(async () => {
  router = jsonServer.router({ leads: seeded.leads.all(), contacts: seeded.contacts.all() });
  const app = jsonServer.create();
  app.use(jsonServer.bodyParser, (request, _response, next) => {
    seen.push(`${request.method} ${request.path} ${Object.keys(request.body ?? {}).sort().join(',')}`.trim());
    next();
  });
  app.use(jsonServer.defaults({ logger: false }), router);
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  baseUrl = `http://127.0.0.1:${server.address().port}`;
});
after(() => server.close());

/** A lead as json-server stores it, read from its database, not through the client. */
const stored = (id) => router.db.get('leads').find({ id }).value();
const client = (adapter) =>
  createCrmClient({ baseUrl, retry: { limit: 0 }, adapter: { readList: readArrayWithTotalHeader('X-Total-Count'), ...adapter } });
const FIELDS = ['first_name', 'last_name', 'email', 'phone', 'pipeline_id', 'created_at'];
const lost = (record) => FIELDS.filter((field) => record[field] === undefined || record[field] === '');

describe('updates against a backend whose PUT replaces the record', () => {
  test("the contract's default (PUT with the changed fields) makes it erase the others: why the adapter says how", async () => {
    const [id] = [seeded.leads.all()[0].id];
    await assert.rejects(client({}).leads.update(id, { status: 'lost' }), ResponseValidationError);
    assert.deepEqual(lost(stored(id)), FIELDS, 'the server kept only the status');
  });

  test("update: { method: 'PATCH' } sends the changes, which the server merges: nothing lost", async () => {
    const id = seeded.leads.all()[1].id;
    seen.length = 0;
    const updated = await client({ update: { method: 'PATCH' } }).leads.update(id, { status: 'contacted' });
    assert.equal(updated.status, 'contacted');
    assert.deepEqual(seen, [`PATCH /leads/${id} status`]);
    assert.equal(stored(id).status, 'contacted');
    assert.deepEqual(lost(stored(id)), []);
  });

  test("update: { send: 'record' } reads the record and PUTs it whole, changes on top: nothing lost", async () => {
    const id = seeded.leads.all()[2].id;
    seen.length = 0;
    const updated = await client({ update: { send: 'record' } }).leads.update(id, { company: 'Riverside Dental' });
    assert.equal(updated.company, 'Riverside Dental');
    assert.equal(seen[0], `GET /leads/${id}`);
    assert.match(seen[1], new RegExp(`^PUT /leads/${id} .*company.*first_name`));
    assert.equal(stored(id).company, 'Riverside Dental');
    assert.deepEqual(lost(stored(id)), []);
  });

  test('a collection set apart under resources wins over what is set for all', async () => {
    const [lead, contact] = [seeded.leads.all()[3], seeded.contacts.all()[0]];
    seen.length = 0;
    const crm = client({ update: { send: 'record' }, resources: { contacts: { update: { method: 'PATCH' } } } });
    await crm.leads.update(lead.id, { status: 'qualified' });
    await crm.contacts.update(contact.id, { position: 'Office manager' });
    assert.deepEqual(
      seen.map((request) => request.split(' ').slice(0, 2).join(' ')),
      [`GET /leads/${lead.id}`, `PUT /leads/${lead.id}`, `PATCH /contacts/${contact.id}`],
    );
  });
});

test('lists, paging and search through the adapter, read back as the server holds them', async () => {
  const query = (params) => {
    const search = new URLSearchParams({ _page: String(params.page ?? 1), _limit: String(params.per_page ?? 25) });
    if (params.search) search.set('q', String(params.search));
    if (params.sort) {
      search.set('_sort', String(params.sort));
      search.set('_order', String(params.order ?? 'asc'));
    }
    return search;
  };
  const { data, total } = await client({ query }).leads.list({ page: 2, per_page: 4, sort: 'id', order: 'desc' });
  const all = router.db.get('leads').value();
  assert.equal(total, all.length);
  assert.deepEqual(data.map((lead) => lead.id), [...all].sort((a, b) => b.id - a.id).slice(4, 8).map((lead) => lead.id));
});
