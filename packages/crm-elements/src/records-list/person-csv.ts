// Loaded on demand with a list of people's CSV export.
import { localize } from '../localize/localize.js';
import { recordsListExportMessages } from '../messages/records-list-export.js';
import { recordsListMessages } from '../messages/records-list.js';
import type { Person } from './person-columns.js';
import type { CsvColumn } from './records-csv.js';

/**
 * The columns of a file of people: id and name, the `fields` a list has (in order), then status,
 * source and creation date, headed and labelled in `locale`. Notes are left out on purpose:
 * free-text clinical notes should not leave the CRM in a file that is easily forwarded. Status and
 * source are in words, as the list shows them.
 * @example
 * personCsvColumns<Lead>(['company', 'email', 'phone'], statusLabel, sourceLabel, 'es');
 */
export function personCsvColumns<R extends Person>(
  fields: readonly ('company' | 'position' | 'email' | 'phone')[],
  status: (status: string, locale: string) => string,
  source: (source: string, locale: string) => string,
  locale: string,
): CsvColumn<R>[] {
  const { columns } = localize(recordsListMessages, locale);
  const t = localize(recordsListExportMessages, locale);
  return [
    [t.csvColumns.id, (person) => person.id],
    [t.csvColumns.firstName, (person) => person.first_name],
    [t.csvColumns.lastName, (person) => person.last_name],
    ...fields.map((field): CsvColumn<R> => [columns[field], (person) => person[field]]),
    [columns.status, (person) => status(person.status, locale)],
    [columns.source, (person) => (person.source ? source(person.source, locale) : '')],
    [columns.created, (person) => person.created_at],
  ];
}
