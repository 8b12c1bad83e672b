import { en } from './english-plural.js';
/**
 * The strings of `<crm-leads-list>`'s CSV export while it runs and in the file: a module of their
 * own, so they load with the export, on first use.
 */
export const leadsListExportMessages = {
  exportProgress: (done: string, total: string, n: number) => `Exporting ${done} of ${total} ${en(n, 'lead', 'leads')}…`,
  exportDone: (count: string, n: number) => `Exported ${count} ${en(n, 'lead', 'leads')}.`,
  exportCancelled: 'Export cancelled.',
  exportFileName: (date: string) => `leads-${date}.csv`,
} as const;
