/** The strings of every list's CSV file: a module of their own, so they load with the export. */
export const recordsListExportMessages = {
  csvColumns: {
    id: 'ID',
    firstName: 'First name',
    lastName: 'Last name',
  },
} as const;
