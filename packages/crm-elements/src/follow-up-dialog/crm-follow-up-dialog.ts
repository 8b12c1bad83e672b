import { CrmFollowUpDialog } from './crm-follow-up-dialog.component.js';

export { CrmFollowUpDialog };
export type { FollowUpDialogOpenOptions } from './crm-follow-up-dialog.component.js';

// The dialog registers `<crm-follow-up-form>` itself, with the first opening.
CrmFollowUpDialog.define('crm-follow-up-dialog');

declare global {
  interface HTMLElementTagNameMap {
    'crm-follow-up-dialog': CrmFollowUpDialog;
  }
}
