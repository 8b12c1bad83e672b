/**
 * The strings of every list's actions that change records (row delete, bulk actions) and of its
 * record view, whatever its records: a module of their own, so they load with those, on first use.
 */
export const recordsListActionMessages = {
  selectedCount: (count: string, _n: number) => `${count} selected`,
  clearSelection: 'Clear selection',
  bulkStatusPlaceholder: 'Change status…',
  applyStatus: 'Apply',
  deleteSelected: 'Delete selected',
  delete: 'Delete',
  menuLabel: (name: string) => `Actions for ${name}`,
  deleted: (name: string) => `${name} was deleted.`,
  failedRow: (name: string, reason: string) => `${name}: ${reason}`,
  /** Read out for a field of the record view that holds nothing (shown as a dash). */
  notRecorded: 'Not recorded',
} as const;
