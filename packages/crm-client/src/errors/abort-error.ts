import { CrmError } from './crm-error.js';

/** The caller's `AbortSignal` fired; `cause` is the signal's reason. */
export class AbortError extends CrmError {
  readonly kind = 'abort' as const;

  constructor(method: string, path: string, options?: ErrorOptions) {
    super('aborted', method, path, options);
    this.name = 'AbortError';
  }
}
