import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { HttpError } from '@mindbrite/crm-client';
import { lead, leadInput, rejection, testClient } from './support/fixtures.js';
import type { SeenRequest } from './support/msw.js';
import { see, useMsw, worker } from './support/msw.js';

useMsw();

interface Attempt extends SeenRequest {
  at: number;
}

/** Fails with `failures` in order (a status or 'network'), then answers with a lead. */
function flaky(failures: (number | 'network')[], headers: Record<string, string> = {}): Attempt[] {
  const attempts: Attempt[] = [];
  worker.use(
    http.all('/api/crm/leads*', async ({ request }) => {
      attempts.push({ ...(await see(request)), at: performance.now() });
      const failure = failures[attempts.length - 1];
      if (failure === 'network') return HttpResponse.error();
      if (failure !== undefined) return HttpResponse.json({ message: 'busy' }, { status: failure, headers });
      if (request.method === 'DELETE') return new HttpResponse(null, { status: 204 });
      return HttpResponse.json(lead(), { status: request.method === 'POST' ? 201 : 200 });
    }),
  );
  return attempts;
}

describe('retry: which failures are retried', () => {

  for (const status of [408, 429, 500, 502, 503, 504]) {
    it(`GET is retried after ${status} and then succeeds`, async () => {
      const attempts = flaky([status]);
      expect((await testClient().leads.get(1)).id).to.equal(1);
      expect(attempts).to.have.length(2);
    });
  }

  it('GET is retried after a network failure', async () => {
    const attempts = flaky(['network', 'network']);
    expect((await testClient().leads.get(1)).id).to.equal(1);
    expect(attempts).to.have.length(3);
  });

  it('PUT and DELETE are retried', async () => {
    const attempts = flaky([503, 503]);
    await testClient().leads.update(1, { status: 'lost' });
    await testClient().leads.delete(1);
    expect(attempts.map(({ method }) => method)).to.deep.equal(['PUT', 'PUT', 'PUT', 'DELETE']);
  });

  it('gives up after the limit: 1 attempt + 2 retries by default, then the last error', async () => {
    const attempts = flaky([503, 503, 503, 503]);
    const error = (await rejection(testClient().leads.get(1))) as HttpError;
    expect(attempts).to.have.length(3);
    expect(error.status).to.equal(503);
  });

  it('honours a custom limit, and limit 0 disables retries', async () => {
    const attempts = flaky([500, 500, 500, 500, 500]);
    await rejection(testClient({ retry: { limit: 4 } }).leads.get(1));
    expect(attempts).to.have.length(5);
    const once = flaky([500, 500]);
    await rejection(testClient({ retry: { limit: 0 } }).leads.get(1));
    expect(once).to.have.length(1);
  });

  for (const status of [400, 403, 404, 409, 422]) {
    it(`never retries ${status}`, async () => {
      const attempts = flaky([status, status]);
      const error = (await rejection(testClient().leads.get(1))) as HttpError;
      expect(error.status).to.equal(status);
      expect(attempts).to.have.length(1);
    });
  }

  it('never retries a 4xx on POST either', async () => {
    const attempts = flaky([422]);
    await rejection(testClient().leads.create(leadInput));
    expect(attempts).to.have.length(1);
  });

  it('retries a create with the same Idempotency-Key on every attempt', async () => {
    const attempts = flaky([503, 'network']);
    await testClient().leads.create(leadInput);
    const keys = attempts.map(({ headers }) => headers.get('idempotency-key'));
    expect(keys).to.have.length(3);
    expect(new Set(keys).size).to.equal(1);
    expect(keys[0]).to.match(/^[0-9a-f-]{36}$/);
    expect(attempts.every(({ body }) => JSON.stringify(body) === JSON.stringify(leadInput))).to.equal(true);
  });
});

describe('retry: backoff timing', () => {

  it('waits with exponential backoff, jittered within [delay/2, delay] and capped by backoffLimit', async () => {
    const attempts = flaky([503, 503, 503, 503]);
    await testClient({ retry: { limit: 4, delay: 100, backoffLimit: 120 } }).leads.get(1);
    const gaps = attempts.slice(1).map((attempt, index) => attempt.at - (attempts[index]?.at ?? 0));
    // Timers never fire early, so lower bounds are exact; upper bounds allow for a busy machine.
    // Uncapped, retry 4 would wait 800 ms jittered into [400, 800]; capped, it waits 120.
    const slack = 250;
    expect(gaps[0], 'retry 1: 100 jittered').to.be.within(50, 100 + slack);
    expect(gaps[1], 'retry 2: 200 jittered, capped').to.be.within(100, 120 + slack);
    expect(gaps[2], 'retry 3: capped').to.be.within(120, 120 + slack);
    expect(gaps[3], 'retry 4: capped').to.be.within(120, 120 + slack);
  });

  it('honours Retry-After in seconds', async () => {
    const attempts = flaky([429], { 'Retry-After': '1' });
    await testClient().leads.get(1);
    const gap = (attempts[1]?.at ?? 0) - (attempts[0]?.at ?? 0);
    expect(gap).to.be.within(990, 1800);
  });

  it('honours Retry-After as an HTTP date', async () => {
    // HTTP dates have whole seconds: aim 2 s ahead so the wait is between 1 and 2 seconds.
    const attempts = flaky([503], { 'Retry-After': new Date(Date.now() + 2000).toUTCString() });
    await testClient().leads.get(1);
    const gap = (attempts[1]?.at ?? 0) - (attempts[0]?.at ?? 0);
    expect(gap).to.be.within(900, 2800);
  });

  it('does not wait for a Retry-After longer than maxRetryAfter: throws it at once', async () => {
    const attempts = flaky([429, 429], { 'Retry-After': '120' });
    const started = performance.now();
    const error = (await rejection(testClient({ retry: { maxRetryAfter: 5_000 } }).leads.get(1))) as HttpError;
    expect(performance.now() - started).to.be.below(1000);
    expect(attempts).to.have.length(1);
    expect(error.status).to.equal(429);
    expect(error.retryAfter).to.equal(120_000);
  });
});
