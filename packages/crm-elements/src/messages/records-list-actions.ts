/**
 * The strings of every list's actions that change records (row delete, bulk actions), whatever
 * its records: a module of their own, so they load with those actions, on first use.
 */
export const recordsListActionMessages = {
  selectedCount: (count: string) => `${count} selected`,
  clearSelection: 'Clear selection',
  bulkStatusPlaceholder: 'Change status…',
  applyStatus: 'Apply',
  deleteSelected: 'Delete selected',
  delete: 'Delete',
  menuLabel: (name: string) => `Actions for ${name}`,
  deleted: (name: string) => `${name} was deleted.`,
  failedRow: (name: string, reason: string) => `${name}: ${reason}`,
} as const;
