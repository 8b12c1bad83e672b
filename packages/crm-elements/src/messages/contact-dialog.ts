/** The strings of `<crm-contact-dialog>`: its question before discarding, and the contact's history. */
export const contactDialogMessages = {
  confirmText: 'The changes you made to this contact have not been saved and will be lost.',
  history: 'History',
  opportunities: 'Opportunities',
  /** The contact's follow-ups still to do; those done are in its activity. */
  followUps: 'Open follow-ups',
  /** Above the contact's activity: completed follow-ups and notes, and the box logging them. */
  activity: 'Activity',
  noOpportunities: 'No opportunities for this contact yet.',
  noFollowUps: 'No open follow-ups for this contact.',
  /** Below a list that holds only the first records. */
  shownOf: (shown: string, total: string) => `Showing the first ${shown} of ${total}.`,
  /** When a follow-up is due, said relative to today (`in 3 days`, `yesterday`) by `Intl.RelativeTimeFormat`. */
  due: (when: string) => `due ${when}`,
  /** The names of the known opportunity stages. */
  stages: {
    prospecting: 'Prospecting',
    qualification: 'Qualification',
    proposal: 'Proposal',
    negotiation: 'Negotiation',
    closed_won: 'Won',
    closed_lost: 'Lost',
  },
} as const;
