import '../lead-form/crm-lead-form.js';
import { CrmLeadDialog } from './crm-lead-dialog.component.js';

export { CrmLeadDialog };
export type { LeadDialogOpenOptions } from './crm-lead-dialog.component.js';

CrmLeadDialog.define('crm-lead-dialog');

declare global {
  interface HTMLElementTagNameMap {
    'crm-lead-dialog': CrmLeadDialog;
  }
}
