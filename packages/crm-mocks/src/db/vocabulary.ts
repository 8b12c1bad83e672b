/**
 * The practice-specific words faker has no category for: what a therapy practice sells, what its
 * staff write in follow-ups and notes, and how its records are distributed. Names, companies,
 * emails, phones and job titles come from faker.
 */

/** `[value, weight]`: how often each value appears in seeded data. */
export type Weighted<T> = ReadonlyArray<readonly [T, number]>;

/** Statuses of leads older than two weeks; most have been worked. */
export const SETTLED_LEAD_STATUSES: Weighted<string> = [
  ['new', 8], ['contacted', 20], ['qualified', 18], ['unqualified', 14], ['converted', 24], ['lost', 16],
];

/** Statuses of leads from the last two weeks; most are still being worked. */
export const RECENT_LEAD_STATUSES: Weighted<string> = [
  ['new', 55], ['contacted', 30], ['qualified', 10], ['unqualified', 5],
];

export const LEAD_SOURCE_WEIGHTS: Weighted<string> = [
  ['website', 30], ['referral', 22], ['phone', 15], ['social', 12], ['email', 9], ['walk_in', 7], ['other', 5],
];

export const CONTACT_STATUS_WEIGHTS: Weighted<string> = [['active', 55], ['prospect', 30], ['inactive', 15]];

export const STAGE_WEIGHTS: Weighted<string> = [
  ['prospecting', 20], ['qualification', 18], ['proposal', 17], ['negotiation', 12], ['closed_won', 20], ['closed_lost', 13],
];

/** The usual win probability (percent) at each stage. */
export const STAGE_PROBABILITY: Readonly<Record<string, number>> = {
  prospecting: 10, qualification: 25, proposal: 50, negotiation: 75, closed_won: 100, closed_lost: 0,
};

export const CLOSED_STAGES: ReadonlySet<string> = new Set(['closed_won', 'closed_lost']);

export const PIPELINE_WEIGHTS: Weighted<number> = [[1, 70], [2, 20], [3, 10]];

export const FOLLOW_UP_TYPE_WEIGHTS: Weighted<string> = [['call', 40], ['email', 30], ['meeting', 20], ['note', 10]];

export const SERVICES = [
  'Employee assistance program', 'Group therapy series', 'Corporate wellness workshop', 'Telehealth package',
  'Annual care plan', 'Clinical supervision contract', 'School counselling partnership', 'Stress management course',
  'Referral partnership', 'Family therapy package', 'Mindfulness training', 'Couples counselling package',
] as const;

export const FOLLOW_UP_SUBJECTS: Readonly<Record<string, readonly string[]>> = {
  call: ['Intake call', 'Check-in call', 'Discuss care plan', 'Answer insurance questions', 'Schedule first session'],
  email: ['Send intake forms', 'Share session pricing', 'Send appointment reminder', 'Follow up on referral'],
  meeting: ['Initial consultation', 'Care plan review', 'Partnership meeting', 'Onboarding session'],
  note: ['Scheduling preferences noted', 'Referral source recorded', 'Insurance details verified'],
};

export const FOLLOW_UP_DESCRIPTIONS = [
  'Confirm availability for the next available slot.',
  'Go through the questions raised on the last call.',
  'Share the documents requested and confirm receipt.',
  'Agree next steps and record them in the file.',
  'Check whether the proposed times still work.',
  '',
] as const;

/** What came of a completed follow-up, as staff write it; empty: nothing was written. */
export const FOLLOW_UP_OUTCOMES = [
  'Booked an initial session.', 'Left a voicemail.', 'No answer; will try again.', 'Sent the forms; awaiting reply.',
  'Not interested for now.', '',
] as const;

/**
 * When the open follow-ups around "now" fall, in minutes from it: the agenda's groups (overdue,
 * today, the next days, later) and a reminder that is coming due all have something to show.
 */
export const FOLLOW_UPS_AROUND_NOW = [-4 * 1440, -1440 - 90, -150, -25, 8, 45, 180, 1440 + 60, 2 * 1440, 5 * 1440 + 120, 12 * 1440] as const;

export const NOTES = [
  'Prefers evening appointments.', 'Asked about insurance coverage.', 'Referred by a current client.',
  'Interested in telehealth sessions.', 'Wants a callback next week.', 'Asked about group sessions.',
  'Prefers to be contacted by email.', 'Needs a Spanish-speaking clinician.',
] as const;
