import { createComponent } from '@lit/react';
import * as React from 'react';
import { CrmProvider as CrmProviderElement } from '../provider/crm-provider.js';

/**
 * `<crm-provider>` for React: one shared CRM client for every widget inside it.
 *
 * @example
 * <CrmProvider client={createCrmClient({ getToken })}><CrmDashboard /></CrmProvider>
 */
export const CrmProvider = createComponent({
  react: React,
  tagName: 'crm-provider',
  elementClass: CrmProviderElement,
  displayName: 'CrmProvider',
});
