import { CrmActivityTimeline } from './crm-activity-timeline.component.js';

export { CrmActivityTimeline };

CrmActivityTimeline.define('crm-activity-timeline');

declare global {
  interface HTMLElementTagNameMap {
    'crm-activity-timeline': CrmActivityTimeline;
  }
}
