import { en } from './english-plural.js';
/**
 * The strings of `<crm-contacts-list>`'s actions that name contacts (the rest are every list's,
 * in `recordsListActionMessages`): a module of their own, so they load with those actions, on first use.
 */
export const contactsListActionMessages = {
  scheduleFollowUp: 'Schedule follow-up',
  bulkStatusLabel: 'New status for the selected contacts',
  confirmDeleteOne: { title: (name: string) => `Delete ${name}?`, body: 'The contact and its history are removed for everyone. This cannot be undone.', action: 'Delete contact' },
  confirmDeleteMany: { title: (count: string, n: number) => `Delete ${count} ${en(n, 'contact', 'contacts')}?`, body: 'The selected contacts and their history are removed for everyone. This cannot be undone.', action: 'Delete contacts' },
  confirmStatus: { title: (count: string, status: string, n: number) => `Set ${count} ${en(n, 'contact', 'contacts')} to “${status}”?`, body: 'The status of every selected contact changes for everyone.', action: 'Change status' },
  bulkDeleted: (count: string, n: number) => `${count} ${en(n, 'contact', 'contacts')} deleted.`,
  bulkUpdated: (count: string, n: number) => `${count} ${en(n, 'contact', 'contacts')} updated.`,
  bulkPartial: (failed: string, total: string, failedCount: number, totalCount: number) =>
    `${failed} of ${total} ${en(totalCount, 'contact', 'contacts')} could not be changed. ${en(failedCount, 'It is', 'They are')} still selected:`,
} as const;
