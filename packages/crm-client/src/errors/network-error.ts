import { CrmError } from './crm-error.js';

/**
 * No response arrived, or its body broke off: offline, DNS, connection refused or reset, CORS.
 * What ky and fetch threw is not kept as `cause`: their messages name the URL, query and all.
 */
export class NetworkError extends CrmError {
  readonly kind = 'network' as const;

  constructor(method: string, path: string) {
    super('network failure, no response received', method, path);
    this.name = 'NetworkError';
  }
}
