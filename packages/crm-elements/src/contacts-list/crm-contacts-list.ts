import { CrmContactsList } from './crm-contacts-list.component.js';

export { CrmContactsList };

CrmContactsList.define('crm-contacts-list');

declare global {
  interface HTMLElementTagNameMap {
    'crm-contacts-list': CrmContactsList;
  }
}
