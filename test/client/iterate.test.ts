import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { AbortError, CrmId } from '@mindbrite/crm-client';
import { createCrmClient, readEnvelope } from '@mindbrite/crm-client';
import { lead } from './support/fixtures.js';
import { useMsw, worker } from './support/msw.js';

useMsw();

/** A backend of `count` leads paged by page/per_page, recording each page asked for. */
function pagedLeads(count: number) {
  const all = Array.from({ length: count }, (_, index) => lead({ id: index + 1 }));
  const pages: string[] = [];
  worker.use(
    http.get('/api/crm/leads', ({ request }) => {
      const query = new URL(request.url).searchParams;
      pages.push(query.toString());
      const perPage = Number(query.get('per_page'));
      const start = (Number(query.get('page')) - 1) * perPage;
      return HttpResponse.json({ data: all.slice(start, start + perPage), total: all.length });
    }),
  );
  return pages;
}

/** A backend of `count` leads that serves at most `cap` per page, whatever `per_page` asks for. */
function cappedLeads(count: number, cap: number) {
  const all = Array.from({ length: count }, (_, index) => lead({ id: index + 1 }));
  worker.use(
    http.get('/api/crm/leads', ({ request }) => {
      const query = new URL(request.url).searchParams;
      const size = Math.min(Number(query.get('per_page')), cap);
      const start = (Number(query.get('page')) - 1) * size;
      return HttpResponse.json({ data: all.slice(start, start + size), total: all.length });
    }),
  );
}

/** The same, behind the README's offset paging: `limit` and `offset`, lists as `{ items, count }`. */
function cappedOffsetLeads(count: number, cap: number) {
  const all = Array.from({ length: count }, (_, index) => lead({ id: index + 1 }));
  worker.use(
    http.get('/api/v2/prospects', ({ request }) => {
      const query = new URL(request.url).searchParams;
      const offset = Number(query.get('offset'));
      return HttpResponse.json({ items: all.slice(offset, offset + Math.min(Number(query.get('limit')), cap)), count: all.length });
    }),
  );
}

const ids = async (iterator: AsyncIterable<{ id: CrmId }>) => {
  const seen: CrmId[] = [];
  for await (const item of iterator) seen.push(item.id);
  return seen;
};

describe('iterate: walks every page', () => {
  const client = createCrmClient();

  it('yields all records across several pages, keeping the filters on every page', async () => {
    const pages = pagedLeads(5);
    expect(await ids(client.leads.iterate({ status: 'new', per_page: 2 }))).to.deep.equal([1, 2, 3, 4, 5]);
    expect(pages).to.deep.equal([
      'status=new&per_page=2&page=1',
      'status=new&per_page=2&page=2',
      'status=new&per_page=2&page=3',
    ]);
  });

  it('asks for 100 per page by default and stops after the last full page', async () => {
    const pages = pagedLeads(200);
    expect(await ids(client.leads.iterate())).to.have.length(200);
    expect(pages).to.deep.equal(['page=1&per_page=100', 'page=2&per_page=100']);
  });

  it('yields every record when the server serves fewer per page than asked', async () => {
    cappedLeads(120, 50);
    const every = Array.from({ length: 120 }, (_, index) => index + 1);
    expect(await ids(client.leads.iterate())).to.deep.equal(every);
    expect(await ids(client.leads.iterate({ per_page: 80 }))).to.deep.equal(every);
  });

  it('yields every record from an offset-paged backend that caps its pages (the adapter of the README)', async () => {
    cappedOffsetLeads(120, 50);
    const offsetClient = createCrmClient({
      baseUrl: '/api/v2',
      adapter: {
        paths: { leads: '/prospects' },
        query: (params) => {
          const limit = Number(params.per_page ?? 25);
          return new URLSearchParams({ limit: String(limit), offset: String((Number(params.page ?? 1) - 1) * limit) });
        },
        readList: readEnvelope('items', 'count'),
      },
    });
    expect(await ids(offsetClient.leads.iterate())).to.deep.equal(Array.from({ length: 120 }, (_, index) => index + 1));
  });

  it('an empty collection yields nothing after one request', async () => {
    const pages = pagedLeads(0);
    expect(await ids(client.leads.iterate())).to.deep.equal([]);
    expect(pages).to.have.length(1);
  });

  it('stops asking when the loop breaks', async () => {
    const pages = pagedLeads(10);
    for await (const item of client.leads.iterate({ per_page: 2 })) {
      if (item.id === 3) break;
    }
    expect(pages).to.have.length(2);
  });

  it('starts from the given page', async () => {
    pagedLeads(5);
    expect(await ids(client.leads.iterate({ page: 2, per_page: 2 }))).to.deep.equal([3, 4, 5]);
  });

  it('honours its signal between records and pages', async () => {
    const pages = pagedLeads(10);
    const controller = new AbortController();
    const seen: CrmId[] = [];
    const error = await (async () => {
      for await (const item of client.leads.iterate({ per_page: 2 }, { signal: controller.signal })) {
        seen.push(item.id);
        if (item.id === 3) controller.abort();
      }
    })().then(
      () => expect.fail('expected an abort'),
      (reason: unknown) => reason as AbortError,
    );
    expect(error.kind).to.equal('abort');
    expect(seen).to.deep.equal([1, 2, 3]);
    expect(pages).to.have.length(2);
  });
});
