// The layout test (support/layout-run.ts) of <crm-dashboard>.
import '@mindbrite/crm-elements/crm-dashboard.js';
import { layoutSuite } from './support/layout-run.js';
import { dashboardSubjects } from './support/subjects.js';

layoutSuite('<crm-dashboard>', dashboardSubjects);
