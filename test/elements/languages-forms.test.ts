// The language test (support/language-run.ts) of the forms and their dialogs.
import '@mindbrite/crm-elements/crm-contact-dialog.js';
import '@mindbrite/crm-elements/crm-contact-form.js';
import '@mindbrite/crm-elements/crm-lead-dialog.js';
import '@mindbrite/crm-elements/crm-lead-form.js';
import { languageSuite } from './support/language-run.js';
import { contactDialogSubjects, formSubjects, leadDialogSubjects } from './support/subjects.js';

languageSuite('<crm-lead-form>', formSubjects('crm-lead-form'));
languageSuite('<crm-contact-form>', formSubjects('crm-contact-form'));
languageSuite('<crm-lead-dialog>', leadDialogSubjects);
languageSuite('<crm-contact-dialog>', contactDialogSubjects);
