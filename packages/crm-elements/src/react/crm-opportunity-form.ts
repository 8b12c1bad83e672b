import { createComponent } from '@lit/react';
import * as React from 'react';
import { CrmOpportunityForm as CrmOpportunityFormElement } from '../opportunity-form/crm-opportunity-form.js';
import { reactEvents } from './events.js';

/**
 * `<crm-opportunity-form>` for React, with its events as props.
 *
 * @example
 * <CrmOpportunityForm contactId={42} onCrmOpportunityCreated={(event) => show(event.detail.opportunity.id)} />
 */
export const CrmOpportunityForm = createComponent({
  react: React,
  tagName: 'crm-opportunity-form',
  elementClass: CrmOpportunityFormElement,
  displayName: 'CrmOpportunityForm',
  events: reactEvents('crm-opportunity-created', 'crm-opportunity-updated', 'crm-cancel', 'crm-error'),
});
