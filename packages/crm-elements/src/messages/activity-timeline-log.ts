/** Strings of `<crm-activity-timeline>`'s quick box, which logs a call or adds a note. */
export const activityTimelineLogMessages = {
  label: 'Log a call or add a note',
  /** The group of the two toggles choosing what to log. */
  kind: 'What to log',
  call: 'Call',
  note: 'Note',
  /** The box's fields, named beside them and in the messages about them. */
  fields: { subject: 'Summary', outcome: 'Outcome', description: 'Details' },
  /** The label of a field that may be left empty. */
  optional: (label: string) => `${label} (optional)`,
  logCall: 'Log call',
  addNote: 'Add note',
  subjectRequired: 'Enter a summary.',
  callLogged: 'The call was logged.',
  noteAdded: 'The note was added.',
} as const;
