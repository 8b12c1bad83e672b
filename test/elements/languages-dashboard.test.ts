// The language test (support/language-run.ts) of <crm-dashboard>.
import '@mindbrite/crm-elements/crm-dashboard.js';
import { languageSuite } from './support/language-run.js';
import { dashboardSubjects } from './support/subjects.js';

languageSuite('<crm-dashboard>', dashboardSubjects);
