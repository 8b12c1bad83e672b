import { expect } from '@open-wc/testing';
import type { HttpError } from '@mindbrite/crm-client';
import { lead, leadInput, rejection, testClient } from './support/fixtures.js';

/** The ways to read a body, counted while a test runs. */
const READS = ['text', 'json', 'arrayBuffer', 'blob', 'formData', 'bytes', 'clone'] as const;
type Read = (typeof READS)[number];

/**
 * Counts every read of any `Response` body (and every clone, a way to read one twice) until
 * `restore()`. On the prototype, so a `Response` the client builds itself is counted too.
 */
function countBodyReads() {
  const counts = Object.fromEntries(READS.map((read) => [read, 0])) as Record<Read, number>;
  const prototype = Response.prototype as unknown as Record<Read, ((...args: unknown[]) => unknown) | undefined>;
  const originals = READS.map((read) => [read, Object.getOwnPropertyDescriptor(Response.prototype, read)] as const);
  for (const read of READS) {
    const original = prototype[read];
    if (!original) continue;
    Object.defineProperty(Response.prototype, read, {
      configurable: true,
      writable: true,
      value(this: Response, ...args: unknown[]) {
        counts[read] += 1;
        return original.apply(this, args);
      },
    });
  }
  const restore = () => {
    for (const [read, descriptor] of originals) if (descriptor) Object.defineProperty(Response.prototype, read, descriptor);
  };
  return { counts, restore, total: () => READS.reduce((sum, read) => sum + counts[read], 0) };
}

/** A fetch answering with `answers` in turn (the last one repeated), without the mock's service worker. */
function scripted(...answers: (() => Response)[]) {
  let calls = 0;
  return (async () => answers[Math.min(calls++, answers.length - 1)]!()) as typeof fetch;
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('the transport reads each body once', () => {
  let reads: ReturnType<typeof countBodyReads>;
  beforeEach(() => {
    reads = countBodyReads();
  });
  afterEach(() => reads.restore());

  it('a list is read once, as text, and never copied into a new Response or cloned', async () => {
    const client = testClient({ fetch: scripted(() => json({ data: [lead(), lead({ id: 2 })], total: 2 })) });
    const { data } = await client.leads.list();
    expect(data.map(({ id }) => id)).to.deep.equal([1, 2]);
    expect(reads.counts.text).to.equal(1);
    expect(reads.total()).to.equal(1);
  });

  it('each attempt of a retried call is read once', async () => {
    const client = testClient({ fetch: scripted(() => json({ message: 'busy' }, 503), () => json(lead())) });
    expect((await client.leads.get(1)).id).to.equal(1);
    expect(reads.total()).to.equal(2);
  });

  it('an error body read once still gives the HttpError its message and field errors', async () => {
    const answer = { message: 'Invalid data', errors: { email: ['Enter a valid email address'] } };
    const client = testClient({ fetch: scripted(() => json(answer, 422)) });
    const error = (await rejection(client.leads.create(leadInput))) as HttpError;
    expect(error.status).to.equal(422);
    expect(error.serverMessage).to.equal('Invalid data');
    expect(error.fieldErrors).to.deep.equal({ email: ['Enter a valid email address'] });
    expect(reads.total()).to.equal(1);
  });

  it('an empty answer (204) is read once', async () => {
    const client = testClient({ fetch: scripted(() => new Response(null, { status: 204 })) });
    await client.leads.delete(1);
    expect(reads.total()).to.equal(1);
  });
});
