import { CrmContactDialog } from './crm-contact-dialog.component.js';

export { CrmContactDialog };
export type { ContactDialogOpenOptions } from './crm-contact-dialog.component.js';

// The dialog registers `<crm-contact-form>` itself, with the first opening.
CrmContactDialog.define('crm-contact-dialog');

declare global {
  interface HTMLElementTagNameMap {
    'crm-contact-dialog': CrmContactDialog;
  }
}
