/**
 * Strings of a record form's notes that most forms never show (the explanation of a `409`, the
 * duplicate warning, the server's checks of a `422`, the error summary of a failed save), whatever
 * the records: a module of their own, so they load with those notes' code. What names the form's
 * records is in its own notes module (`leadFormNoteMessages`, …), and the summary's title in its
 * messages (`invalid`).
 */
export const recordFormNoteMessages = {
  /** A message with the field it is about: a link in the error summary, or a server check on a field the form does not show. */
  fieldError: (field: string, message: string) => `${field}: ${message}`,
  /** The server's checks the form says in its own words, by field label. */
  serverChecks: {
    taken: (field: string) => `This ${field.toLowerCase()} is already used by another record.`,
    required: (field: string) => `${field} is required.`,
    invalid: (field: string) => `This ${field.toLowerCase()} is not valid.`,
  },
  keep: 'Keep my changes',
  /** Announced after the reload that a conflict offered, after the form's own words (`reloaded`). */
  /** `fields` are the discarded fields' labels, already listed for the locale (`Intl.ListFormat`). */
  discarded: (fields: string) => `Your changes to ${fields} were discarded; enter them again if they are still needed.`,
  nothingDiscarded: 'None of your changes were lost.',
  duplicate: {
    lead: (field: string) => `A lead with this ${field.toLowerCase()} already exists:`,
    contact: (field: string) => `A contact with this ${field.toLowerCase()} already exists:`,
    open: (name: string) => `Open ${name}`,
  },
} as const;

/** What names a form's records in its notes: its own notes module gives these. */
export interface RecordFormNoteNouns {
  conflict: {
    title: string;
    explain: string;
    reload: string;
    /** Announced after the reload, before which of the user's changes were discarded. */
    reloaded: string;
  };
  /** Below the duplicate warning: the record can still be saved. */
  saveAnyway: string;
}
