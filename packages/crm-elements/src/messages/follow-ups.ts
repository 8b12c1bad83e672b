/**
 * Strings of `<crm-follow-ups>` on its first paint: the groups, an item, the filters, the reminders
 * and the states. Functions take numbers and dates already formatted for the locale; subjects and
 * names are plain text. The words of its actions, loaded with them, are in `follow-ups-actions.ts`.
 */
export const followUpsMessages = {
  label: 'Follow-ups',
  /** The button that opens the dialog scheduling a new follow-up. */
  schedule: 'Schedule follow-up',
  groups: { overdue: 'Overdue', today: 'Today', week: 'Next 7 days', later: 'Later', completed: 'Completed' },
  typeFilter: 'Type',
  allTypes: 'All types',
  contactFilter: 'Contact',
  contactPlaceholder: 'Name',
  clearFilters: 'Clear filters',
  /** An open follow-up whose time has passed, with how long ago in `Intl`'s words for the unit ("2 days", "20 minutes"). */
  overdue: (duration: string) => `${duration} overdue`,
  /** An open follow-up ahead, with how soon in `Intl`'s words ("in 20 minutes", "tomorrow"). */
  due: (when: string) => `due ${when}`,
  /** A completed follow-up, with when it was done. */
  done: (when: string) => `Done ${when}`,
  outcome: 'Outcome',
  details: 'Details',
  complete: 'Complete',
  snooze: 'Snooze',
  reopen: 'Reopen',
  delete: 'Delete',
  /** A reminder ahead of time, with how soon in `Intl`'s words ("in 10 minutes"). */
  dueIn: (when: string) => `Due ${when}`,
  dueNow: 'Due now',
  dismiss: 'Dismiss',
  turnOnNotifications: 'Turn on notifications',
  empty: 'No follow-ups.',
  emptyForContact: 'No follow-ups for this contact.',
  noMatches: 'No follow-ups match the filters.',
  /** Below the open follow-ups when there are more than the agenda loads. */
  capped: (shown: string, total: string) => `Showing the first ${shown} of ${total} open follow-ups.`,
  refreshFailed: 'The follow-ups could not be refreshed.',
} as const;
