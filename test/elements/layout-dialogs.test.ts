// The layout test (support/layout-run.ts) of <crm-lead-dialog> and <crm-contact-dialog>.
import '@mindbrite/crm-elements/crm-contact-dialog.js';
import '@mindbrite/crm-elements/crm-lead-dialog.js';
import { layoutSuite } from './support/layout-run.js';
import { contactDialogSubjects, leadDialogSubjects } from './support/subjects.js';

layoutSuite('<crm-lead-dialog>', leadDialogSubjects);
layoutSuite('<crm-contact-dialog>', contactDialogSubjects);
