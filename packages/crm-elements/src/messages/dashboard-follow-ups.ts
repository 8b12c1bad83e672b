/**
 * The strings of `<crm-dashboard>`'s follow-up counts: a module of their own, so they load with
 * the counts' code, beside the first statistics request, not in the dashboard's first load.
 */
export const dashboardFollowUpMessages = {
  dueToday: 'Follow-ups due today',
  overdue: 'Overdue follow-ups',
  /** The tooltip of the "—" a count shows when it could not be loaded. */
  countFailed: 'Could not be loaded',
} as const;
