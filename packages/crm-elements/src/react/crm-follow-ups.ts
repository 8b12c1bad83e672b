import { createComponent } from '@lit/react';
import * as React from 'react';
import { CrmFollowUps as CrmFollowUpsElement } from '../follow-ups/crm-follow-ups.js';
import { reactEvents } from './events.js';

/**
 * `<crm-follow-ups>` for React, with its events as props.
 *
 * @example
 * <CrmFollowUps remindBefore={15} onCrmFollowUpDue={(event) => page(event.detail.followUp.id)} />
 */
export const CrmFollowUps = createComponent({
  react: React,
  tagName: 'crm-follow-ups',
  elementClass: CrmFollowUpsElement,
  displayName: 'CrmFollowUps',
  events: reactEvents(
    'crm-follow-up-select',
    'crm-follow-up-created',
    'crm-follow-up-completed',
    'crm-follow-up-updated',
    'crm-follow-up-deleted',
    'crm-follow-up-due',
    'crm-error',
    'crm-warning',
  ),
});
