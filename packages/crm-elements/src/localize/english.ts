// Every section's English in one table, by section name: what the pseudo-locale is made from and
// what tests compare translations with. Never in an element's first load: it holds every word.
import { commonMessages } from '../messages/common.js';
import { activityTimelineMessages } from '../messages/activity-timeline.js';
import { activityTimelineLogMessages } from '../messages/activity-timeline-log.js';
import { leadSourceLabels } from '../messages/lead-sources.js';
import { leadStatusLabels } from '../messages/lead-statuses.js';
import { contactDialogMessages } from '../messages/contact-dialog.js';
import { contactFormMessages } from '../messages/contact-form.js';
import { contactFormNoteMessages } from '../messages/contact-form-notes.js';
import { contactStatusLabels } from '../messages/contact-statuses.js';
import { contactsListMessages } from '../messages/contacts-list.js';
import { contactsListActionMessages } from '../messages/contacts-list-actions.js';
import { contactsListExportMessages } from '../messages/contacts-list-export.js';
import { dashboardMessages } from '../messages/dashboard.js';
import { dashboardFollowUpMessages } from '../messages/dashboard-follow-ups.js';
import { fieldCheckMessages } from '../messages/field-checks.js';
import { forecastMessages } from '../messages/forecast.js';
import { leadDialogMessages } from '../messages/lead-dialog.js';
import { leadFormMessages } from '../messages/lead-form.js';
import { leadFormNoteMessages } from '../messages/lead-form-notes.js';
import { leadsListMessages } from '../messages/leads-list.js';
import { leadsListActionMessages } from '../messages/leads-list-actions.js';
import { leadsListExportMessages } from '../messages/leads-list-export.js';
import { opportunityDialogMessages } from '../messages/opportunity-dialog.js';
import { opportunityFormMessages } from '../messages/opportunity-form.js';
import { opportunityFormNoteMessages } from '../messages/opportunity-form-notes.js';
import { opportunityFormPickerMessages } from '../messages/opportunity-form-picker.js';
import { followUpDialogMessages } from '../messages/follow-up-dialog.js';
import { followUpFormMessages } from '../messages/follow-up-form.js';
import { followUpFormNoteMessages } from '../messages/follow-up-form-notes.js';
import { followUpTypeLabels } from '../messages/follow-up-types.js';
import { opportunityStageLabels } from '../messages/opportunity-stages.js';
import { recordDialogMessages } from '../messages/record-dialog.js';
import { recordFormMessages } from '../messages/record-form.js';
import { recordFormNoteMessages } from '../messages/record-form-notes.js';
import { recordsListMessages } from '../messages/records-list.js';
import { recordsListActionMessages } from '../messages/records-list-actions.js';
import { recordsListExportMessages } from '../messages/records-list-export.js';
import { pipelineMessages } from '../messages/pipeline.js';
import { followUpsMessages } from '../messages/follow-ups.js';
import { followUpsActionMessages } from '../messages/follow-ups-actions.js';
import type { CrmEnglishMessages } from './types.js';

export const english: CrmEnglishMessages = {
  common: commonMessages,
  leadStatuses: leadStatusLabels,
  leadSources: leadSourceLabels,
  contactStatuses: contactStatusLabels,
  dashboard: dashboardMessages,
  dashboardFollowUps: dashboardFollowUpMessages,
  forecast: forecastMessages,
  recordsList: recordsListMessages,
  recordsListActions: recordsListActionMessages,
  recordsListExport: recordsListExportMessages,
  leadsList: leadsListMessages,
  leadsListActions: leadsListActionMessages,
  leadsListExport: leadsListExportMessages,
  contactsList: contactsListMessages,
  contactsListActions: contactsListActionMessages,
  contactsListExport: contactsListExportMessages,
  recordForm: recordFormMessages,
  recordDialog: recordDialogMessages,
  recordFormNotes: recordFormNoteMessages,
  fieldChecks: fieldCheckMessages,
  leadForm: leadFormMessages,
  leadDialog: leadDialogMessages,
  leadFormNotes: leadFormNoteMessages,
  contactForm: contactFormMessages,
  contactDialog: contactDialogMessages,
  contactFormNotes: contactFormNoteMessages,
  opportunityStages: opportunityStageLabels,
  opportunityForm: opportunityFormMessages,
  opportunityDialog: opportunityDialogMessages,
  opportunityFormNotes: opportunityFormNoteMessages,
  opportunityFormPicker: opportunityFormPickerMessages,
  followUpForm: followUpFormMessages,
  followUpTypes: followUpTypeLabels,
  followUpFormNotes: followUpFormNoteMessages,
  followUpDialog: followUpDialogMessages,
  pipeline: pipelineMessages,
  followUps: followUpsMessages,
  followUpsActions: followUpsActionMessages,
  activityTimeline: activityTimelineMessages,
  activityTimelineLog: activityTimelineLogMessages,
};
