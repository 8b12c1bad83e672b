import { createComponent } from '@lit/react';
import * as React from 'react';
import { CrmContactForm as CrmContactFormElement } from '../contact-form/crm-contact-form.js';
import { reactEvents } from './events.js';

/**
 * `<crm-contact-form>` for React, with its events as props.
 *
 * @example
 * <CrmContactForm contactId={7} onCrmContactUpdated={(event) => refresh(event.detail.contact)} />
 */
export const CrmContactForm = createComponent({
  react: React,
  tagName: 'crm-contact-form',
  elementClass: CrmContactFormElement,
  displayName: 'CrmContactForm',
  events: reactEvents('crm-contact-created', 'crm-contact-updated', 'crm-open-record', 'crm-error', 'crm-cancel'),
});
