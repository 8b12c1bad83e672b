/**
 * The strings of `<crm-leads-list>`'s actions that name leads (the rest are every list's, in
 * `recordsListActionMessages`): a module of their own, so they load with those actions, on first use.
 */
export const leadsListActionMessages = {
  convert: 'Convert to contact',
  bulkStatusLabel: 'New status for the selected leads',
  confirmDeleteOne: { title: (name: string) => `Delete ${name}?`, body: 'The lead and its history are removed for everyone. This cannot be undone.', action: 'Delete lead' },
  confirmDeleteMany: { title: (count: string) => `Delete ${count} leads?`, body: 'The selected leads and their history are removed for everyone. This cannot be undone.', action: 'Delete leads' },
  confirmConvert: { title: (name: string) => `Convert ${name} to a contact?`, body: 'A contact is created from this lead, and the lead is marked as converted.', action: 'Convert to contact' },
  confirmStatus: { title: (count: string, status: string) => `Set ${count} leads to “${status}”?`, body: 'The status of every selected lead changes for everyone.', action: 'Change status' },
  converted: (name: string) => `${name} is now a contact.`,
  bulkDeleted: (count: string) => `${count} leads deleted.`,
  bulkUpdated: (count: string) => `${count} leads updated.`,
  bulkPartial: (failed: string, total: string) => `${failed} of ${total} leads could not be changed. They are still selected:`,
} as const;
