import { CrmContactForm } from './crm-contact-form.component.js';

export { CrmContactForm };

CrmContactForm.define('crm-contact-form');

declare global {
  interface HTMLElementTagNameMap {
    'crm-contact-form': CrmContactForm;
  }
}
