import { createComponent } from '@lit/react';
import * as React from 'react';
import { CrmLeadDialog as CrmLeadDialogElement } from '../lead-dialog/crm-lead-dialog.js';
import { reactEvents } from './events.js';

/**
 * `<crm-lead-dialog>` for React; open it through a ref (`ref.current.open({ leadId })`).
 *
 * @example
 * const dialog = useRef<CrmLeadDialogElement>(null);
 * <CrmLeadDialog ref={dialog} onCrmLeadCreated={(event) => select(event.detail.lead)} />
 */
export const CrmLeadDialog = createComponent({
  react: React,
  tagName: 'crm-lead-dialog',
  elementClass: CrmLeadDialogElement,
  displayName: 'CrmLeadDialog',
  events: reactEvents('crm-lead-created', 'crm-lead-updated', 'crm-open-record', 'crm-error', 'crm-cancel'),
});
