/**
 * Strings every record form shows, whatever its records (a lead, a contact). A form's own
 * messages (`leadFormMessages`, …) hold what names its records; those of its rarely shown notes,
 * of a `422` and of the error summary are in `record-form-notes.ts`.
 */
export const recordFormMessages = {
  requiredNote: 'Fields marked * are required.',
  /** The label of each field a record form shows, by name. */
  fields: {
    first_name: 'First name',
    last_name: 'Last name',
    email: 'Email',
    phone: 'Phone',
    company: 'Company',
    position: 'Position',
    status: 'Status',
    source: 'Source',
    notes: 'Notes',
  },
  /** A select's choice for no value (a lead's unknown source). */
  noValue: 'Not specified',
  save: 'Save changes',
  saving: 'Saving…',
  updated: 'The changes were saved.',
  nothingToSave: 'There are no changes to save.',
} as const;

/** What names a form's records: its own messages module gives these. */
export interface RecordFormNouns {
  /** The form's accessible name, and the dialog's default title. */
  formLabel: { create: string; edit: string };
  /** The save button of a new record. */
  create: string;
  /** Announced once a new record was saved. */
  created: string;
  /** The title of the error summary after a failed save: how many things need attention. */
  invalid: (count: number) => string;
  /** A create that failed without a clear answer: it may have reached the CRM. */
  mayBeSaved: string;
}
