// Importing the package registers every element; import a `*.component.js` class to register it
// under a name of your own instead.
export { CrmElement } from './base/crm-element.js';
export { defineElement } from './base/define.js';
export { crmClientContext } from './base/client-context.js';
export { crmPermissionsContext, type CrmPermission, type CrmPermissions } from './base/permissions.js';
export { ClientChangesController } from './controllers/client-changes.controller.js';
export { CrmProvider } from './provider/crm-provider.js';
export { commonMessages, describeError } from './messages/index.js';
// setCrmMessages and registerCrmLocale are in `@mindbrite/crm-elements/localize.js`: the lookup of
// other languages loads only for a page that needs it, so an English page importing this carries none.
export type { CrmEnglishMessages, CrmMessages, CrmTranslation } from './localize/types.js';
export type { CrmEventDetailMap, CrmEventName, CrmOperation, CrmQuickAction } from './shared/events.js';
export { CrmLeadForm } from './lead-form/crm-lead-form.js';
export { CrmLeadDialog, type LeadDialogOpenOptions } from './lead-dialog/crm-lead-dialog.js';
export { CrmDashboard } from './dashboard/crm-dashboard.js';
export { CrmLeadsList } from './leads-list/crm-leads-list.js';
export { CrmContactsList } from './contacts-list/crm-contacts-list.js';
export { CrmContactForm } from './contact-form/crm-contact-form.js';
export { CrmContactDialog, type ContactDialogOpenOptions } from './contact-dialog/crm-contact-dialog.js';
export { CrmPipeline } from './pipeline/crm-pipeline.js';
export { CrmForecast } from './forecast/crm-forecast.js';
export { CrmOpportunityForm } from './opportunity-form/crm-opportunity-form.js';
export { CrmOpportunityDialog, type OpportunityDialogOpenOptions } from './opportunity-dialog/crm-opportunity-dialog.js';
export { CrmFollowUps } from './follow-ups/crm-follow-ups.js';
export { CrmFollowUpForm } from './follow-up-form/crm-follow-up-form.js';
export { CrmFollowUpDialog, type FollowUpDialogOpenOptions } from './follow-up-dialog/crm-follow-up-dialog.js';
export { CrmActivityTimeline } from './activity-timeline/crm-activity-timeline.js';
