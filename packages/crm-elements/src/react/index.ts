// `@mindbrite/crm-elements/react`: a React component per element (@lit/react), for React 18 and 19
// hosts. Properties are set as properties (objects such as `client` included) and each element's
// events are `on…` props: `onCrmLeadCreated`, `onCrmLeadSelect`, … Importing this registers the
// elements.
export { CrmDashboard } from './crm-dashboard.js';
export { CrmLeadDialog } from './crm-lead-dialog.js';
export { CrmLeadForm } from './crm-lead-form.js';
export { CrmLeadsList } from './crm-leads-list.js';
export { CrmContactsList } from './crm-contacts-list.js';
export { CrmContactForm } from './crm-contact-form.js';
export { CrmContactDialog } from './crm-contact-dialog.js';
export { CrmPipeline } from './crm-pipeline.js';
export { CrmOpportunityForm } from './crm-opportunity-form.js';
export { CrmOpportunityDialog } from './crm-opportunity-dialog.js';
export { CrmForecast } from './crm-forecast.js';
export { CrmFollowUps } from './crm-follow-ups.js';
export { CrmFollowUpForm } from './crm-follow-up-form.js';
export { CrmFollowUpDialog } from './crm-follow-up-dialog.js';
export { CrmActivityTimeline } from './crm-activity-timeline.js';
export { CrmProvider } from './crm-provider.js';
export type { ReactEventProps } from './events.js';
