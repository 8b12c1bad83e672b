import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { AbortError } from '@mindbrite/crm-client';
import { createCrmClient } from '@mindbrite/crm-client';
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

const ids = async (iterator: AsyncIterable<{ id: number }>) => {
  const seen: number[] = [];
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
    const seen: number[] = [];
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
