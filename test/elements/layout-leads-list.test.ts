// The layout test (support/layout-run.ts) of <crm-leads-list>.
import { layoutSuite, listSubjects } from './support/layout-run.js';

layoutSuite('<crm-leads-list>', listSubjects('crm-leads-list'));
