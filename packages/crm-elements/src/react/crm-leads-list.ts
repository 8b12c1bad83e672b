import { createComponent } from '@lit/react';
import * as React from 'react';
import { CrmLeadsList as CrmLeadsListElement } from '../leads-list/crm-leads-list.js';
import { reactEvents } from './events.js';

/**
 * `<crm-leads-list>` for React, with its events as props. A host that shows a lead its own way
 * cancels `crm-lead-select`, and the list's own view of the lead stays closed.
 *
 * @example
 * <CrmLeadsList status="new" pageSize={50} onCrmLeadSelect={(event) => { event.preventDefault(); showLead(event.detail.lead.id); }} />
 */
export const CrmLeadsList = createComponent({
  react: React,
  tagName: 'crm-leads-list',
  elementClass: CrmLeadsListElement,
  displayName: 'CrmLeadsList',
  events: reactEvents(
    'crm-lead-select',
    'crm-lead-deleted',
    'crm-lead-converted',
    'crm-lead-updated',
    'crm-schedule-follow-up',
    'crm-follow-up-created',
    'crm-cancel',
    'crm-open-record',
    'crm-error',
    'crm-warning',
  ),
});
