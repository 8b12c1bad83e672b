import type { Contact, CrmError, Lead } from '@mindbrite/crm-client';

/** The quick actions the dashboard offers. */
export type CrmQuickAction = 'new-lead' | 'new-contact' | 'new-opportunity' | 'schedule-follow-up';

/** What a failed operation was doing, so a host can decide how to react to `crm-error`. */
export type CrmOperation = 'load' | 'create' | 'update' | 'delete' | 'convert' | 'bulk-delete' | 'bulk-update' | 'export';

/** The `detail` of every event our elements fire. Event names are public API. */
export interface CrmEventDetailMap {
  'crm-lead-created': { lead: Lead };
  'crm-lead-updated': { lead: Lead };
  'crm-lead-deleted': { ids: number[] };
  'crm-lead-converted': { lead: Lead; contact: Contact };
  'crm-lead-select': { lead: Lead };
  'crm-quick-action': { action: CrmQuickAction };
  'crm-error': { error: CrmError; operation: CrmOperation };
  'crm-cancel': Record<string, never>;
  'crm-open-record': { resource: 'leads' | 'contacts'; id: number };
}

export type CrmEventName = keyof CrmEventDetailMap;

declare global {
  interface HTMLElementEventMap {
    'crm-lead-created': CustomEvent<CrmEventDetailMap['crm-lead-created']>;
    'crm-lead-updated': CustomEvent<CrmEventDetailMap['crm-lead-updated']>;
    'crm-lead-deleted': CustomEvent<CrmEventDetailMap['crm-lead-deleted']>;
    'crm-lead-converted': CustomEvent<CrmEventDetailMap['crm-lead-converted']>;
    'crm-lead-select': CustomEvent<CrmEventDetailMap['crm-lead-select']>;
    'crm-quick-action': CustomEvent<CrmEventDetailMap['crm-quick-action']>;
    'crm-error': CustomEvent<CrmEventDetailMap['crm-error']>;
    'crm-cancel': CustomEvent<CrmEventDetailMap['crm-cancel']>;
    'crm-open-record': CustomEvent<CrmEventDetailMap['crm-open-record']>;
  }
}
