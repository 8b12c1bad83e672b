// Loaded on demand with a list of people's CSV export.
import { recordsListExportMessages as t } from '../messages/records-list-export.js';
import { recordsListMessages } from '../messages/records-list.js';
import type { Person } from './person-columns.js';
import type { CsvColumn } from './records-csv.js';

/**
 * The columns of a file of people: id and name, the `fields` a list has (in order), then status,
 * source and creation date. Notes are left out on purpose: free-text clinical notes should not
 * leave the CRM in a file that is easily forwarded.
 * @example
 * personCsvColumns<Lead>(['company', 'email', 'phone'], statusLabel, sourceLabel);
 */
export function personCsvColumns<R extends Person>(
  fields: readonly ('company' | 'position' | 'email' | 'phone')[],
  status: (status: string) => string,
  source: (source: string) => string,
): CsvColumn<R>[] {
  const { columns } = recordsListMessages;
  return [
    [t.csvColumns.id, (person) => person.id],
    [t.csvColumns.firstName, (person) => person.first_name],
    [t.csvColumns.lastName, (person) => person.last_name],
    ...fields.map((field): CsvColumn<R> => [columns[field], (person) => person[field]]),
    [columns.status, (person) => status(person.status)],
    [columns.source, (person) => (person.source ? source(person.source) : '')],
    [columns.created, (person) => person.created_at],
  ];
}
