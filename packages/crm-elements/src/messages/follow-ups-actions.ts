/**
 * Strings of `<crm-follow-ups>`'s actions (complete, undo, reopen, snooze, delete), loaded with
 * them on first use. Subjects are plain text; dates come formatted for the locale.
 */
export const followUpsActionMessages = {
  outcomeLabel: 'Outcome (optional)',
  markComplete: 'Mark complete',
  /** Put before the outcome when the CRM keeps no outcome field and it goes into the description. */
  outcomeWord: 'Outcome',
  completed: (subject: string) => `Completed: ${subject}.`,
  undo: 'Undo',
  reopened: (subject: string) => `${subject} is open again.`,
  snoozeMenu: (subject: string) => `Snooze ${subject}`,
  inAnHour: 'In 1 hour',
  tomorrow: 'Tomorrow, same time',
  pickDate: 'Pick a date…',
  newTime: 'New date and time',
  snoozed: (subject: string, when: string) => `${subject} moved to ${when}.`,
  deleteTitle: (subject: string) => `Delete ${subject}?`,
  deleteBody: 'The follow-up will be removed from the CRM. This cannot be undone.',
  deleteAction: 'Delete follow-up',
  deleted: (subject: string) => `${subject} deleted.`,
  /** Each followed by the reason, in the words of `describeError`. */
  completeFailed: (subject: string) => `${subject} could not be completed.`,
  updateFailed: (subject: string) => `${subject} could not be changed.`,
  deleteFailed: (subject: string) => `${subject} could not be deleted.`,
} as const;
