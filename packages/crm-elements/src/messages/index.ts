// Every user-facing string of the element set, one section per element.
export { commonMessages, describeError, leadSourceLabels, leadStatusLabels } from './common.js';
export { contactStatusLabels } from './contact-statuses.js';
export { leadDialogMessages, leadFormMessages } from './lead-form.js';
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
export { contactDialogMessages, contactFormMessages } from './contact-form.js';
export { contactFormNoteMessages } from './contact-form-notes.js';
export { recordDialogMessages, recordFormMessages, type RecordDialogNouns, type RecordFormNouns } from './record-form.js';
export { recordFormNoteMessages, type RecordFormNoteNouns } from './record-form-notes.js';
