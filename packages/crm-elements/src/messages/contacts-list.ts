import { en } from './english-plural.js';
/**
 * The strings of `<crm-contacts-list>` that name contacts (the rest are every list's, in
 * `recordsListMessages`). Functions take numbers already formatted
 * for the locale, and a count where the wording depends on it.
 */
export const contactsListMessages = {
  tableLabel: 'Contacts',
  searchLabel: 'Search contacts',
  searchPlaceholder: 'Name, email, phone or company',
  anyStatus: 'All statuses',
  anySource: 'All sources',
  selectAll: 'Select all contacts on this page',
  resultCount: (shown: string, total: string, count: number) => `${shown} of ${total} ${en(count, 'contact', 'contacts')}`,
  noneYet: 'No contacts yet. Contacts appear here when they are added or a lead is converted.',
  noMatches: 'No contacts match your search and filters.',
  unnamed: (id: string) => `Contact ${id}`,
} as const;
