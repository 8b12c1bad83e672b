import { CrmForecast } from './crm-forecast.component.js';

export { CrmForecast };

CrmForecast.define('crm-forecast');

declare global {
  interface HTMLElementTagNameMap {
    'crm-forecast': CrmForecast;
  }
}
