import { createComponent } from '@lit/react';
import * as React from 'react';
import { CrmContactsList as CrmContactsListElement } from '../contacts-list/crm-contacts-list.js';
import { reactEvents } from './events.js';

/**
 * `<crm-contacts-list>` for React, with its events as props. A host that shows a contact its own
 * way cancels `crm-contact-select`, and the list's own view of the contact stays closed.
 *
 * @example
 * <CrmContactsList status="active" onCrmContactSelect={(event) => { event.preventDefault(); showContact(event.detail.contact.id); }} />
 */
export const CrmContactsList = createComponent({
  react: React,
  tagName: 'crm-contacts-list',
  elementClass: CrmContactsListElement,
  displayName: 'CrmContactsList',
  events: reactEvents(
    'crm-contact-select',
    'crm-schedule-follow-up',
    'crm-follow-up-created',
    'crm-contact-deleted',
    'crm-contact-updated',
    'crm-cancel',
    'crm-open-record',
    'crm-opportunity-select',
    'crm-follow-up-select',
    'crm-error',
    'crm-warning',
  ),
});
