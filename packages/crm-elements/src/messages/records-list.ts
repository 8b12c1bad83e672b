import { en } from './english-plural.js';
/**
 * The strings every records list shows, whatever its records: toolbar, paging, row controls and
 * notes. A list's own messages (`leadsListMessages`, …) hold what names its records.
 * Functions take numbers already formatted for the locale, and a count where the wording depends on it.
 */
export const recordsListMessages = {
  statusFilter: 'Status',
  sourceFilter: 'Source',
  columnsButton: 'Columns',
  columnsLegend: 'Columns to show',
  exportCsv: 'Export CSV',
  cancelExport: 'Cancel export',
  selectRow: (name: string) => `Select ${name}`,
  actionsHeader: 'Actions',
  edit: 'Edit',
  editLabel: (name: string) => `Edit ${name}`,
  moreLabel: (name: string) => `More actions for ${name}`,
  pagination: 'Pages',
  pageSize: 'Rows per page',
  range: (first: string, last: string, total: string) => `${first}–${last} of ${total}`,
  firstPage: 'First page',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  lastPage: 'Last page',
  /** Records the client left out of the page: repeated, beyond the page size, or unreadable. */
  notShown: (count: string, n: number) => `${count} ${en(n, 'record', 'records')} could not be shown.`,
  clearFilters: 'Clear search and filters',
  /** The columns lists of people (leads, contacts) share. */
  columns: {
    name: 'Name',
    company: 'Company',
    position: 'Position',
    email: 'Email',
    phone: 'Phone',
    status: 'Status',
    source: 'Source',
    created: 'Created',
    updated: 'Updated',
  },
  dismiss: 'Dismiss',
} as const;

/** What names a list's records: its own messages module gives these. */
export interface RecordsListNouns {
  tableLabel: string;
  searchLabel: string;
  searchPlaceholder: string;
  anyStatus: string;
  anySource: string;
  selectAll: string;
  resultCount: (shown: string, total: string, count: number) => string;
  noneYet: string;
  noMatches: string;
  unnamed: (id: string) => string;
}
