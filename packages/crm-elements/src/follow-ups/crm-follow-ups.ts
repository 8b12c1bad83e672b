import { CrmFollowUps } from './crm-follow-ups.component.js';

export { CrmFollowUps };

CrmFollowUps.define('crm-follow-ups');

declare global {
  interface HTMLElementTagNameMap {
    'crm-follow-ups': CrmFollowUps;
  }
}
