import ky, { NetworkError } from 'ky';
import type { BeforeRequestHook, BeforeRetryHook, KyInstance } from 'ky';
import type { CsrfOptions, ResolvedOptions } from '../options.js';
import { readCookie, UNSAFE_METHODS } from './csrf.js';
import { kyRetryOptions } from './retry.js';

const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/**
 * Per-call values the hooks put on the request. They travel in ky's `context` because
 * `beforeRequest` hooks run once per call, before ky's first attempt: whatever they set is
 * repeated by every retry ky makes of that call.
 */
export interface RequestContext {
  token?: string | null | undefined;
  idempotencyKey?: string | undefined;
  /** The call's id, sent on each of its attempts for the host's access log. */
  requestId?: string | undefined;
  /**
   * Set once ky repeats an attempt of the call. An object, because ky copies the context: the
   * copies share it, so the transport reads after the call what the hooks wrote during it.
   */
  attempts?: { retried: boolean };
}

const readContext = (context: Record<string, unknown>): RequestContext => context;

const authorize: BeforeRequestHook = ({ request, options }) => {
  const { token } = readContext(options.context);
  if (token) request.headers.set('Authorization', `Bearer ${token}`);
};

const idempotencyKey: BeforeRequestHook = ({ request, options }) => {
  const { idempotencyKey: key } = readContext(options.context);
  if (key) request.headers.set(IDEMPOTENCY_HEADER, key);
};

const requestId =
  (header: string): BeforeRequestHook =>
  ({ request, options }) => {
    const { requestId: id } = readContext(options.context);
    if (id) request.headers.set(header, id);
  };

/** Marks the call as retried: an attempt before this one may have reached the server and lost its answer. */
const noteRetry: BeforeRetryHook = ({ options }) => {
  const { attempts } = readContext(options.context);
  if (attempts) attempts.retried = true;
};

const csrfHeader =
  ({ cookie, header }: CsrfOptions): BeforeRequestHook =>
  ({ request }) => {
    if (!UNSAFE_METHODS.has(request.method)) return;
    const token = readCookie(cookie);
    if (token) request.headers.set(header, token);
  };

/**
 * fetch, resolving once the whole body has arrived. ky's per-attempt timeout and its retries cover
 * only the `fetch` call, so reading the body inside it puts a body that stalls under the timeout,
 * and one that breaks off under the retries as a network error. A body that breaks off rejects
 * with a `TypeError` whose message differs by runtime and ky knows only some of them (Node's
 * `terminated`, Chromium's `Failed to fetch`, not Firefox's), so every failed read becomes ky's
 * `NetworkError` here. A read cut by an abort becomes one too; the transport reports the abort.
 * Each attempt ends with `observe(request, status, started)`: status 0 when no whole answer came.
 */
const fetchWholeBody =
  (fetchFunction: typeof fetch | undefined, observe: ExchangeObserver): typeof fetch =>
  async (input, init) => {
    // ky always passes a Request.
    const request = input as Request;
    const started = performance.now();
    let status = 0;
    try {
      const response = await (fetchFunction ?? fetch)(input, init);
      const text = await response.text().catch(() => {
        throw new NetworkError(request);
      });
      status = response.status;
      // An empty body is given as none: `204` and `304` responses must not have one.
      return new Response(text || null, response);
    } finally {
      observe(request, status, started);
    }
  };

/** Told of every attempt as it ends: the request sent, the status answered (0 for none) and when it started (`performance.now()`). */
export type ExchangeObserver = (request: Request, status: number, started: number) => void;

/**
 * The ky instance every request goes through: credentials, per-attempt timeout (the body
 * included), the retry policy, and the hooks that add the bearer token, the `Idempotency-Key` and
 * the CSRF header, and the request id every attempt carries, each of which `observe` hears of.
 */
export function createHttp(options: ResolvedOptions, observe: ExchangeObserver): KyInstance {
  const beforeRequest = [authorize, idempotencyKey, requestId(options.requestIdHeader)];
  if (options.csrf) beforeRequest.push(csrfHeader(options.csrf));
  return ky.create({
    credentials: options.credentials,
    timeout: options.timeout,
    retry: kyRetryOptions(options),
    headers: { Accept: 'application/json' },
    hooks: { beforeRequest, beforeRetry: [noteRetry] },
    fetch: fetchWholeBody(options.fetch, observe),
  });
}
