// The language test (support/language-run.ts) of <crm-leads-list> and <crm-contacts-list>.
import '@mindbrite/crm-elements/crm-contacts-list.js';
import '@mindbrite/crm-elements/crm-leads-list.js';
import { languageSuite } from './support/language-run.js';
import { listSubjects } from './support/subjects.js';

languageSuite('<crm-leads-list>', listSubjects('crm-leads-list'));
languageSuite('<crm-contacts-list>', listSubjects('crm-contacts-list'));
