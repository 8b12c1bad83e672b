import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { CrmChangeDetail, HttpError } from '@mindbrite/crm-client';
import {
  AbortError,
  createIdempotencyKey,
  HttpError as HttpErrorClass,
  isOutcomeUnknown,
  NetworkError,
  ResponseValidationError,
  TimeoutError,
} from '@mindbrite/crm-client';
import { contact, lead, leadInput, rejection, testClient } from './support/fixtures.js';
import { see, useMsw, worker } from './support/msw.js';

useMsw();

/**
 * A server holding leads 1 to 20 whose first answer to each DELETE is lost after it has deleted
 * (the connection breaks, as a reset after the server acted does); it records every DELETE.
 */
function leadsThatLoseDeleteAnswers() {
  const stored = new Set(Array.from({ length: 20 }, (_, index) => index + 1));
  const answered = new Set<number>();
  const deletes: number[] = [];
  worker.use(
    http.delete('/api/crm/leads/:id', ({ params }) => {
      const id = Number(params.id);
      deletes.push(id);
      if (!stored.delete(id)) return HttpResponse.json({ message: 'Not found' }, { status: 404 });
      if (answered.has(id)) return new HttpResponse(null, { status: 204 });
      answered.add(id);
      return HttpResponse.error();
    }),
  );
  return { stored, deletes };
}

const changes = (client: EventTarget) => {
  const details: CrmChangeDetail[] = [];
  client.addEventListener('change', (event) => details.push((event as CustomEvent<CrmChangeDetail>).detail));
  return details;
};

describe('lost answers: a DELETE whose retry finds the record gone', () => {
  it('resolves as deleted and announces the change', async () => {
    const server = leadsThatLoseDeleteAnswers();
    const client = testClient();
    const details = changes(client);
    await client.leads.delete(7);
    expect(server.deletes).to.deep.equal([7, 7]);
    expect(server.stored.has(7)).to.equal(false);
    expect(details).to.deep.equal([{ resource: 'leads', action: 'delete', id: 7 }]);
  });

  it('bulkDelete of records whose answers were all lost reports every one deleted', async () => {
    const server = leadsThatLoseDeleteAnswers();
    const client = testClient();
    const details = changes(client);
    const ids = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const { succeeded, failed } = await client.leads.bulkDelete(ids);
    expect(failed).to.deep.equal([]);
    expect(succeeded).to.deep.equal(ids);
    expect(details.map(({ id }) => Number(id)).sort((a, b) => a - b)).to.deep.equal(ids);
    expect(server.deletes).to.have.length(20);
  });

  it('also after a 5xx, whose request may have been carried out', async () => {
    let attempts = 0;
    worker.use(
      http.delete('/api/crm/leads/3', () => {
        attempts += 1;
        return attempts === 1 ? HttpResponse.json({ message: 'gateway' }, { status: 502 }) : new HttpResponse(null, { status: 404 });
      }),
    );
    await testClient().leads.delete(3);
    expect(attempts).to.equal(2);
  });

  it('a 404 to the first attempt still fails, announcing nothing', async () => {
    const server = leadsThatLoseDeleteAnswers();
    const client = testClient();
    const details = changes(client);
    const error = (await rejection(client.leads.delete(99))) as HttpError;
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(404);
    expect(server.deletes).to.deep.equal([99]);
    expect(details).to.deep.equal([]);
  });

  it('a 404 after a 401 and the refresh still fails: the first attempt was refused, not lost', async () => {
    let attempts = 0;
    worker.use(
      http.delete('/api/crm/leads/5', () => {
        attempts += 1;
        return new HttpResponse(null, { status: attempts === 1 ? 401 : 404 });
      }),
    );
    const client = testClient({ getToken: () => 'token', onUnauthorized: () => undefined });
    expect(((await rejection(client.leads.delete(5))) as HttpError).status).to.equal(404);
    expect(attempts).to.equal(2);
  });

  it('a GET retried into a 404 still fails', async () => {
    let attempts = 0;
    worker.use(
      http.get('/api/crm/leads/4', () => {
        attempts += 1;
        return attempts === 1 ? HttpResponse.error() : new HttpResponse(null, { status: 404 });
      }),
    );
    expect(((await rejection(testClient().leads.get(4))) as HttpError).status).to.equal(404);
  });
});

describe('lost answers: a create keeps its Idempotency-Key when asked to', () => {
  /** Answers creates (and converts) after `lost` lost answers, recording each request's key. */
  function createsLosingAnswers(lost: number) {
    const keys: (string | null)[] = [];
    worker.use(
      http.post('/api/crm/leads/:id/convert', async ({ request }) => {
        keys.push((await see(request)).headers.get('Idempotency-Key'));
        return HttpResponse.json(contact({ id: 70 }), { status: 201 });
      }),
      http.post('/api/crm/leads', async ({ request }) => {
        keys.push((await see(request)).headers.get('Idempotency-Key'));
        return keys.length <= lost ? HttpResponse.error() : HttpResponse.json(lead({ id: 9 }), { status: 201 });
      }),
    );
    return keys;
  }

  it('a create whose every answer was lost has an unknown outcome; sent again with its key, the server sees the same key', async () => {
    const keys = createsLosingAnswers(3);
    const client = testClient();
    const idempotencyKey = createIdempotencyKey();
    const error = await rejection(client.leads.create(leadInput, { idempotencyKey }));
    expect(isOutcomeUnknown(error)).to.equal(true);
    expect((await client.leads.create(leadInput, { idempotencyKey })).id).to.equal(9);
    expect(keys).to.deep.equal([idempotencyKey, idempotencyKey, idempotencyKey, idempotencyKey]);
  });

  it('a convert uses the given key; without one, each call gets a fresh key', async () => {
    const keys = createsLosingAnswers(0);
    const client = testClient();
    await client.leads.convert(7, {}, { idempotencyKey: 'convert-key-1' });
    await client.leads.create(leadInput);
    await client.leads.create(leadInput);
    expect(keys[0]).to.equal('convert-key-1');
    expect(keys[1]).to.match(/^[0-9a-f-]{36}$/);
    expect(keys[2]).not.to.equal(keys[1]);
  });

  it('createIdempotencyKey makes a distinct UUID v4 each time', () => {
    const keys = Array.from({ length: 50 }, createIdempotencyKey);
    expect(new Set(keys).size).to.equal(50);
    for (const key of keys) expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('createIdempotencyKey makes distinct UUID v4s without crypto.randomUUID too, as on a page served over plain http', () => {
    // `randomUUID` exists only in secure contexts; hiding it takes the other path.
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const keys = Array.from({ length: 200 }, createIdempotencyKey);
      expect(new Set(keys).size).to.equal(200);
      for (const key of keys) expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
    expect(typeof crypto.randomUUID).to.equal('function');
  });
});

describe('isOutcomeUnknown', () => {
  const httpError = (status: number) => new HttpErrorClass('POST', '/api/crm/leads', { status, statusText: '' });

  it('is true where the write may have happened', () => {
    const unknown = [
      new NetworkError('POST', '/api/crm/leads'),
      new TimeoutError('POST', '/api/crm/leads', 15_000),
      new TimeoutError('POST', '/api/crm/leads', 20_000, 'total'),
      new ResponseValidationError('leads', [], 'POST', '/api/crm/leads'),
      httpError(408),
      httpError(500),
      httpError(503),
    ];
    expect(unknown.map(isOutcomeUnknown)).to.deep.equal(unknown.map(() => true));
  });

  it('is false where it did not, and for anything that is not a request failure', () => {
    const known = [httpError(400), httpError(401), httpError(404), httpError(409), httpError(422), httpError(429), new AbortError('POST', '/api/crm/leads'), new Error('x'), undefined];
    expect(known.map(isOutcomeUnknown)).to.deep.equal(known.map(() => false));
  });
});
