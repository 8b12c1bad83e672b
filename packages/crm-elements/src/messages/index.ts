// Every user-facing string of the element set in English, one section per module (a module's
// words load wherever any of them is needed first). The sections' names, for translations and a
// host's overrides, are in localize/english.ts.
export { commonMessages, describeError } from './common.js';
export { leadStatusLabels } from './lead-statuses.js';
export { leadSourceLabels } from './lead-sources.js';
export { contactStatusLabels } from './contact-statuses.js';
export { leadFormMessages } from './lead-form.js';
export { leadDialogMessages } from './lead-dialog.js';
export { leadFormNoteMessages } from './lead-form-notes.js';
export { leadsListMessages } from './leads-list.js';
export { leadsListActionMessages } from './leads-list-actions.js';
export { recordsListActionMessages } from './records-list-actions.js';
export { contactsListMessages } from './contacts-list.js';
export { contactsListActionMessages } from './contacts-list-actions.js';
export { contactsListExportMessages } from './contacts-list-export.js';
export { leadsListExportMessages } from './leads-list-export.js';
export { recordsListMessages, type RecordsListNouns } from './records-list.js';
export { recordsListExportMessages } from './records-list-export.js';
export { dashboardMessages } from './dashboard.js';
export { contactFormMessages } from './contact-form.js';
export { contactDialogMessages } from './contact-dialog.js';
export { contactFormNoteMessages } from './contact-form-notes.js';
export { recordFormMessages, type RecordFormNouns } from './record-form.js';
export { recordDialogMessages, type RecordDialogNouns } from './record-dialog.js';
export { recordFormNoteMessages, type RecordFormNoteNouns } from './record-form-notes.js';
export { fieldCheckMessages } from './field-checks.js';
