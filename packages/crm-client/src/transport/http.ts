import ky from 'ky';
import type { BeforeRequestHook, KyInstance } from 'ky';
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
 * and one that breaks off (`TypeError: terminated` in Node) under the retries as a network error.
 */
const fetchWholeBody =
  (fetchFunction: typeof fetch | undefined): typeof fetch =>
  async (input, init) => {
    const response = await (fetchFunction ?? fetch)(input, init);
    // An empty body is given as none: `204` and `304` responses must not have one.
    return new Response((await response.text()) || null, response);
  };

/**
 * The ky instance every request goes through: credentials, per-attempt timeout (the body
 * included), the retry policy, and the hooks that add the bearer token, the `Idempotency-Key` and
 * the CSRF header.
 */
export function createHttp(options: ResolvedOptions): KyInstance {
  const beforeRequest = [authorize, idempotencyKey];
  if (options.csrf) beforeRequest.push(csrfHeader(options.csrf));
  return ky.create({
    credentials: options.credentials,
    timeout: options.timeout,
    retry: kyRetryOptions(options),
    headers: { Accept: 'application/json' },
    hooks: { beforeRequest },
    fetch: fetchWholeBody(options.fetch),
  });
}
