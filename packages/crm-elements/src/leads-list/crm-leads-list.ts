import { CrmLeadsList } from './crm-leads-list.component.js';

export { CrmLeadsList };

CrmLeadsList.define('crm-leads-list');

declare global {
  interface HTMLElementTagNameMap {
    'crm-leads-list': CrmLeadsList;
  }
}
