import { en } from './english-plural.js';
/**
 * The strings of `<crm-leads-list>`'s actions that name leads (the rest are every list's, in
 * `recordsListActionMessages`): a module of their own, so they load with those actions, on first use.
 */
export const leadsListActionMessages = {
  convert: 'Convert to contact',
  /** A row action; for a lead not converted yet it converts the lead first. */
  scheduleFollowUp: 'Schedule follow-up',
  bulkStatusLabel: 'New status for the selected leads',
  confirmDeleteOne: { title: (name: string) => `Delete ${name}?`, body: 'The lead and its history are removed for everyone. This cannot be undone.', action: 'Delete lead' },
  confirmDeleteMany: { title: (count: string, n: number) => `Delete ${count} ${en(n, 'lead', 'leads')}?`, body: 'The selected leads and their history are removed for everyone. This cannot be undone.', action: 'Delete leads' },
  confirmConvert: { title: (name: string) => `Convert ${name} to a contact?`, body: 'A contact is created from this lead, and the lead is marked as converted.', action: 'Convert to contact' },
  confirmStatus: { title: (count: string, status: string, n: number) => `Set ${count} ${en(n, 'lead', 'leads')} to “${status}”?`, body: 'The status of every selected lead changes for everyone.', action: 'Change status' },
  converted: (name: string) => `${name} is now a contact.`,
  /** Beside `converted`: goes straight on to an opportunity for the new contact. */
  createOpportunity: 'Create an opportunity for this contact',
  bulkDeleted: (count: string, n: number) => `${count} ${en(n, 'lead', 'leads')} deleted.`,
  bulkUpdated: (count: string, n: number) => `${count} ${en(n, 'lead', 'leads')} updated.`,
  bulkPartial: (failed: string, total: string, failedCount: number, totalCount: number) =>
    `${failed} of ${total} ${en(totalCount, 'lead', 'leads')} could not be changed. ${en(failedCount, 'It is', 'They are')} still selected:`,
} as const;
