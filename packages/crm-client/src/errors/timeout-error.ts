import { CrmError } from './crm-error.js';

/** An attempt got no complete response, body included, within the client's `timeout`. */
export class TimeoutError extends CrmError {
  readonly kind = 'timeout' as const;
  /** The per-attempt limit that was exceeded, in milliseconds. */
  readonly timeout: number;

  constructor(method: string, path: string, timeout: number) {
    super(`no response within ${timeout} ms`, method, path);
    this.name = 'TimeoutError';
    this.timeout = timeout;
  }
}
