import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import type { HttpError } from '@mindbrite/crm-client';
import { lead, testClient } from './support/fixtures.js';
import { STALL_MS, useMsw, worker } from './support/msw.js';

useMsw();

/** Deletes and updates leads, failing the ids in `missing` with 404; tracks requests in flight. */
function leadsBackend(missing: number[], wait = 20) {
  const stats = { inFlight: 0, maxInFlight: 0, requests: 0 };
  worker.use(
    http.all('/api/crm/leads/:id', async ({ request, params }) => {
      stats.requests += 1;
      stats.inFlight += 1;
      stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
      await delay(wait);
      stats.inFlight -= 1;
      const id = Number(params.id);
      if (missing.includes(id)) return HttpResponse.json({ message: 'Not found' }, { status: 404 });
      if (request.method === 'DELETE') return new HttpResponse(null, { status: 204 });
      return HttpResponse.json({ ...lead({ id }), ...((await request.json()) as object) });
    }),
  );
  return stats;
}

describe('bulk: a result per id, never half-silent', () => {
  const client = testClient();

  it('bulkDelete reports which ids succeeded and which failed and why', async () => {
    leadsBackend([2, 5]);
    const result = await client.leads.bulkDelete([1, 2, 3, 4, 5, 6]);
    expect(result.succeeded).to.deep.equal([1, 3, 4, 6]);
    expect(result.failed.map(({ id }) => id)).to.deep.equal([2, 5]);
    expect((result.failed[0]?.error as HttpError).status).to.equal(404);
    expect(result.results.map(({ id, ok }) => `${id}:${ok}`)).to.deep.equal(['1:true', '2:false', '3:true', '4:true', '5:false', '6:true']);
  });

  it('bulkUpdate returns each updated record', async () => {
    leadsBackend([3]);
    const { results } = await client.leads.bulkUpdate([1, 3], { status: 'lost' });
    const [first, second] = results;
    expect(first?.ok && first.value.status).to.equal('lost');
    expect(second?.ok).to.equal(false);
  });

  it('runs at most 4 requests at a time by default, or the given concurrency', async () => {
    const stats = leadsBackend([], 40);
    await client.leads.bulkDelete(Array.from({ length: 10 }, (_, index) => index + 1));
    expect(stats.maxInFlight).to.equal(4);
    expect(stats.requests).to.equal(10);
    const two = leadsBackend([], 40);
    const { succeeded } = await client.leads.bulkDelete([1, 2, 3, 4, 5], { concurrency: 2 });
    expect(succeeded).to.have.length(5);
    expect(two.maxInFlight).to.equal(2);
  });

  it('an abort turns every id not yet done into an AbortError result', async () => {
    const controller = new AbortController();
    const reached: number[] = [];
    worker.use(
      http.delete('/api/crm/leads/:id', async ({ params }) => {
        const id = Number(params.id);
        reached.push(id);
        if (id < 3) return new HttpResponse(null, { status: 204 });
        // With two at a time, 4 is sent only once 1 and 2 are done in the client (3 took 1's
        // place): aborting then, not as 3 arrives, leaves no race with 2's answer.
        if (id === 4) controller.abort();
        await delay(STALL_MS);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const result = await client.leads.bulkDelete([1, 2, 3, 4, 5, 6], { signal: controller.signal, concurrency: 2 });
    expect(result.results).to.have.length(6);
    expect(result.succeeded).to.deep.equal([1, 2]);
    expect(result.failed.map(({ id, error }) => `${id}:${error.kind}`)).to.deep.equal(['3:abort', '4:abort', '5:abort', '6:abort']);
    expect(reached).not.to.include.members([5, 6]);
  });

  it('an empty list does nothing; a bad concurrency is refused', async () => {
    expect(await client.leads.bulkDelete([])).to.deep.equal({ results: [], succeeded: [], failed: [] });
    const error = await client.leads.bulkDelete([1], { concurrency: 0 }).catch((reason: unknown) => reason);
    expect(error).to.be.instanceOf(RangeError);
  });
});
