import { CrmError } from './crm-error.js';

/** One reason a response was rejected: where in the body, and what was expected there. */
export interface ValidationIssue {
  path: (string | number)[];
  message: string;
  code: string;
}

/** Formats an issue's path as `data.3.email`, or `(body)` for the body itself. */
const formatPath = (path: ValidationIssue['path']) => (path.length ? path.join('.') : '(body)');

/**
 * A 2xx response whose body is not what the contract promises (missing or mistyped fields, or no
 * JSON at all). It names the resource and the field paths, never the values found there.
 */
export class ResponseValidationError extends CrmError {
  readonly kind = 'validation' as const;
  /** The resource whose response failed, e.g. `'leads'`. */
  readonly resource: string;
  readonly issues: ValidationIssue[];

  constructor(resource: string, issues: ValidationIssue[], method: string, path: string) {
    const paths = [...new Set(issues.map((issue) => formatPath(issue.path)))];
    super(`invalid ${resource} response at ${paths.join(', ')}`, method, path);
    this.name = 'ResponseValidationError';
    this.resource = resource;
    this.issues = issues;
  }
}
