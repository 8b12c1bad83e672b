import { CrmError } from './crm-error.js';

export interface HttpErrorDetails {
  status: number;
  statusText: string;
  serverMessage?: string;
  fieldErrors?: Record<string, string[]>;
  retryAfter?: number;
}

/**
 * The server answered with a non-2xx status. `serverMessage` keeps what the server said for code
 * that knows it is safe to show, but it is never part of `message`: it may quote patient data.
 */
export class HttpError extends CrmError {
  readonly kind = 'http' as const;
  readonly status: number;
  readonly statusText: string;
  /** The `message` of the server's error body, when it sent one. */
  readonly serverMessage: string | undefined;
  /** Messages per field from a `422` body's `errors` (empty when there are none). */
  readonly fieldErrors: Record<string, string[]>;
  /** How long the server asked to wait before trying again (`Retry-After`), in milliseconds. */
  readonly retryAfter: number | undefined;

  constructor(method: string, path: string, details: HttpErrorDetails) {
    const fieldErrors = details.fieldErrors ?? {};
    const fields = Object.keys(fieldErrors);
    const suffix = fields.length ? ` (invalid fields: ${fields.join(', ')})` : '';
    super(`HTTP ${details.status}${details.statusText ? ` ${details.statusText}` : ''}${suffix}`, method, path);
    this.name = 'HttpError';
    this.status = details.status;
    this.statusText = details.statusText;
    this.serverMessage = details.serverMessage;
    this.fieldErrors = fieldErrors;
    this.retryAfter = details.retryAfter;
  }
}
