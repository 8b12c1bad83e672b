// Every user-facing string of the element set, one section per element.
export { commonMessages, describeError, leadSourceLabels, leadStatusLabels } from './common.js';
export { leadDialogMessages, leadFormMessages } from './lead-form.js';
export { leadFormNoteMessages } from './lead-form-notes.js';
export { leadsListMessages } from './leads-list.js';
export { leadsListActionMessages } from './leads-list-actions.js';
export { leadsListExportMessages } from './leads-list-export.js';
export { recordsListMessages } from './records-list.js';
export { dashboardMessages } from './dashboard.js';
