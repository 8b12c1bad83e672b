import { createComponent } from '@lit/react';
import * as React from 'react';
import { CrmFollowUpForm as CrmFollowUpFormElement } from '../follow-up-form/crm-follow-up-form.js';
import { reactEvents } from './events.js';

/**
 * `<crm-follow-up-form>` for React, with its events as props.
 *
 * @example
 * <CrmFollowUpForm contactId={42} onCrmFollowUpCreated={(event) => show(event.detail.followUp.id)} />
 */
export const CrmFollowUpForm = createComponent({
  react: React,
  tagName: 'crm-follow-up-form',
  elementClass: CrmFollowUpFormElement,
  displayName: 'CrmFollowUpForm',
  events: reactEvents('crm-follow-up-created', 'crm-follow-up-updated', 'crm-cancel', 'crm-error'),
});
