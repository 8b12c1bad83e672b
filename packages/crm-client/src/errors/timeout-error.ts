import { CrmError } from './crm-error.js';

/**
 * No complete response, body included, within the client's `timeout` on the last attempt, or the
 * whole call (attempts and waits between them) outlasted `totalTimeout`.
 */
export class TimeoutError extends CrmError {
  readonly kind = 'timeout' as const;
  /** The limit that was exceeded, in milliseconds: `timeout`, or `totalTimeout` when `scope` is `'total'`. */
  readonly timeout: number;
  /** Which limit was exceeded: one attempt's `timeout`, or the call's `totalTimeout`. */
  readonly scope: 'attempt' | 'total';

  constructor(method: string, path: string, timeout: number, scope: 'attempt' | 'total' = 'attempt') {
    super(`no response within ${timeout} ms${scope === 'total' ? ' in all (totalTimeout)' : ''}`, method, path);
    this.name = 'TimeoutError';
    this.timeout = timeout;
    this.scope = scope;
  }
}
