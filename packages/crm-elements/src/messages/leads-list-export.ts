/**
 * The strings of `<crm-leads-list>`'s CSV export while it runs and in the file: a module of their
 * own, so they load with the export, on first use.
 */
export const leadsListExportMessages = {
  exportProgress: (done: string, total: string) => `Exporting ${done} of ${total} leads…`,
  exportDone: (count: string) => `Exported ${count} leads.`,
  exportCancelled: 'Export cancelled.',
  exportFileName: (date: string) => `leads-${date}.csv`,
} as const;
