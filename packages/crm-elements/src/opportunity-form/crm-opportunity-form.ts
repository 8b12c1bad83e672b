import { CrmOpportunityForm } from './crm-opportunity-form.component.js';

export { CrmOpportunityForm };

CrmOpportunityForm.define('crm-opportunity-form');

declare global {
  interface HTMLElementTagNameMap {
    'crm-opportunity-form': CrmOpportunityForm;
  }
}
