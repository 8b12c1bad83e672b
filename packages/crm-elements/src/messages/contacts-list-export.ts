import { en } from './english-plural.js';
/**
 * The strings of `<crm-contacts-list>`'s CSV export while it runs and in the file: a module of
 * their own, so they load with the export, on first use.
 */
export const contactsListExportMessages = {
  exportProgress: (done: string, total: string, n: number) => `Exporting ${done} of ${total} ${en(n, 'contact', 'contacts')}…`,
  exportDone: (count: string, n: number) => `Exported ${count} ${en(n, 'contact', 'contacts')}.`,
  exportCancelled: 'Export cancelled.',
  exportFileName: (date: string) => `contacts-${date}.csv`,
} as const;
