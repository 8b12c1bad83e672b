import type { AbortError } from './abort-error.js';
import { CrmError } from './crm-error.js';
import type { HttpError } from './http-error.js';
import type { NetworkError } from './network-error.js';
import type { ResponseValidationError } from './response-validation-error.js';
import type { TimeoutError } from './timeout-error.js';

/**
 * Whether `error` is one the client threw for a request.
 * @example
 * try { await client.leads.get(7); } catch (error) { if (isCrmError(error)) show(error.kind); }
 */
export const isCrmError = (error: unknown): error is CrmError => error instanceof CrmError;

/**
 * Whether `error` is an HTTP error, optionally with the given status.
 * @example
 * if (isHttpError(error, 422)) form.showErrors(error.fieldErrors);
 */
export const isHttpError = (error: unknown, status?: number): error is HttpError =>
  isCrmError(error) && error.kind === 'http' && (status === undefined || (error as HttpError).status === status);

/**
 * Whether `error` is a rejected response body.
 * @example
 * if (isResponseValidationError(error)) report(error.resource, error.issues);
 */
export const isResponseValidationError = (error: unknown): error is ResponseValidationError =>
  isCrmError(error) && error.kind === 'validation';

/**
 * Whether no response arrived.
 * @example
 * if (isNetworkError(error)) showOfflineBanner();
 */
export const isNetworkError = (error: unknown): error is NetworkError => isCrmError(error) && error.kind === 'network';

/**
 * Whether an attempt timed out.
 * @example
 * if (isTimeoutError(error)) offerRetry();
 */
export const isTimeoutError = (error: unknown): error is TimeoutError => isCrmError(error) && error.kind === 'timeout';

/**
 * Whether the caller aborted; usually nothing to show.
 * @example
 * if (isAbortError(error)) return;
 */
export const isAbortError = (error: unknown): error is AbortError => isCrmError(error) && error.kind === 'abort';

/**
 * Whether a write that failed may still have happened: no answer came (network failure, timeout),
 * the answer could not be read (a `ResponseValidationError`), or the server timed out or failed
 * (`408`, `5xx`). Send a create again with the same `idempotencyKey`, so the server can tell it is
 * the same one, and tell the user it may have been saved.
 * @example
 * try {
 *   await client.leads.create(input, { idempotencyKey });
 * } catch (error) {
 *   if (isOutcomeUnknown(error)) say('The lead may have been saved. Try again to make sure.');
 * }
 */
export const isOutcomeUnknown = (error: unknown): boolean =>
  isNetworkError(error) ||
  isTimeoutError(error) ||
  isResponseValidationError(error) ||
  (isHttpError(error) && (error.status === 408 || error.status >= 500));
