import type { commonMessages } from '../messages/common.js';
import type { activityTimelineMessages } from '../messages/activity-timeline.js';
import type { activityTimelineLogMessages } from '../messages/activity-timeline-log.js';
import type { leadSourceLabels } from '../messages/lead-sources.js';
import type { leadStatusLabels } from '../messages/lead-statuses.js';
import type { contactDialogMessages } from '../messages/contact-dialog.js';
import type { contactFormMessages } from '../messages/contact-form.js';
import type { contactFormNoteMessages } from '../messages/contact-form-notes.js';
import type { contactStatusLabels } from '../messages/contact-statuses.js';
import type { contactsListMessages } from '../messages/contacts-list.js';
import type { contactsListActionMessages } from '../messages/contacts-list-actions.js';
import type { contactsListExportMessages } from '../messages/contacts-list-export.js';
import type { dashboardMessages } from '../messages/dashboard.js';
import type { dashboardFollowUpMessages } from '../messages/dashboard-follow-ups.js';
import type { fieldCheckMessages } from '../messages/field-checks.js';
import type { forecastMessages } from '../messages/forecast.js';
import type { leadDialogMessages } from '../messages/lead-dialog.js';
import type { leadFormMessages } from '../messages/lead-form.js';
import type { leadFormNoteMessages } from '../messages/lead-form-notes.js';
import type { leadsListMessages } from '../messages/leads-list.js';
import type { leadsListActionMessages } from '../messages/leads-list-actions.js';
import type { leadsListExportMessages } from '../messages/leads-list-export.js';
import type { opportunityDialogMessages } from '../messages/opportunity-dialog.js';
import type { opportunityFormMessages } from '../messages/opportunity-form.js';
import type { opportunityFormNoteMessages } from '../messages/opportunity-form-notes.js';
import type { opportunityFormPickerMessages } from '../messages/opportunity-form-picker.js';
import type { followUpDialogMessages } from '../messages/follow-up-dialog.js';
import type { followUpFormMessages } from '../messages/follow-up-form.js';
import type { followUpFormNoteMessages } from '../messages/follow-up-form-notes.js';
import type { followUpTypeLabels } from '../messages/follow-up-types.js';
import type { opportunityStageLabels } from '../messages/opportunity-stages.js';
import type { recordDialogMessages } from '../messages/record-dialog.js';
import type { recordFormMessages } from '../messages/record-form.js';
import type { recordFormNoteMessages } from '../messages/record-form-notes.js';
import type { recordsListMessages } from '../messages/records-list.js';
import type { recordsListActionMessages } from '../messages/records-list-actions.js';
import type { recordsListExportMessages } from '../messages/records-list-export.js';
import type { pipelineMessages } from '../messages/pipeline.js';
import type { followUpsMessages } from '../messages/follow-ups.js';
import type { followUpsActionMessages } from '../messages/follow-ups-actions.js';

/** The English words of every element, by section: the keys a translation or a host's override uses. */
export interface CrmEnglishMessages {
  common: typeof commonMessages;
  leadStatuses: typeof leadStatusLabels;
  leadSources: typeof leadSourceLabels;
  contactStatuses: typeof contactStatusLabels;
  dashboard: typeof dashboardMessages;
  dashboardFollowUps: typeof dashboardFollowUpMessages;
  forecast: typeof forecastMessages;
  recordsList: typeof recordsListMessages;
  recordsListActions: typeof recordsListActionMessages;
  recordsListExport: typeof recordsListExportMessages;
  leadsList: typeof leadsListMessages;
  leadsListActions: typeof leadsListActionMessages;
  leadsListExport: typeof leadsListExportMessages;
  contactsList: typeof contactsListMessages;
  contactsListActions: typeof contactsListActionMessages;
  contactsListExport: typeof contactsListExportMessages;
  recordForm: typeof recordFormMessages;
  recordDialog: typeof recordDialogMessages;
  recordFormNotes: typeof recordFormNoteMessages;
  fieldChecks: typeof fieldCheckMessages;
  leadForm: typeof leadFormMessages;
  leadDialog: typeof leadDialogMessages;
  leadFormNotes: typeof leadFormNoteMessages;
  contactForm: typeof contactFormMessages;
  contactDialog: typeof contactDialogMessages;
  contactFormNotes: typeof contactFormNoteMessages;
  opportunityStages: typeof opportunityStageLabels;
  opportunityForm: typeof opportunityFormMessages;
  opportunityDialog: typeof opportunityDialogMessages;
  opportunityFormNotes: typeof opportunityFormNoteMessages;
  opportunityFormPicker: typeof opportunityFormPickerMessages;
  followUpForm: typeof followUpFormMessages;
  followUpTypes: typeof followUpTypeLabels;
  followUpFormNotes: typeof followUpFormNoteMessages;
  followUpDialog: typeof followUpDialogMessages;
  pipeline: typeof pipelineMessages;
  followUps: typeof followUpsMessages;
  followUpsActions: typeof followUpsActionMessages;
  activityTimeline: typeof activityTimelineMessages;
  activityTimelineLog: typeof activityTimelineLogMessages;
}

export type SectionName = keyof CrmEnglishMessages;

/** `T`'s shape with any text in place of English's: functions keep their parameters. */
export type Localized<T> = T extends string
  ? string
  : T extends (...args: infer Args) => string
    ? (...args: Args) => string
    : { readonly [Key in keyof T]: Localized<T[Key]> };

/** Every word of every element in one language: what a complete translation gives. */
export type CrmMessages = { readonly [Name in SectionName]: Localized<CrmEnglishMessages[Name]> };

type DeepPartial<T> = T extends (...args: never[]) => unknown ? T : T extends object ? { readonly [Key in keyof T]?: DeepPartial<T[Key]> } : T;

/** Some of the elements' words in one language: a host's overrides, or a translation English completes. */
export type CrmTranslation = DeepPartial<CrmMessages>;
