import type { CrmAdapter } from './adapter.js';

/** Where the client reads a CSRF token and which header carries it back. */
export interface CsrfOptions {
  /** Name of the cookie holding the token, e.g. `'XSRF-TOKEN'`. */
  cookie: string;
  /** Name of the request header that echoes it, e.g. `'X-XSRF-TOKEN'`. */
  header: string;
}

/**
 * When and how often a failed attempt is repeated. `GET`, `PUT` and `DELETE` are retried on network
 * failure, timeout, `408`, `429` and `5xx`; a `POST` too, because it always carries its
 * `Idempotency-Key`. No other `4xx` is ever retried.
 */
export interface RetryOptions {
  /** Retries after the first attempt (so `2` means at most 3 attempts). Default `2`; `0` disables. */
  limit?: number;
  /** Delay before the first retry in ms; each further retry doubles it. Default `300`. */
  delay?: number;
  /** Upper bound of any computed backoff delay in ms. Default `10_000`. */
  backoffLimit?: number;
  /**
   * The longest `Retry-After` the client waits for, in ms. A server asking for longer gets no
   * retry: the `HttpError` is thrown at once with its `retryAfter`, so the UI can say when.
   * Default `60_000`.
   */
  maxRetryAfter?: number;
}

/** Options of {@link createCrmClient}. Every option is optional. */
export interface CrmClientOptions {
  /**
   * Base URL of the CRM API. Relative URLs resolve against the page (in Node, pass an absolute URL).
   * Default `'/api/crm'`.
   */
  baseUrl?: string;
  /**
   * Supplies the bearer token sent as `Authorization: Bearer <token>`: called once per call (its
   * retries reuse the token) and again after `onUnauthorized`. Return `null` to send none (cookie
   * sessions). Default: no `Authorization` header.
   */
  getToken?: () => string | null | undefined | Promise<string | null | undefined>;
  /**
   * Called on a `401` (e.g. to refresh the token); concurrent `401`s share one call. Each request
   * that got the `401` is then retried once. If it throws or rejects, the requests fail with the
   * `401`, and the next `401` calls it again.
   * Default: none, a `401` is thrown as an `HttpError`.
   */
  onUnauthorized?: () => void | Promise<void>;
  /** `fetch`'s credentials mode; `'include'` sends cookies cross-origin. Default `'same-origin'`. */
  credentials?: RequestCredentials;
  /**
   * Reads a CSRF token from a cookie and sends it in a header on `POST`, `PUT` and `DELETE`.
   * Default: none.
   */
  csrf?: CsrfOptions;
  /**
   * Per-attempt timeout in ms, until the whole body has arrived (each retry gets its own, cut short
   * by `totalTimeout`). Default `15_000`.
   */
  timeout?: number;
  /**
   * Time limit of one call in ms, across all its attempts and the waits between them; when it is
   * reached the call fails with a `TimeoutError` whose `scope` is `'total'`. Default `20_000`.
   */
  totalTimeout?: number;
  /** The retry policy; see {@link RetryOptions} for each default. */
  retry?: RetryOptions;
  /** A `fetch` implementation to use instead of the global one (instrumentation, SSR). Default `globalThis.fetch`. */
  fetch?: typeof fetch;
  /**
   * `'strict'` parses every response with the model's schema and throws a `ResponseValidationError`
   * naming the field paths when it does not fit; `'off'` passes bodies through unchecked (list
   * envelopes are still read by the adapter). Default `'strict'`.
   */
  validation?: 'strict' | 'off';
  /**
   * The header that carries each call's id (a UUID, the same on its retries), which the `exchange`
   * event reports too, so the host's access log and the server's can be matched. Default `X-Request-Id`.
   */
  requestIdHeader?: string;
  /** How a backend that differs from the contract names its paths and parameters, reads its lists, changes and shapes its records. */
  adapter?: CrmAdapter;
  /**
   * Relays `change` events between the tabs of this origin whose clients use the same `baseUrl`
   * (over a `BroadcastChannel`), so every tab's widgets refresh when a record changes in one. Only
   * the resource, action and id cross, never a record's fields; the other tabs' changes arrive with
   * `remote: true`. `false` neither sends nor listens. Default `true` (where the platform has
   * `BroadcastChannel`).
   */
  syncTabs?: boolean;
}

/** Options with every default applied. */
export interface ResolvedOptions {
  getToken: NonNullable<CrmClientOptions['getToken']> | undefined;
  onUnauthorized: NonNullable<CrmClientOptions['onUnauthorized']> | undefined;
  credentials: RequestCredentials;
  csrf: CsrfOptions | undefined;
  timeout: number;
  totalTimeout: number;
  retry: Required<RetryOptions>;
  fetch: typeof fetch | undefined;
  validation: 'strict' | 'off';
  requestIdHeader: string;
}

export const DEFAULT_BASE_URL = '/api/crm';
export const DEFAULT_TIMEOUT = 15_000;
export const DEFAULT_TOTAL_TIMEOUT = 20_000;
export const DEFAULT_RETRY: Required<RetryOptions> = {
  limit: 2,
  delay: 300,
  backoffLimit: 10_000,
  maxRetryAfter: 60_000,
};

/** Applies the defaults documented on {@link CrmClientOptions}. */
export function resolveOptions(options: CrmClientOptions): ResolvedOptions {
  return {
    getToken: options.getToken,
    onUnauthorized: options.onUnauthorized,
    credentials: options.credentials ?? 'same-origin',
    csrf: options.csrf,
    timeout: options.timeout ?? DEFAULT_TIMEOUT,
    totalTimeout: options.totalTimeout ?? DEFAULT_TOTAL_TIMEOUT,
    retry: {
      limit: options.retry?.limit ?? DEFAULT_RETRY.limit,
      delay: options.retry?.delay ?? DEFAULT_RETRY.delay,
      backoffLimit: options.retry?.backoffLimit ?? DEFAULT_RETRY.backoffLimit,
      maxRetryAfter: options.retry?.maxRetryAfter ?? DEFAULT_RETRY.maxRetryAfter,
    },
    fetch: options.fetch,
    validation: options.validation ?? 'strict',
    requestIdHeader: options.requestIdHeader ?? 'X-Request-Id',
  };
}
