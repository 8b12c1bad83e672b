// The layout test (support/layout-run.ts) of <crm-lead-form> and <crm-contact-form>.
import '@mindbrite/crm-elements/crm-contact-form.js';
import '@mindbrite/crm-elements/crm-lead-form.js';
import { layoutSuite } from './support/layout-run.js';
import { formSubjects } from './support/subjects.js';

layoutSuite('<crm-lead-form>', formSubjects('crm-lead-form'));
layoutSuite('<crm-contact-form>', formSubjects('crm-contact-form'));
