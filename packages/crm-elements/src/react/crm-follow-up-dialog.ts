import { createComponent } from '@lit/react';
import * as React from 'react';
import { CrmFollowUpDialog as CrmFollowUpDialogElement } from '../follow-up-dialog/crm-follow-up-dialog.js';
import { reactEvents } from './events.js';

/**
 * `<crm-follow-up-dialog>` for React, with its events as props.
 *
 * @example
 * <CrmFollowUpDialog ref={dialog} onCrmFollowUpCreated={(event) => show(event.detail.followUp.id)} />
 */
export const CrmFollowUpDialog = createComponent({
  react: React,
  tagName: 'crm-follow-up-dialog',
  elementClass: CrmFollowUpDialogElement,
  displayName: 'CrmFollowUpDialog',
  events: reactEvents('crm-follow-up-created', 'crm-follow-up-updated', 'crm-cancel', 'crm-error'),
});
