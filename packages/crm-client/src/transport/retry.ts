import type { RetryOptions as KyRetryOptions } from 'ky';
import { isHTTPError } from 'ky';
import type { ResolvedOptions } from '../options.js';

/** `408`, `429` and every `5xx`: the statuses where trying again can succeed. */
export const RETRY_STATUSES = [408, 429, ...Array.from({ length: 100 }, (_, index) => 500 + index)];

/**
 * Reads `Retry-After` (delay seconds or an HTTP date) as milliseconds from `now`;
 * `undefined` when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The retry policy in ky's terms. ky already does what the contract asks, so it is used rather
 * than a loop of our own: per-attempt timeouts, `Retry-After` in both forms (on every listed
 * status, without jitter), exponential backoff capped by `backoffLimit`, and backoff waits that
 * the caller's `AbortSignal` cuts short. `POST` is listed because every `POST` this client sends
 * carries an `Idempotency-Key`, set once before ky's first attempt, so each retry repeats it. Two
 * additions of ours: "equal jitter" (half the delay fixed, half random) so concurrent clients
 * spread out while the wait keeps a known lower bound, and giving up at once when the server asks
 * for a wait longer than `maxRetryAfter` (ky would wait `maxRetryAfter` and try anyway).
 */
export function kyRetryOptions({ retry }: ResolvedOptions): KyRetryOptions {
  return {
    limit: retry.limit,
    // A PATCH, like a PUT, sets fields to the values it carries: sent twice, it changes nothing more.
    methods: ['get', 'put', 'patch', 'delete', 'post'],
    statusCodes: RETRY_STATUSES,
    afterStatusCodes: RETRY_STATUSES,
    maxRetryAfter: retry.maxRetryAfter,
    backoffLimit: retry.backoffLimit,
    delay: (attempt) => retry.delay * 2 ** (attempt - 1),
    jitter: (delay) => delay / 2 + (Math.random() * delay) / 2,
    // A timed-out attempt is a network failure as far as the contract goes; each retry gets its own timeout.
    retryOnTimeout: true,
    shouldRetry: ({ error }) => {
      if (!isHTTPError(error)) return undefined;
      const retryAfter = parseRetryAfter(error.response.headers.get('Retry-After'));
      return retryAfter !== undefined && retryAfter > retry.maxRetryAfter ? false : undefined;
    },
  };
}
