import { isHTTPError } from 'ky';
import type { CrmPathName, RequestTarget } from '../adapter.js';
import { AbortError } from '../errors/abort-error.js';
import { isHttpError } from '../errors/guards.js';
import { TimeoutError } from '../errors/timeout-error.js';
import type { ResolvedOptions } from '../options.js';
import type { CrmId } from '../schemas/fields.js';
import { raceAbort } from './abort.js';
import { createAuth } from './auth.js';
import { createDeduper } from './dedupe.js';
import type { RequestContext } from './http.js';
import { bodyText, createHttp } from './http.js';
import { toCrmError } from './to-crm-error.js';
import { createIdempotencyKey } from './uuid.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface TransportRequest {
  method: HttpMethod;
  target: RequestTarget;
  json?: unknown;
  signal?: AbortSignal | undefined;
  /** The `Idempotency-Key` of a `POST`; a fresh one when not given. Ignored by other methods. */
  idempotencyKey?: string | undefined;
}

/**
 * A successful response, body unread as JSON: each caller parses `text` itself, so callers that
 * shared one request never share (and mutate) one object.
 */
export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
}

/**
 * One HTTP exchange (an attempt of a call) as a host's access log records it: never a query
 * string, a body or a token.
 */
export interface CrmExchangeDetail {
  method: HttpMethod;
  /** The path below the origin, without the query (which can hold a patient's name). */
  path: string;
  /** The answer's status; 0 when none came (a network failure, a timeout, a cancellation). */
  status: number;
  /** Milliseconds from sending to the whole answer (or to the failure). */
  duration: number;
  /** 1 for the first attempt of the call, 2 for its first retry, … */
  attempt: number;
  /** The call's id, sent in the `requestIdHeader` of each of its attempts. */
  requestId: string;
  /** The collection (or `statistics`) and the record the call is about, where known. */
  resource?: CrmPathName;
  id?: CrmId;
}

export interface Transport {
  /** Sends a request with auth, retries and dedupe; throws `CrmError`s. */
  request(request: TransportRequest): Promise<RawResponse>;
}

/**
 * The client's HTTP layer. Above ky it adds what ky cannot know: one `Idempotency-Key` per logical
 * call (kept through ky's retries and the retry after a `401`), the single-flight `401` refresh,
 * sharing of identical concurrent `GET`s (keyed by URL and bearer token, so callers with
 * different credentials never share a response, and by the writes seen, so a `GET` made after a
 * write never gets an answer read before it), one deadline for the whole call (`totalTimeout`,
 * which also covers the `401` refresh and the resend after it), and a `DELETE` whose retry finds
 * the record gone counted as done.
 * @example
 * const transport = createTransport(resolveOptions({ getToken: () => token }), (exchange) => log(exchange));
 * const { text } = await transport.request({ method: 'GET', target: adapter.target('leads', [7]) });
 */
export function createTransport(options: ResolvedOptions, onExchange: (detail: CrmExchangeDetail) => void): Transport {
  // The calls on their way, by request id: what each attempt's report names, and how many it made.
  const calls = new Map<string, { target: RequestTarget; attempt: number }>();
  const http = createHttp(options, (request, status, started) => {
    const requestId = request.headers.get(options.requestIdHeader) ?? '';
    const call = calls.get(requestId);
    if (!call) return;
    call.attempt += 1;
    const { path, resource, id } = call.target;
    const duration = Math.round(performance.now() - started);
    onExchange({ method: request.method as HttpMethod, path, status, duration, attempt: call.attempt, requestId, resource, ...(id === undefined ? {} : { id }) });
  });
  const auth = createAuth(options);
  const share = createDeduper<RawResponse>();
  // Counts write starts and ends. A GET's sharing key includes it, so GETs made before or during a
  // write are never joined by GETs made once it has begun or ended.
  let writeEvents = 0;

  async function send(request: TransportRequest, signal: AbortSignal, context: RequestContext) {
    const { method, target } = request;
    // fetch's own error for a URL it cannot use quotes the whole URL, search terms and all. In Node
    // the default relative baseUrl is such a URL: say what to fix without the query.
    if (!URL.canParse(target.url, globalThis.location?.href)) {
      throw new TypeError(`${method} ${target.path}: baseUrl must be absolute where there is no page to resolve it against`);
    }
    try {
      // ky copies `context` for the hooks; `attempts` is shared by reference.
      const response = await http(target.url, { method, json: request.json, signal, context });
      return { status: response.status, headers: response.headers, text: bodyText(response) };
    } catch (error) {
      // An earlier attempt may have deleted the record and lost its answer: the retry's 404 says it
      // is gone, which is what the caller asked for.
      if (method === 'DELETE' && context.attempts?.retried && isHTTPError(error) && error.response.status === 404) {
        return { status: 404, headers: error.response.headers, text: '' };
      }
      throw toCrmError(error, { method, path: target.path, resource: target.resource, timeout: options.timeout, signal });
    }
  }

  /** Sends once; after a `401`, waits for the host's refresh and sends once more with a fresh token. */
  async function sendAuthorized(
    request: TransportRequest,
    signal: AbortSignal,
    context: RequestContext,
    sentAt: number,
  ): Promise<RawResponse> {
    try {
      return await send(request, signal, context);
    } catch (error) {
      if (!auth.canRefresh || !isHttpError(error, 401)) throw error;
      await raceAbort(auth.refreshSince(sentAt), signal).catch((refreshError: unknown) => {
        throw signal.aborted ? refreshError : error;
      });
      return send(request, signal, { ...context, token: await auth.token() });
    }
  }

  return {
    async request(request) {
      const { method, target, signal } = request;
      const isWrite = method !== 'GET';
      // The call's signal, aborted by the caller's or at the deadline (`totalTimeout`): it cuts an
      // attempt, a backoff wait or a wait for the refresh alike. A listener and a timer of our own
      // rather than `AbortSignal.any`, which costs weak references and registry entries per call;
      // both go when the call ends, so a finished call leaves nothing pending.
      const call = new AbortController();
      const deadlineTimer = setTimeout(() => call.abort(), options.totalTimeout);
      const abortCall = () => call.abort(signal?.reason);
      signal?.addEventListener('abort', abortCall, { once: true });
      if (isWrite) writeEvents += 1;
      try {
        signal?.throwIfAborted();
        const sentAt = auth.generation;
        const token = await auth.token();
        const run = (runSignal: AbortSignal) => {
          // Per request sent: callers that share a GET share its id and its exchanges.
          const requestId = createIdempotencyKey();
          const context: RequestContext = {
            token,
            idempotencyKey: method === 'POST' ? (request.idempotencyKey ?? createIdempotencyKey()) : undefined,
            requestId,
            attempts: { retried: false },
          };
          calls.set(requestId, { target, attempt: 0 });
          return sendAuthorized(request, runSignal, context, sentAt).finally(() => calls.delete(requestId));
        };
        return isWrite ? await run(call.signal) : await share(`${writeEvents}\n${token ?? ''}\n${target.url}`, run, call.signal);
      } catch (error) {
        // A caller leaving a shared request gets its signal's raw reason; report every abort alike.
        if (signal?.aborted) throw new AbortError(method, target.path, { cause: signal.reason });
        // The deadline aborts like the caller's signal, but it is a timeout, not a cancellation.
        if (call.signal.aborted) throw new TimeoutError(method, target.path, options.totalTimeout, 'total');
        throw error;
      } finally {
        clearTimeout(deadlineTimer);
        signal?.removeEventListener('abort', abortCall);
        if (isWrite) writeEvents += 1;
      }
    },
  };
}
