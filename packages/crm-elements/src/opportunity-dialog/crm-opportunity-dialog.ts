import { CrmOpportunityDialog } from './crm-opportunity-dialog.component.js';

export { CrmOpportunityDialog };
export type { OpportunityDialogOpenOptions } from './crm-opportunity-dialog.component.js';

// The dialog registers `<crm-opportunity-form>` itself, with the first opening.
CrmOpportunityDialog.define('crm-opportunity-dialog');

declare global {
  interface HTMLElementTagNameMap {
    'crm-opportunity-dialog': CrmOpportunityDialog;
  }
}
