import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import type { AbortError, TimeoutError } from '@mindbrite/crm-client';
import { lead, rejection, testClient } from './support/fixtures.js';
import { STALL_MS, useMsw, worker } from './support/msw.js';

useMsw();

/** A server that answers lead requests only after STALL_MS, later than any limit set here; counts them. */
function stalledLeads() {
  const calls = { count: 0 };
  worker.use(
    http.all('/api/crm/leads*', async () => {
      calls.count += 1;
      await delay(STALL_MS);
      return HttpResponse.json(lead());
    }),
  );
  return calls;
}

const elapsedSince = (started: number) => performance.now() - started;

describe('totalTimeout: one limit for the whole call', () => {
  it('an attempt never outlives the total: the default 15 s timeout is cut at totalTimeout', async () => {
    stalledLeads();
    const started = performance.now();
    const error = (await rejection(testClient({ totalTimeout: 300 }).leads.get(1))) as TimeoutError;
    expect(error.kind).to.equal('timeout');
    expect(error.scope).to.equal('total');
    expect(error.timeout).to.equal(300);
    expect(error.message).to.equal('GET /api/crm/leads/1: no response within 300 ms in all (totalTimeout)');
    expect(elapsedSince(started)).to.be.below(STALL_MS - 200);
  });

  it('retries stop when the total is reached, well before every attempt has timed out', async () => {
    const calls = stalledLeads();
    const started = performance.now();
    const error = (await rejection(testClient({ timeout: 300, totalTimeout: 500 }).leads.update(1, { status: 'lost' }))) as TimeoutError;
    expect(error.kind).to.equal('timeout');
    expect(error.scope).to.equal('total');
    expect(error.method).to.equal('PUT');
    // Three attempts of 300 ms would take 900 ms and more.
    expect(elapsedSince(started)).to.be.below(900);
    expect(calls.count).to.equal(2);
  });

  it('cuts a backoff wait short and sends no further attempt', async () => {
    let calls = 0;
    worker.use(
      http.get('/api/crm/leads/1', () => {
        calls += 1;
        return HttpResponse.json({ message: 'busy' }, { status: 503, headers: { 'Retry-After': '3' } });
      }),
    );
    const started = performance.now();
    const error = (await rejection(testClient({ totalTimeout: 300 }).leads.get(1))) as TimeoutError;
    expect(error.scope).to.equal('total');
    expect(elapsedSince(started)).to.be.below(1500);
    expect(calls).to.equal(1);
  });

  it('cuts a wait for onUnauthorized short', async () => {
    worker.use(http.get('/api/crm/leads/1', () => new HttpResponse(null, { status: 401 })));
    const client = testClient({ totalTimeout: 300, getToken: () => 'token', onUnauthorized: () => new Promise(() => undefined) });
    const error = (await rejection(client.leads.get(1))) as TimeoutError;
    expect(error.kind).to.equal('timeout');
    expect(error.scope).to.equal('total');
  });

  it('when every attempt times out within the total, the error names the per-attempt timeout', async () => {
    const calls = stalledLeads();
    const error = (await rejection(testClient({ timeout: 60, retry: { limit: 1 } }).leads.get(1))) as TimeoutError;
    expect(error.scope).to.equal('attempt');
    expect(error.timeout).to.equal(60);
    expect(error.message).to.equal('GET /api/crm/leads/1: no response within 60 ms');
    expect(calls.count).to.equal(2);
  });

  it('the caller’s abort stays an AbortError with the caller’s reason, not a timeout', async () => {
    stalledLeads();
    const controller = new AbortController();
    const pending = testClient({ totalTimeout: 500 }).leads.get(1, { signal: controller.signal });
    setTimeout(() => controller.abort('user left'), 30);
    const error = (await rejection(pending)) as AbortError;
    expect(error.kind).to.equal('abort');
    expect(error.cause).to.equal('user left');
  });

  it('callers sharing one GET each fail with a TimeoutError at their deadline', async () => {
    stalledLeads();
    const quick = testClient({ totalTimeout: 200 });
    const first = quick.leads.get(1);
    const second = quick.leads.get(1);
    const errors = (await Promise.all([rejection(first), rejection(second)])) as TimeoutError[];
    expect(errors.map(({ scope }) => scope)).to.deep.equal(['total', 'total']);
  });
});
