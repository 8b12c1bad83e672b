// Loaded on demand by the leads list's "Export CSV" (dynamic import).
import type { Lead } from '@mindbrite/crm-client';
import { leadsListExportMessages } from '../messages/leads-list-export.js';
import type { RecordsListContext } from '../records-list/crm-records-list.js';
import { personCsvColumns } from '../records-list/person-csv.js';
import { CsvExport } from '../records-list/records-csv.js';
import { sourceLabel } from '../records-list/person-columns.js';
import { statusLabel } from './lead-columns.js';

/** The leads list's export: every matching lead, with the columns people read (never the notes). */
export const createLeadsExport = (list: RecordsListContext<Lead>) =>
  new CsvExport<Lead>(list, {
    iterate: (client, params, signal) => client.leads.iterate(params, { signal }),
    columns: (locale) => personCsvColumns<Lead>(['company', 'email', 'phone'], statusLabel, sourceLabel, locale),
    words: leadsListExportMessages,
  });
