/**
 * The strings of `<crm-contacts-list>`'s CSV export while it runs and in the file: a module of
 * their own, so they load with the export, on first use.
 */
export const contactsListExportMessages = {
  exportProgress: (done: string, total: string) => `Exporting ${done} of ${total} contacts…`,
  exportDone: (count: string) => `Exported ${count} contacts.`,
  exportCancelled: 'Export cancelled.',
  exportFileName: (date: string) => `contacts-${date}.csv`,
} as const;
