import { en } from './english-plural.js';

/**
 * The strings of `<crm-follow-up-form>` and `<crm-follow-up-dialog>` that name follow-ups, its
 * fields' labels and its quick choices of a date (the rest are every record form's, in
 * `recordFormMessages`); those of its rarely shown notes are in `follow-up-form-notes.ts`, its
 * types' names in `follow-up-types.ts`. The contact picker speaks as the opportunity form's
 * (`opportunity-form-picker.ts`): it is the same picker.
 */
export const followUpFormMessages = {
  formLabel: { create: 'Schedule a follow-up', edit: 'Edit follow-up' },
  create: 'Schedule follow-up',
  created: 'The follow-up was scheduled.',
  invalid: (count: number) => `${en(count, 'One field needs', `${count} fields need`)} attention before the follow-up can be saved.`,
  mayBeSaved:
    'The follow-up may have been scheduled: the CRM did not confirm it. Press “Schedule follow-up” again without changing anything, so the CRM can tell it is the same follow-up.',
  /** The label of each field, by name. */
  fields: {
    type: 'Type',
    subject: 'Subject',
    scheduled_date: 'Date and time',
    contact_id: 'Contact',
    description: 'Description',
  },
  /** What each field needs, said whatever its check found: missing or unreadable. */
  checks: {
    contact_id: 'Choose a contact from the list.',
    scheduled_date: 'Enter the date and time of the follow-up.',
  },
  /** The quick choices beside the date, and the name of their group. */
  quickChoices: 'Quick choices',
  /** Tomorrow at 9 in the morning; `time` is 9:00 as the locale writes it. */
  tomorrowAt: (time: string) => `Tomorrow ${time}`,
  inAWeek: 'In a week',
} as const;
