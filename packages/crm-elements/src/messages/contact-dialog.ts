/** The strings of `<crm-contact-dialog>`: its question before discarding, and the contact's history. */
export const contactDialogMessages = {
  confirmText: 'The changes you made to this contact have not been saved and will be lost.',
  history: 'History',
  opportunities: 'Opportunities',
  followUps: 'Follow-ups',
  noOpportunities: 'No opportunities for this contact yet.',
  noFollowUps: 'No follow-ups for this contact yet.',
  /** Below a list that holds only the first records. */
  shownOf: (shown: string, total: string) => `Showing the first ${shown} of ${total}.`,
  /** When a follow-up is due or was done, said relative to today (`in 3 days`, `yesterday`) by `Intl.RelativeTimeFormat`. */
  due: (when: string) => `due ${when}`,
  done: (when: string) => `done ${when}`,
  /** The names of the known opportunity stages. */
  stages: {
    prospecting: 'Prospecting',
    qualification: 'Qualification',
    proposal: 'Proposal',
    negotiation: 'Negotiation',
    closed_won: 'Won',
    closed_lost: 'Lost',
  },
  /** The names of the known follow-up types. */
  types: { call: 'Call', email: 'Email', meeting: 'Meeting', note: 'Note' },
} as const;
