import { createComponent } from '@lit/react';
import * as React from 'react';
import { CrmDashboard as CrmDashboardElement } from '../dashboard/crm-dashboard.js';
import { reactEvents } from './events.js';

/**
 * `<crm-dashboard>` for React, with its events as props.
 *
 * @example
 * <CrmDashboard refreshInterval={60} onCrmQuickAction={(event) => openScreen(event.detail.action)} />
 */
export const CrmDashboard = createComponent({
  react: React,
  tagName: 'crm-dashboard',
  elementClass: CrmDashboardElement,
  displayName: 'CrmDashboard',
  events: reactEvents(
    'crm-quick-action',
    'crm-lead-created',
    'crm-contact-created',
    'crm-opportunity-created',
    'crm-follow-up-created',
    'crm-open-record',
    'crm-cancel',
    'crm-error',
  ),
});
