// Loaded on demand by the contacts list's "Export CSV" (dynamic import).
import type { Contact } from '@mindbrite/crm-client';
import { contactsListExportMessages } from '../messages/contacts-list-export.js';
import { localize } from '../localize/localize.js';
import { recordsListMessages } from '../messages/records-list.js';
import type { RecordsListContext } from '../records-list/crm-records-list.js';
import { personCsvColumns } from '../records-list/person-csv.js';
import { CsvExport } from '../records-list/records-csv.js';
import { sourceLabel } from '../records-list/person-columns.js';
import { statusLabel } from './contact-columns.js';

/** The contacts list's export: every matching contact, with the columns people read (never the notes). */
export const createContactsExport = (list: RecordsListContext<Contact>) =>
  new CsvExport<Contact>(list, {
    iterate: (client, params, signal) => client.contacts.iterate(params, { signal }),
    columns: (locale) => [
      ...personCsvColumns<Contact>(['email', 'phone', 'company', 'position'], statusLabel, sourceLabel, locale),
      [localize(recordsListMessages, locale).columns.updated, (contact) => contact.updated_at],
    ],
    words: contactsListExportMessages,
  });
