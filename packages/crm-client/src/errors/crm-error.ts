/** What went wrong, as a discriminant: switch on `error.kind` instead of chains of `instanceof`. */
export type CrmErrorKind = 'http' | 'validation' | 'network' | 'timeout' | 'abort';

/**
 * The base of every error the client throws for a request. `method` and `path` name the request;
 * `path` never carries the query string, because search terms are patient data. Messages name
 * methods, paths, statuses and field paths, never field values or what the server said.
 */
export abstract class CrmError extends Error {
  abstract readonly kind: CrmErrorKind;
  /** The HTTP method, upper case, e.g. `'GET'`. */
  readonly method: string;
  /** The request's path without query string, e.g. `/api/crm/leads/7`. */
  readonly path: string;

  constructor(message: string, method: string, path: string, options?: ErrorOptions) {
    super(`${method} ${path}: ${message}`, options);
    this.method = method;
    this.path = path;
  }
}
