import { defineElement } from '../base/define.js';
import { CrmProvider } from './crm-provider.component.js';

export { CrmProvider };

defineElement('crm-provider', CrmProvider);

declare global {
  interface HTMLElementTagNameMap {
    'crm-provider': CrmProvider;
  }
}
