import { en } from './english-plural.js';
/**
 * The strings of `<crm-leads-list>` that name leads (the rest are every list's, in
 * `recordsListMessages`). Functions take numbers already formatted
 * for the locale, and a count where the wording depends on it.
 */
export const leadsListMessages = {
  tableLabel: 'Leads',
  searchLabel: 'Search leads',
  searchPlaceholder: 'Name, email, phone or company',
  anyStatus: 'All statuses',
  anySource: 'All sources',
  selectAll: 'Select all leads on this page',
  resultCount: (shown: string, total: string, count: number) => `${shown} of ${total} ${en(count, 'lead', 'leads')}`,
  noneYet: 'No leads yet. New leads appear here as soon as they are added.',
  noMatches: 'No leads match your search and filters.',
  unnamed: (id: string) => `Lead ${id}`,
} as const;
