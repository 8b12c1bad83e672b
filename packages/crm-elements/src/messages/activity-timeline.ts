/**
 * Strings of `<crm-activity-timeline>`'s entries and states. Days and times arrive formatted for
 * the locale (`Intl`): a day such as `Monday, November 30, 2026`, a recent time as `3 hours ago`.
 * The quick box's are in `activity-timeline-log.ts`, which loads with it.
 */
export const activityTimelineMessages = {
  label: 'Activity',
  noContact: 'Choose a contact to see what was done with them.',
  empty: 'Nothing logged yet.',
  refreshFailed: 'The activity could not be refreshed.',
  /** Before what came of a call. */
  outcomeIs: (outcome: string) => `Outcome: ${outcome}`,
  showMore: 'Show more',
  /** The heading of the entries whose date the CRM sent in a form that is no date. */
  undated: 'No date',
} as const;
