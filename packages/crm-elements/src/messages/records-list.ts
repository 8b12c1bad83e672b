/**
 * The strings of the records-list parts that load on first use (the column menu): a module of
 * their own, so they load with those parts rather than with every list.
 */
export const recordsListMessages = {
  columnsLegend: 'Columns to show',
} as const;
