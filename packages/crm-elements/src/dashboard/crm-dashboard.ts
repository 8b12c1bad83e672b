import { CrmDashboard } from './crm-dashboard.component.js';

export { CrmDashboard };

CrmDashboard.define('crm-dashboard');

declare global {
  interface HTMLElementTagNameMap {
    'crm-dashboard': CrmDashboard;
  }
}
