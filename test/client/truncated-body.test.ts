import { expect } from '@open-wc/testing';
import type { AbortError, NetworkError } from '@mindbrite/crm-client';
import { lead, rejection, testClient } from './support/fixtures.js';

const encoder = new TextEncoder();

/** Firefox's error for a body shorter than its Content-Length: a TypeError ky does not recognise. */
const firefoxBodyError = () => new TypeError('Error in body stream');

/**
 * A response whose body stream breaks off after its first chunk with `failure`. Chromium turns any
 * such failure into its own `TypeError: Failed to fetch`, which ky knows; a browser that passes the
 * stream's error through shows what an unknown message does.
 */
function truncated(failure: unknown = firefoxBodyError()) {
  let pulls = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulls += 1;
      if (pulls === 1) controller.enqueue(encoder.encode('{"id":1,"first_name":'));
      else controller.error(failure);
    },
  });
  return new Response(body, { headers: { 'Content-Type': 'application/json', 'Content-Length': '400' } });
}

/** A response whose body read fails with `failure` as such, in every browser. */
function unreadable(failure: unknown = firefoxBodyError()) {
  const response = new Response('{"id":1,"first_name":', { headers: { 'Content-Type': 'application/json' } });
  response.text = () => Promise.reject(failure);
  return response;
}

/** A fetch answering with `answers` in turn (the last one repeated), counting its calls. */
function scripted(...answers: (() => Response)[]) {
  const calls = { count: 0 };
  const fetch = async () => answers[Math.min(calls.count++, answers.length - 1)]!();
  return { calls, fetch: fetch as typeof globalThis.fetch };
}

describe('a body that breaks off', () => {
  it('is a NetworkError after the retries', async () => {
    const { calls, fetch } = scripted(() => truncated());
    const error = (await rejection(testClient({ fetch }).leads.get(1))) as NetworkError;
    expect(error.kind).to.equal('network');
    expect(error.message).to.equal('GET /api/crm/leads/1: network failure, no response received');
    expect(calls.count).to.equal(3);
  });

  it('is a NetworkError after the retries when the browser’s error is one ky does not know (Firefox)', async () => {
    const { calls, fetch } = scripted(() => unreadable());
    const error = (await rejection(testClient({ fetch }).leads.get(1))) as NetworkError;
    expect(error.kind).to.equal('network');
    expect(calls.count).to.equal(3);
  });

  it('is retried like any network failure: a whole body next time succeeds', async () => {
    const { calls, fetch } = scripted(() => unreadable(), () => Response.json(lead({ id: 1 })));
    expect((await testClient({ fetch }).leads.get(1)).id).to.equal(1);
    expect(calls.count).to.equal(2);
  });

  it('does so for any failure to read the body, not only a TypeError', async () => {
    const { fetch } = scripted(() => unreadable(new Error('connection reset')));
    const error = (await rejection(testClient({ fetch, retry: { limit: 0 } }).leads.update(1, { status: 'lost' }))) as NetworkError;
    expect(error.kind).to.equal('network');
  });

  it('an abort while the body is read stays an AbortError', async () => {
    const controller = new AbortController();
    // A body that never ends, errored when the request's signal aborts, as a real fetch does.
    const fetch = (async (input: Request) =>
      new Response(
        new ReadableStream({
          start: (stream) => input.signal.addEventListener('abort', () => stream.error(input.signal.reason)),
        }),
      )) as unknown as typeof globalThis.fetch;
    setTimeout(() => controller.abort(), 20);
    const error = (await rejection(testClient({ fetch }).leads.get(1, { signal: controller.signal }))) as AbortError;
    expect(error.kind).to.equal('abort');
  });
});
