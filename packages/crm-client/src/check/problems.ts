import { CrmError, HttpError, ResponseValidationError } from '../index.js';
import type { Problem } from './report.js';

/** What an HTTP status most likely means for the check, so its report says what to look at. */
function statusHint(status: number, collectionPath: boolean): string {
  if (status === 401 || status === 403) return ': is the token in CRM_TOKEN valid for this API?';
  if (status === 404 && collectionPath) return ': is the path right? Set it under `paths` in the adapter.';
  if (status === 405) return ': the backend does not take this method here.';
  return '';
}

/**
 * A failed request as a report names it: by the error's kind, status, method and path, never by
 * its message, which for some errors could quote what the server sent. `collectionPath`: the
 * request went to a collection's (or the statistics') own path, where a 404 means a wrong path.
 * @example
 * requestProblem('list leads', error, { collectionPath: true }); // { code: 'http_error', status: 404, message: 'list leads: HTTP 404: is the path right? …' }
 */
export function requestProblem(operation: string, error: unknown, { collectionPath = false } = {}): Problem {
  if (!(error instanceof CrmError)) {
    const name = error instanceof Error ? error.name : typeof error;
    return { severity: 'failure', code: 'unexpected_error', message: `${operation}: ${name} thrown (in the adapter's own functions?)` };
  }
  const { method, path } = error;
  if (error instanceof HttpError) {
    const message = `${operation}: HTTP ${error.status}${statusHint(error.status, collectionPath)}`;
    return { severity: 'failure', code: 'http_error', message, method, path, status: error.status };
  }
  if (error instanceof ResponseValidationError) {
    const empty = error.issues.some((issue) => issue.code === 'empty_body');
    return { severity: 'failure', code: 'unreadable_body', message: `${operation}: the body is ${empty ? 'empty' : 'not JSON'}`, method, path };
  }
  return { severity: 'failure', code: 'no_answer', message: `${operation}: no answer (${error.kind})`, method, path };
}
