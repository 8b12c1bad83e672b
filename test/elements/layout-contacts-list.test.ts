// The layout test (support/layout-run.ts) of <crm-contacts-list>.
import { layoutSuite, listSubjects } from './support/layout-run.js';

layoutSuite('<crm-contacts-list>', listSubjects('crm-contacts-list'));
