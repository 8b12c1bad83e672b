import type { CrmId } from '@mindbrite/crm-client';
import { localize } from '../localize/localize.js';
import { leadSourceLabels } from '../messages/lead-sources.js';
import { recordsListMessages } from '../messages/records-list.js';
import { formatDate } from '../shared/format.js';
import { labelFor } from '../shared/labels.js';
import { plainText } from '../shared/text.js';
import type { ColumnDefinition } from './columns.js';

/** A record of a person, as leads and contacts are. */
export interface Person {
  id: CrmId;
  first_name: string;
  last_name: string;
  email: string;
  phone: string;
  company?: string | null;
  position?: string | null;
  status: string;
  source?: string | null;
  created_at: string;
  updated_at?: string | null;
}

/**
 * A person's name as people read it, as plain text; one without a name is still named, by its id
 * (`unnamed`, e.g. "Lead 7", in the words of `locale`).
 */
export const personName = (person: Person, unnamed: (id: string) => string): string =>
  plainText(`${person.first_name} ${person.last_name}`).trim() || unnamed(String(person.id));

/** A source in words of `locale` (leads and contacts share the sources); an unknown source is shown as the server sent it. */
export const sourceLabel = (source: string, locale: string): string => labelFor(localize(leadSourceLabels, locale), source);

/** What a person's list needs to name them and their status and source, in `locale`. */
export interface PersonLabels<R extends Person> {
  name: (person: R, locale: string) => string;
  status: (status: string, locale: string) => string;
  source: (source: string, locale: string) => string;
}

/**
 * The columns of a list of people, by id (`name`, `company`, `position`, `email`, `phone`,
 * `status`, `source`, `created`, `updated`): a list picks and orders the ones it has. Position
 * is not sortable (the API sorts by none of the fields the contract leaves out).
 * @example
 * const { name, email } = personColumns({ name: leadName, status: statusLabel, source: sourceLabel });
 */
export function personColumns<R extends Person>({ name, status, source }: PersonLabels<R>) {
  const label = (key: keyof (typeof recordsListMessages)['columns']) => (locale: string) => localize(recordsListMessages, locale).columns[key];
  const text = (key: 'company' | 'position' | 'email' | 'phone') => (record: R) => plainText(record[key]);
  const date = (key: 'created_at' | 'updated_at') => (record: R, locale: string) => formatDate(record[key], locale);
  return {
    name: { id: 'name', label: label('name'), sort: 'last_name', names: true, text: name },
    company: { id: 'company', label: label('company'), sort: 'company', wrap: true, text: text('company') },
    position: { id: 'position', label: label('position'), wrap: true, text: text('position') },
    email: { id: 'email', label: label('email'), sort: 'email', kind: 'mailto', text: text('email') },
    phone: { id: 'phone', label: label('phone'), sort: 'phone', kind: 'tel', text: text('phone') },
    status: { id: 'status', label: label('status'), sort: 'status', kind: 'badge', status: (record) => record.status, text: (record, locale) => status(record.status, locale) },
    source: { id: 'source', label: label('source'), sort: 'source', text: (record, locale) => (record.source ? source(record.source, locale) : '') },
    created: { id: 'created', label: label('created'), sort: 'created_at', text: date('created_at') },
    updated: { id: 'updated', label: label('updated'), sort: 'updated_at', text: date('updated_at') },
  } satisfies Record<string, ColumnDefinition<R>>;
}
