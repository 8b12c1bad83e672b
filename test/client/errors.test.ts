import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import {
  AbortError,
  CrmError,
  HttpError,
  isAbortError,
  isCrmError,
  isHttpError,
  isNetworkError,
  isResponseValidationError,
  isTimeoutError,
  NetworkError,
  ResponseValidationError,
  TimeoutError,
} from '@mindbrite/crm-client';
import { lead, leadInput, rejection, testClient } from './support/fixtures.js';
import { STALL_MS, useMsw, worker } from './support/msw.js';

useMsw();

const answerLeads = (response: () => Response | Promise<Response>) =>
  worker.use(http.all('/api/crm/leads*', response));

describe('errors: HTTP errors', () => {
  const client = testClient({ retry: { limit: 0 } });

  it('a 422 carries status, field errors, the server message, method and path', async () => {
    answerLeads(() =>
      HttpResponse.json(
        { message: 'The email of Test Lead is taken', errors: { email: ['Email is taken'], phone: ['Too short', 'Digits only'] } },
        { status: 422, statusText: 'Unprocessable Entity' },
      ),
    );
    const error = (await rejection(client.leads.create(leadInput))) as HttpError;
    expect(error).to.be.instanceOf(HttpError).and.instanceOf(CrmError).and.instanceOf(Error);
    expect(error.kind).to.equal('http');
    expect(error.name).to.equal('HttpError');
    expect(error.status).to.equal(422);
    expect(error.statusText).to.equal('Unprocessable Entity');
    expect(error.method).to.equal('POST');
    expect(error.path).to.equal('/api/crm/leads');
    expect(error.serverMessage).to.equal('The email of Test Lead is taken');
    expect(error.fieldErrors).to.deep.equal({ email: ['Email is taken'], phone: ['Too short', 'Digits only'] });
    expect(error.message).to.equal('POST /api/crm/leads: HTTP 422 Unprocessable Entity (invalid fields: email, phone)');
  });

  it('the message names method, path without query and status, never the server message or search terms', async () => {
    answerLeads(() => HttpResponse.json({ message: 'No patient named Ana Silva' }, { status: 404 }));
    const error = (await rejection(client.leads.list({ search: 'Ana Silva' }))) as HttpError;
    expect(error.path).to.equal('/api/crm/leads');
    expect(error.message).to.contain('GET /api/crm/leads').and.contain('404');
    expect(error.message).not.to.contain('Ana');
    expect(error.message).not.to.contain('search');
    expect(error.serverMessage).to.equal('No patient named Ana Silva');
  });

  for (const [status, name] of [[401, 'unauthorized'], [403, 'forbidden'], [404, 'not found'], [409, 'conflict'], [500, 'server error']] as const) {
    it(`${status} (${name}) is an HttpError with that status`, async () => {
      answerLeads(() => HttpResponse.json({ message: name }, { status }));
      const error = await rejection(client.leads.get(3));
      expect(isHttpError(error, status)).to.equal(true);
      expect((error as HttpError).path).to.equal('/api/crm/leads/3');
      expect((error as HttpError).resource, 'the collection, which a 403 refuses').to.equal('leads');
    });
  }

  it('a 429 carries Retry-After in milliseconds', async () => {
    answerLeads(() => HttpResponse.json({ message: 'slow down' }, { status: 429, headers: { 'Retry-After': '30' } }));
    const error = (await rejection(client.leads.get(1))) as HttpError;
    expect(error.retryAfter).to.equal(30_000);
  });

  it('a non-JSON error body still gives a clear HttpError', async () => {
    answerLeads(() => new HttpResponse('<html>Bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }));
    const error = (await rejection(client.leads.get(1))) as HttpError;
    expect(error.status).to.equal(502);
    expect(error.serverMessage).to.equal(undefined);
    expect(error.fieldErrors).to.deep.equal({});
    expect(error.message).to.contain('GET /api/crm/leads/1').and.contain('502');
  });

  it('an empty error body still gives a clear HttpError', async () => {
    answerLeads(() => new HttpResponse(null, { status: 500 }));
    const error = (await rejection(client.leads.get(1))) as HttpError;
    expect(error.status).to.equal(500);
    expect(error.serverMessage).to.equal(undefined);
  });

  it('an error body of the wrong shape keeps what is usable', async () => {
    answerLeads(() =>
      HttpResponse.json({ message: 42, errors: { email: 'Email is taken', phone: [1, 'Too short'], notes: null } }, { status: 422 }),
    );
    const error = (await rejection(client.leads.create(leadInput))) as HttpError;
    expect(error.serverMessage).to.equal(undefined);
    expect(error.fieldErrors).to.deep.equal({ email: ['Email is taken'], phone: ['Too short'] });
  });

  it('a JSON error body sent as text/plain is still read', async () => {
    answerLeads(() => new HttpResponse(JSON.stringify({ message: 'conflict', errors: { status: ['Changed meanwhile'] } }), { status: 409 }));
    const error = (await rejection(client.leads.update(1, { status: 'lost' }))) as HttpError;
    expect(error.fieldErrors).to.deep.equal({ status: ['Changed meanwhile'] });
  });
});

describe('errors: other kinds', () => {

  it('no response is a NetworkError naming the request', async () => {
    answerLeads(() => HttpResponse.error());
    const error = (await rejection(testClient({ retry: { limit: 0 } }).leads.get(5))) as NetworkError;
    expect(error).to.be.instanceOf(NetworkError);
    expect(error.kind).to.equal('network');
    expect(error.message).to.equal('GET /api/crm/leads/5: network failure, no response received');
    expect(isNetworkError(error)).to.equal(true);
  });

  it('no answer within the timeout is a TimeoutError', async () => {
    answerLeads(async () => {
      await delay(STALL_MS);
      return HttpResponse.json(lead());
    });
    const error = (await rejection(testClient({ timeout: 50, retry: { limit: 0 } }).leads.get(5))) as TimeoutError;
    expect(error).to.be.instanceOf(TimeoutError);
    expect(error.kind).to.equal('timeout');
    expect(error.timeout).to.equal(50);
    expect(error.message).to.equal('GET /api/crm/leads/5: no response within 50 ms');
    expect(isTimeoutError(error)).to.equal(true);
  });

  it('an aborted call is an AbortError carrying the reason', async () => {
    answerLeads(async () => {
      await delay(STALL_MS);
      return HttpResponse.json(lead());
    });
    const controller = new AbortController();
    const pending = testClient().leads.get(5, { signal: controller.signal });
    controller.abort('navigated away');
    const error = (await rejection(pending)) as AbortError;
    expect(error).to.be.instanceOf(AbortError);
    expect(error.kind).to.equal('abort');
    expect(error.cause).to.equal('navigated away');
    expect(isAbortError(error)).to.equal(true);
  });

  it('a rejected body is a ResponseValidationError', async () => {
    answerLeads(() => HttpResponse.json({ ...lead(), email: 7 }));
    const error = await rejection(testClient().leads.get(5));
    expect(error).to.be.instanceOf(ResponseValidationError);
    expect(isResponseValidationError(error)).to.equal(true);
  });

  it('type guards tell the kinds apart and reject foreign errors', () => {
    const http = new HttpError('GET', '/x', { status: 404, statusText: '' });
    const network = new NetworkError('GET', '/x');
    expect([isCrmError(http), isHttpError(http), isHttpError(http, 404), isHttpError(http, 500)]).to.deep.equal([true, true, true, false]);
    expect([isHttpError(network), isNetworkError(network), isTimeoutError(network), isAbortError(network)]).to.deep.equal([
      false, true, false, false,
    ]);
    expect([isCrmError(new Error('x')), isCrmError(undefined), isHttpError({ kind: 'http' })]).to.deep.equal([false, false, false]);
  });
});
