import type { HTTPError } from 'ky';
import type { CrmPathName } from '../adapter.js';
import { isHTTPError, isNetworkError, isTimeoutError } from 'ky';
import { AbortError } from '../errors/abort-error.js';
import { HttpError } from '../errors/http-error.js';
import { NetworkError } from '../errors/network-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { bodyText } from './http.js';
import { parseRetryAfter } from './retry.js';

export interface FailedRequest {
  method: string;
  path: string;
  resource: CrmPathName | undefined;
  timeout: number;
  signal: AbortSignal | undefined;
}

/** An error answer's body as an object when it is a JSON object, `undefined` otherwise. */
function errorBody(text: string): Record<string, unknown> | undefined {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
}

/** Keeps only well-formed `{ field: string[] }` entries: a malformed body must not break the form. */
function readFieldErrors(errors: unknown): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  if (typeof errors !== 'object' || errors === null) return fieldErrors;
  for (const [field, messages] of Object.entries(errors)) {
    const list = (Array.isArray(messages) ? messages : [messages]).filter((message) => typeof message === 'string');
    if (list.length) fieldErrors[field] = list;
  }
  return fieldErrors;
}

function toHttpError(error: HTTPError, { method, path, resource }: FailedRequest): HttpError {
  const { response } = error;
  const body = errorBody(bodyText(response));
  return new HttpError(
    method,
    path,
    {
      status: response.status,
      statusText: response.statusText,
      serverMessage: typeof body?.message === 'string' ? body.message : undefined,
      fieldErrors: readFieldErrors(body?.errors),
      retryAfter: parseRetryAfter(response.headers.get('Retry-After')),
      resource,
    },
  );
}

/**
 * Translates what ky or fetch threw into the client's errors. The caller's abort wins over
 * everything else, because fetch and ky's backoff reject with the signal's reason, whatever it is.
 * ky's error is not kept as `cause`: it holds the URL with its query (search terms), the request
 * body, the headers (the token) and the server's body, all of which loggers print.
 * Errors that are none of these (a host's `getToken` failing, say) are returned unchanged.
 */
export function toCrmError(error: unknown, request: FailedRequest): unknown {
  const { method, path } = request;
  if (request.signal?.aborted) return new AbortError(method, path, { cause: request.signal.reason });
  if (isHTTPError(error)) return toHttpError(error, request);
  if (isTimeoutError(error)) return new TimeoutError(method, path, request.timeout);
  if (isNetworkError(error)) return new NetworkError(method, path);
  return error;
}
