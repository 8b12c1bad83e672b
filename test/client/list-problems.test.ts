import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { CrmId, ResponseValidationError } from '@mindbrite/crm-client';
import { countListProblems, createCrmClient } from '@mindbrite/crm-client';
import { lead } from './support/fixtures.js';
import { useMsw, worker } from './support/msw.js';

useMsw();

/** Answers lead lists with `records` as sent, whatever the query. */
const leadsPage = (records: unknown[], total = records.length) =>
  worker.use(http.get('/api/crm/leads', () => HttpResponse.json({ data: records, total })));

const leads = (count: number, from = 1) => Array.from({ length: count }, (_, index) => lead({ id: from + index }));

describe('list problems: duplicate ids', () => {
  const client = createCrmClient();

  it('keeps the first record with each id and reports the ids left out', async () => {
    leadsPage([lead({ id: 7, first_name: 'First' }), lead({ id: 7, first_name: 'Second' }), lead({ id: 8 })]);
    const { data, total, problems } = await client.leads.list();
    expect(data.map(({ id, first_name }) => [id, first_name])).to.deep.equal([
      [7, 'First'],
      [8, 'Test'],
    ]);
    expect(total).to.equal(3);
    expect(problems).to.deep.equal({ duplicateIds: [7], surplus: 0, invalid: [] });
  });

  it('a page where every record has one id shows one record and counts every other', async () => {
    leadsPage(Array.from({ length: 5 }, () => lead({ id: 7 })));
    const { data, problems } = await client.leads.list();
    expect(data).to.have.length(1);
    expect(problems?.duplicateIds).to.deep.equal([7, 7, 7, 7]);
    expect(countListProblems(problems!)).to.equal(4);
  });
});

describe('list problems: more records than asked for', () => {
  const client = createCrmClient();

  it('drops the records beyond per_page and counts them', async () => {
    leadsPage(leads(10_000), 10_000);
    const { data, total, problems } = await client.leads.list({ per_page: 10 });
    expect(data.map(({ id }) => id)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(total).to.equal(10_000);
    expect(problems).to.deep.equal({ duplicateIds: [], surplus: 9_990, invalid: [] });
  });

  it('holds a call without per_page to the contract’s default of 25', async () => {
    leadsPage(leads(30));
    const { data, problems } = await client.leads.list({ search: 'a' });
    expect(data).to.have.length(25);
    expect(problems?.surplus).to.equal(5);
  });
});

describe('list problems: records that do not fit the schema', () => {
  const client = createCrmClient();

  it('keeps the valid records and reports each invalid one by index, id and field path, never its values', async () => {
    const page: unknown[] = leads(25);
    page[3] = { ...lead({ id: 4 }), first_name: null, email: 'secret@example.test', phone: 5550100 };
    leadsPage(page);
    const { data, problems } = await client.leads.list();
    expect(data).to.have.length(24);
    expect(data.map(({ id }) => id)).not.to.include(4);
    expect(problems?.invalid).to.have.length(1);
    const [invalid] = problems!.invalid;
    expect(invalid?.index).to.equal(3);
    expect(invalid?.id).to.equal(4);
    expect(invalid?.issues.map(({ path, code }) => [path, code])).to.deep.equal([
      [['first_name'], 'invalid_type'],
      [['phone'], 'invalid_type'],
    ]);
    expect(JSON.stringify(problems)).not.to.match(/secret|5550100/);
  });

  it('reports a record whose id cannot be read without an id', async () => {
    leadsPage([lead({ id: 1 }), { ...lead(), id: { $oid: '2' } }, { ...lead(), id: null }]);
    const { data, problems } = await client.leads.list();
    expect(data.map(({ id }) => id)).to.deep.equal([1]);
    expect(problems?.invalid.map((entry) => [entry.index, 'id' in entry])).to.deep.equal([
      [1, false],
      [2, false],
    ]);
  });

  it('a page with no valid record resolves with no data, and the envelope is still required', async () => {
    leadsPage([{ id: 1 }, { id: 2 }], 40);
    const { data, total, problems } = await client.leads.list();
    expect(data).to.deep.equal([]);
    expect(total).to.equal(40);
    expect(problems?.invalid.map(({ id }) => id)).to.deep.equal([1, 2]);

    worker.use(http.get('/api/crm/leads', () => HttpResponse.json({ data: null, total: 1 })));
    const error = (await client.leads.list().then(() => expect.fail('expected a rejection'), (reason: unknown) => reason)) as ResponseValidationError;
    expect(error.kind).to.equal('validation');
  });

  it("with validation 'off', records are not checked but duplicates and surplus are still left out", async () => {
    leadsPage([{ id: 1 }, { id: 1 }, { id: 2, anything: true }, { id: 3 }]);
    const { data, problems } = await createCrmClient({ validation: 'off' }).leads.list({ per_page: 3 });
    expect(data).to.deep.equal([{ id: 1 }, { id: 2, anything: true }]);
    expect(problems).to.deep.equal({ duplicateIds: [1], surplus: 1, invalid: [] });
  });
});

describe('list problems: together', () => {
  const client = createCrmClient();

  it('drops the surplus first, then duplicates, then invalid records; countListProblems adds them up', async () => {
    // The first record with id 1 is kept as the one with that id, then found invalid.
    leadsPage([{ ...lead({ id: 1 }), last_name: null }, lead({ id: 1 }), lead({ id: 2 }), lead({ id: 3 })]);
    const { data, problems } = await client.leads.list({ per_page: 3 });
    expect(data.map(({ id }) => id)).to.deep.equal([2]);
    expect(problems?.surplus).to.equal(1);
    expect(problems?.duplicateIds).to.deep.equal([1]);
    expect(problems?.invalid.map(({ index, id }) => [index, id])).to.deep.equal([[0, 1]]);
    expect(countListProblems(problems!)).to.equal(3);
  });

  it('a clean page has no problems property at all', async () => {
    leadsPage(leads(3));
    expect(await client.leads.list()).to.have.keys(['data', 'total']);
  });

  it('applies to every collection', async () => {
    worker.use(
      http.get('/api/crm/contacts', () => HttpResponse.json({ data: [{ id: 5 }, { id: 5 }], total: 2 })),
    );
    const { problems } = await client.contacts.list();
    expect(problems?.duplicateIds).to.deep.equal([5]);
    expect(problems?.invalid.map(({ id }) => id)).to.deep.equal([5]);
  });
});

describe('list problems: iterate', () => {
  const client = createCrmClient();

  /** 250 leads paged by page/per_page; `corrupt` changes what a page sends. */
  function pagedLeads(corrupt: (records: unknown[], page: number, perPage: number) => unknown[]) {
    const all = leads(250);
    const pages: number[] = [];
    worker.use(
      http.get('/api/crm/leads', ({ request }) => {
        const query = new URL(request.url).searchParams;
        const page = Number(query.get('page'));
        const perPage = Number(query.get('per_page'));
        pages.push(page);
        const records = all.slice((page - 1) * perPage, page * perPage);
        return HttpResponse.json({ data: corrupt(records, page, perPage), total: all.length });
      }),
    );
    return pages;
  }

  const ids = async (iterator: AsyncIterable<{ id: CrmId }>) => {
    const seen: CrmId[] = [];
    for await (const item of iterator) seen.push(item.id);
    return seen;
  };

  it('walks on past a page whose records were all left out, skipping no valid record', async () => {
    const pages = pagedLeads((records, page) => (page === 2 ? records.map((record) => ({ ...(record as object), email: null })) : records));
    const seen = await ids(client.leads.iterate());
    expect(pages).to.deep.equal([1, 2, 3]);
    expect(seen).to.deep.equal([...leads(100).map(({ id }) => id), ...leads(50, 201).map(({ id }) => id)]);
  });

  it('keeps its page size when a first page loses records as duplicates', async () => {
    const pages = pagedLeads((records, page) => (page === 1 ? records.map((record, index) => (index === 1 ? records[0] : record)) : records));
    const seen = await ids(client.leads.iterate());
    expect(pages).to.deep.equal([1, 2, 3]);
    expect(seen).to.have.length(249);
    expect(seen).not.to.include(2);
  });

  it('takes only the page asked for from a server that sends more', async () => {
    const all = leads(250);
    pagedLeads((_records, page, perPage) => all.slice((page - 1) * perPage, (page + 1) * perPage));
    expect(await ids(client.leads.iterate())).to.deep.equal(all.map(({ id }) => id));
  });
});
