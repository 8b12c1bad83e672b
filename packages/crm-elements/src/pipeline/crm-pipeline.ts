import { CrmPipeline } from './crm-pipeline.component.js';

export { CrmPipeline };

CrmPipeline.define('crm-pipeline');

declare global {
  interface HTMLElementTagNameMap {
    'crm-pipeline': CrmPipeline;
  }
}
