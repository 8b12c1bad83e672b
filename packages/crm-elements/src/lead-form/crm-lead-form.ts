import { CrmLeadForm } from './crm-lead-form.component.js';

export { CrmLeadForm };

CrmLeadForm.define('crm-lead-form');

declare global {
  interface HTMLElementTagNameMap {
    'crm-lead-form': CrmLeadForm;
  }
}
