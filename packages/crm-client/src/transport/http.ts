import ky, { NetworkError } from 'ky';
import type { BeforeRequestHook, BeforeRetryHook, KyInstance } from 'ky';
import type { ResolvedOptions } from '../options.js';
import { readCookie, UNSAFE_METHODS } from './csrf.js';
import { kyRetryOptions } from './retry.js';

const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/**
 * What the transport knows of one call and the hook puts on its request. It travels in ky's
 * `context` because `beforeRequest` hooks run once per call, before ky's first attempt: whatever
 * they set is repeated by every retry ky makes of that call. The transport builds it once per
 * call and ky copies it (shallowly) for the hooks.
 */
// A type, not an interface, so it is assignable to ky's `context` (a `Record<string, unknown>`).
export type RequestContext = {
  token?: string | null | undefined;
  idempotencyKey?: string | undefined;
  /** The call's id, sent on each of its attempts for the host's access log. */
  requestId?: string | undefined;
  /**
   * Set once ky repeats an attempt of the call. An object, because ky copies the context: the
   * copies share it, so the transport reads after the call what the hooks wrote during it.
   */
  attempts?: { retried: boolean };
};

const readContext = (context: Record<string, unknown>): RequestContext => context;

/** The text each answer's body was read into, by the answer ky was handed. */
const bodies = new WeakMap<Response, string>();

/**
 * The body of an answer that went through the client's `fetch`, as text (`''` for none). That
 * `fetch` reads every body, once, so the answer ky hands back has a used body: its text is here.
 */
export const bodyText = (response: Response): string => bodies.get(response) ?? '';

/**
 * Every header the client adds, in one hook so a call costs one hook run: `Accept`, the bearer
 * token, the `Idempotency-Key`, the request id, and the CSRF token on the methods that change state.
 */
const addHeaders =
  ({ csrf, requestIdHeader }: ResolvedOptions): BeforeRequestHook =>
  ({ request: { headers, method }, options }) => {
    const { token, idempotencyKey, requestId } = readContext(options.context);
    headers.set('Accept', 'application/json');
    if (token) headers.set('Authorization', `Bearer ${token}`);
    if (idempotencyKey) headers.set(IDEMPOTENCY_HEADER, idempotencyKey);
    if (requestId) headers.set(requestIdHeader, requestId);
    if (!csrf || !UNSAFE_METHODS.has(method)) return;
    const csrfToken = readCookie(csrf.cookie);
    if (csrfToken) headers.set(csrf.header, csrfToken);
  };

/** Marks the call as retried: an attempt before this one may have reached the server and lost its answer. */
const noteRetry: BeforeRetryHook = ({ options }) => {
  const { attempts } = readContext(options.context);
  if (attempts) attempts.retried = true;
};

/**
 * fetch, resolving once the whole body has arrived. ky's per-attempt timeout and its retries cover
 * only the `fetch` call, so reading the body inside it puts a body that stalls under the timeout,
 * and one that breaks off under the retries as a network error. A body that breaks off rejects
 * with a `TypeError` whose message differs by runtime and ky knows only some of them (Node's
 * `terminated`, Chromium's `Failed to fetch`, not Firefox's), so every failed read becomes ky's
 * `NetworkError` here. A read cut by an abort becomes one too; the transport reports the abort.
 * The text is kept for {@link bodyText} and ky gets the answer itself, its body used: nothing reads
 * it twice or copies it into a new `Response`. (ky's own read of an error body finds it used and
 * gives up quietly; the transport's errors read the kept text.)
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
      // The global `fetch` is looked up per call: test tools and instrumentation replace it after the client exists.
      const response = await (fetchFunction ?? fetch)(request, init);
      const text = await response.text().catch(() => {
        throw new NetworkError(request);
      });
      bodies.set(response, text);
      status = response.status;
      return response;
    } finally {
      observe(request, status, started);
    }
  };

/** Told of every attempt as it ends: the request sent, the status answered (0 for none) and when it started (`performance.now()`). */
export type ExchangeObserver = (request: Request, status: number, started: number) => void;

/**
 * The ky instance every request goes through: credentials, per-attempt timeout (the body
 * included), the retry policy, and the hook that adds the bearer token, the `Idempotency-Key`, the
 * CSRF header and the request id every attempt carries, each attempt of which `observe` hears of.
 * ky merges these defaults into every call's options, so they are kept to what every call needs,
 * and a call adds only its method, body, signal and context.
 */
export function createHttp(options: ResolvedOptions, observe: ExchangeObserver): KyInstance {
  return ky.create({
    credentials: options.credentials,
    timeout: options.timeout,
    retry: kyRetryOptions(options),
    hooks: { beforeRequest: [addHeaders(options)], beforeRetry: [noteRetry] },
    fetch: fetchWholeBody(options.fetch, observe),
  });
}
