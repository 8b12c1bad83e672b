import { createComponent } from '@lit/react';
import * as React from 'react';
import { CrmContactDialog as CrmContactDialogElement } from '../contact-dialog/crm-contact-dialog.js';
import { reactEvents } from './events.js';

/**
 * `<crm-contact-dialog>` for React; open it through a ref (`ref.current.open({ contactId })`).
 *
 * @example
 * const dialog = useRef<CrmContactDialogElement>(null);
 * <CrmContactDialog ref={dialog} onCrmOpportunitySelect={(event) => showOpportunity(event.detail.opportunity.id)} />
 */
export const CrmContactDialog = createComponent({
  react: React,
  tagName: 'crm-contact-dialog',
  elementClass: CrmContactDialogElement,
  displayName: 'CrmContactDialog',
  events: reactEvents(
    'crm-contact-created',
    'crm-contact-updated',
    'crm-open-record',
    'crm-opportunity-select',
    'crm-follow-up-select',
    'crm-follow-up-created',
    'crm-error',
    'crm-warning',
    'crm-cancel',
  ),
});
