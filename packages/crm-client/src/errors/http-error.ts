import type { CrmPathName } from '../adapter.js';
import { CrmError } from './crm-error.js';

export interface HttpErrorDetails {
  status: number;
  statusText: string;
  serverMessage?: string;
  fieldErrors?: Record<string, string[]>;
  retryAfter?: number;
  resource?: CrmPathName | undefined;
}

/**
 * The server answered with a non-2xx status. `serverMessage` and `fieldErrors` keep what the
 * server said for code that knows it is safe to show. What the server said may quote patient data,
 * so it is never part of `message`, and both are own properties that are not enumerable:
 * `console.error(error)`, `JSON.stringify` and error reporters leave them out.
 */
export class HttpError extends CrmError {
  readonly kind = 'http' as const;
  readonly status: number;
  readonly statusText: string;
  /** The `message` of the server's error body, when it sent one. */
  declare readonly serverMessage: string | undefined;
  /** Messages per field from a `422` body's `errors` (empty when there are none). */
  declare readonly fieldErrors: Record<string, string[]>;
  /** How long the server asked to wait before trying again (`Retry-After`), in milliseconds. */
  readonly retryAfter: number | undefined;
  /** The collection (or `statistics`) the request was for, where known: which a `403` refuses. */
  readonly resource: CrmPathName | undefined;

  constructor(method: string, path: string, details: HttpErrorDetails) {
    const fieldErrors = details.fieldErrors ?? {};
    const fields = Object.keys(fieldErrors);
    const suffix = fields.length ? ` (invalid fields: ${fields.join(', ')})` : '';
    super(`HTTP ${details.status}${details.statusText ? ` ${details.statusText}` : ''}${suffix}`, method, path);
    this.name = 'HttpError';
    this.status = details.status;
    this.statusText = details.statusText;
    Object.defineProperties(this, { serverMessage: { value: details.serverMessage }, fieldErrors: { value: fieldErrors } });
    this.retryAfter = details.retryAfter;
    this.resource = details.resource;
  }
}
