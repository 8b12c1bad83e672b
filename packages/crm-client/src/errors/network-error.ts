import { CrmError } from './crm-error.js';

/** No response arrived: offline, DNS, connection refused or reset, CORS. The cause is kept. */
export class NetworkError extends CrmError {
  readonly kind = 'network' as const;

  constructor(method: string, path: string, options?: ErrorOptions) {
    super('network failure, no response received', method, path, options);
    this.name = 'NetworkError';
  }
}
