import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import type { AbortError, TimeoutError } from '@mindbrite/crm-client';
import { lead, leadInput, rejection, testClient } from './support/fixtures.js';
import { STALL_MS, useMsw, worker } from './support/msw.js';

useMsw();

/** Answers lead requests after `wait` ms, counting them. */
function slowLeads(wait: number) {
  const calls = { count: 0 };
  worker.use(
    http.all('/api/crm/leads*', async () => {
      calls.count += 1;
      await delay(wait);
      return HttpResponse.json(lead());
    }),
  );
  return calls;
}

describe('timeout', () => {
  it('a slow answer within the timeout succeeds', async () => {
    slowLeads(40);
    expect((await testClient({ timeout: 400 }).leads.get(1)).id).to.equal(1);
  });

  it('retries a timed-out attempt, each with its own timeout, then fails with a TimeoutError', async () => {
    const calls = slowLeads(STALL_MS);
    const started = performance.now();
    // 200 ms, not less: in Firefox on a loaded machine a retry can take ~60 ms to reach the mock's
    // service worker, and an attempt that times out before it arrives is never counted.
    const error = (await rejection(testClient({ timeout: 200, retry: { limit: 1 } }).leads.get(1))) as TimeoutError;
    expect(error.kind).to.equal('timeout');
    // Each attempt would take STALL_MS without the timeout.
    expect(performance.now() - started).to.be.within(400, 1500);
    expect(calls.count).to.equal(2);
  });

  it('a timed-out attempt followed by a quick answer succeeds', async () => {
    let calls = 0;
    worker.use(
      http.get('/api/crm/leads/1', async () => {
        calls += 1;
        if (calls === 1) await delay(STALL_MS);
        return HttpResponse.json(lead());
      }),
    );
    // A quick answer can still take over 100 ms to come back through the mock's service worker on
    // a loaded machine (Firefox): that attempt times out too, and a later one succeeds.
    expect((await testClient({ timeout: 100, retry: { limit: 4 } }).leads.get(1)).id).to.equal(1);
    expect(calls).to.be.at.least(2);
  });
});

describe('abort', () => {
  it('an already aborted signal fails at once, sending nothing and asking for no token', async () => {
    const calls = slowLeads(0);
    let tokens = 0;
    const client = testClient({ getToken: () => String((tokens += 1)) });
    const error = (await rejection(client.leads.get(1, { signal: AbortSignal.abort() }))) as AbortError;
    expect(error.kind).to.equal('abort');
    expect(error.path).to.equal('/api/crm/leads/1');
    expect(calls.count).to.equal(0);
    expect(tokens).to.equal(0);
  });

  it('aborting while the request is in flight rejects promptly', async () => {
    slowLeads(STALL_MS);
    const controller = new AbortController();
    const started = performance.now();
    const pending = testClient().leads.update(1, { status: 'lost' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    const error = (await rejection(pending)) as AbortError;
    expect(error.kind).to.equal('abort');
    expect(error.method).to.equal('PUT');
    expect(performance.now() - started).to.be.below(STALL_MS - 200);
  });

  it('aborting during a backoff wait cuts the wait short and sends no retry', async () => {
    let calls = 0;
    worker.use(
      http.get('/api/crm/leads/1', () => {
        calls += 1;
        return HttpResponse.json({ message: 'busy' }, { status: 503, headers: { 'Retry-After': '30' } });
      }),
    );
    const controller = new AbortController();
    const started = performance.now();
    const pending = testClient().leads.get(1, { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const error = (await rejection(pending)) as AbortError;
    expect(error.kind).to.equal('abort');
    expect(performance.now() - started, 'Retry-After asked for 30 s').to.be.below(3000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).to.equal(1);
  });

  it('aborting while waiting for onUnauthorized rejects that caller', async () => {
    worker.use(http.get('/api/crm/leads/1', () => HttpResponse.json({}, { status: 401 })));
    const controller = new AbortController();
    const client = testClient({
      getToken: () => 'old',
      onUnauthorized: () => new Promise((resolve) => setTimeout(resolve, STALL_MS)),
    });
    const pending = client.leads.get(1, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    expect(((await rejection(pending)) as AbortError).kind).to.equal('abort');
    expect(performance.now() - started).to.be.below(STALL_MS - 200);
  });

  it('a call that ends leaves no listener on the caller’s signal, shared or not, answered or failed', async () => {
    worker.use(
      http.get('/api/crm/leads/1', () => HttpResponse.json(lead())),
      http.get('/api/crm/leads/2', () => HttpResponse.json({ message: 'Not found' }, { status: 404 })),
      http.post('/api/crm/leads', () => HttpResponse.json(lead(), { status: 201 })),
    );
    const { signal } = new AbortController();
    const listening = new Set<unknown>();
    let added = 0;
    const add = signal.addEventListener.bind(signal);
    const remove = signal.removeEventListener.bind(signal);
    signal.addEventListener = (...args: Parameters<typeof add>) => {
      listening.add(args[1]);
      added += 1;
      add(...args);
    };
    signal.removeEventListener = (...args: Parameters<typeof remove>) => {
      listening.delete(args[1]);
      remove(...args);
    };
    const client = testClient();
    await Promise.all([
      client.leads.get(1, { signal }),
      client.leads.get(1, { signal }),
      rejection(client.leads.get(2, { signal })),
      client.leads.create(leadInput, { signal }),
    ]);
    // The client listened while the calls ran (so the caller could abort them), and stopped when they ended.
    expect(added).to.be.above(0);
    expect(listening.size).to.equal(0);
  });
});
