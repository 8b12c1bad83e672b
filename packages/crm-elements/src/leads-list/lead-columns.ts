import type { Lead } from '@mindbrite/crm-client';
import { leadSourceLabels, leadStatusLabels, leadsListMessages as t } from '../messages/index.js';
import { formatDate } from '../shared/format.js';
import { labelFor } from '../shared/labels.js';
import { plainText } from '../shared/text.js';
import type { LeadSortField } from './leads-query.js';

/** The columns the list can show, in their default order. */
export const LEAD_COLUMN_IDS = ['name', 'company', 'email', 'phone', 'status', 'source', 'created'] as const;
export type LeadColumnId = (typeof LEAD_COLUMN_IDS)[number];

/** The API field a column sorts by: its own id, except the name (by last name) and the creation date. */
export const sortFieldOf = (id: LeadColumnId): LeadSortField => (id === 'name' ? 'last_name' : id === 'created' ? 'created_at' : id);

/** Columns that medium widths hide first, to keep the ones that identify a lead readable. */
export const LOW_PRIORITY_COLUMNS: ReadonlySet<LeadColumnId> = new Set(['source', 'created', 'phone']);

const isColumnId = (value: string): value is LeadColumnId => (LEAD_COLUMN_IDS as readonly string[]).includes(value);

/**
 * Reads a `columns="name,email,status"` list: known ids, once each, in the given order. A missing
 * or unusable list means every column.
 * @example
 * parseColumns('email, name, nope, email'); // ['email', 'name']
 */
export function parseColumns(value: string | null | undefined): LeadColumnId[] {
  const ids = [...new Set((value ?? '').split(',').map((id) => id.trim()))].filter(isColumnId);
  return ids.length ? ids : [...LEAD_COLUMN_IDS];
}

/** A lead's name as people read it, as plain text; a lead without one is still named, by its id. */
export function leadName(lead: Lead): string {
  return plainText(`${lead.first_name} ${lead.last_name}`).trim() || t.unnamed(String(lead.id));
}

/** A status in words; a status this SDK does not know is shown as the server sent it. */
export const statusLabel = (status: string): string => labelFor(leadStatusLabels, status);

/** A source in words; an unknown source is shown as the server sent it. */
export const sourceLabel = (source: string | null | undefined): string => (source ? labelFor(leadSourceLabels, source) : '');

/** What a column shows of `lead`, whole, as plain text (the list cuts it to fit a cell). */
export function cellText(id: LeadColumnId, lead: Lead, locale: string): string {
  switch (id) {
    case 'name':
      return leadName(lead);
    case 'status':
      return statusLabel(lead.status);
    case 'source':
      return sourceLabel(lead.source);
    case 'created':
      return formatDate(lead.created_at, locale);
    default:
      return plainText(lead[id]);
  }
}
