import { createComponent } from '@lit/react';
import * as React from 'react';
import { CrmOpportunityDialog as CrmOpportunityDialogElement } from '../opportunity-dialog/crm-opportunity-dialog.js';
import { reactEvents } from './events.js';

/**
 * `<crm-opportunity-dialog>` for React, with its events as props.
 *
 * @example
 * <CrmOpportunityDialog ref={dialog} onCrmOpportunityCreated={(event) => show(event.detail.opportunity.id)} />
 */
export const CrmOpportunityDialog = createComponent({
  react: React,
  tagName: 'crm-opportunity-dialog',
  elementClass: CrmOpportunityDialogElement,
  displayName: 'CrmOpportunityDialog',
  events: reactEvents('crm-opportunity-created', 'crm-opportunity-updated', 'crm-cancel', 'crm-error'),
});
