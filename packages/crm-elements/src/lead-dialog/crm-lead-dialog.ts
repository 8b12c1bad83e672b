import { CrmLeadDialog } from './crm-lead-dialog.component.js';

export { CrmLeadDialog };
export type { LeadDialogOpenOptions } from './crm-lead-dialog.component.js';

// The dialog registers `<crm-lead-form>` itself, with the first opening.
CrmLeadDialog.define('crm-lead-dialog');

declare global {
  interface HTMLElementTagNameMap {
    'crm-lead-dialog': CrmLeadDialog;
  }
}
