import { section } from '../localize/localize.js';
/** The strings of every list's CSV file: a module of their own, so they load with the export. */
export const recordsListExportMessages = /*#__PURE__*/ section('recordsListExport', {
  csvColumns: {
    id: 'ID',
    firstName: 'First name',
    lastName: 'Last name',
  },
} as const);
