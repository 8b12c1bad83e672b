import { createComponent } from '@lit/react';
import * as React from 'react';
import { CrmLeadForm as CrmLeadFormElement } from '../lead-form/crm-lead-form.js';
import { reactEvents } from './events.js';

/**
 * `<crm-lead-form>` for React, with its events as props.
 *
 * @example
 * <CrmLeadForm leadId={42} onCrmLeadUpdated={(event) => toast(`Saved ${event.detail.lead.first_name}`)} />
 */
export const CrmLeadForm = createComponent({
  react: React,
  tagName: 'crm-lead-form',
  elementClass: CrmLeadFormElement,
  displayName: 'CrmLeadForm',
  events: reactEvents('crm-lead-created', 'crm-lead-updated', 'crm-cancel', 'crm-open-record', 'crm-error'),
});
