/** Strings every record dialog shows: its question before unsaved changes are discarded (whose text, `RecordDialogNouns`, names the record). */
export const recordDialogMessages = {
  confirmTitle: 'Discard unsaved changes?',
  keepEditing: 'Keep editing',
  discard: 'Discard changes',
} as const;

/** What names a dialog's records: its own messages module gives these. */
export interface RecordDialogNouns {
  /** The explanation when the dialog asks before discarding unsaved changes. */
  confirmText: string;
}
