import { CrmFollowUpForm } from './crm-follow-up-form.component.js';

export { CrmFollowUpForm };

CrmFollowUpForm.define('crm-follow-up-form');

declare global {
  interface HTMLElementTagNameMap {
    'crm-follow-up-form': CrmFollowUpForm;
  }
}
