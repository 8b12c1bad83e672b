import { en } from './english-plural.js';

/**
 * The strings of `<crm-opportunity-form>` and `<crm-opportunity-dialog>` that name opportunities,
 * and its fields' labels (the rest are every record form's, in `recordFormMessages`); those of its
 * rarely shown notes are in `opportunity-form-notes.ts`, those of its contact picker in
 * `opportunity-form-picker.ts`.
 */
export const opportunityFormMessages = {
  formLabel: { create: 'New opportunity', edit: 'Edit opportunity' },
  create: 'Create opportunity',
  created: 'The opportunity was created.',
  invalid: (count: number) => `${en(count, 'One field needs', `${count} fields need`)} attention before the opportunity can be saved.`,
  mayBeSaved:
    'The opportunity may have been saved: the CRM did not confirm it. Press “Create opportunity” again without changing anything, so the CRM can tell it is the same opportunity.',
  /** The label of each field, by name. */
  fields: {
    title: 'Title',
    contact_id: 'Contact',
    value: 'Value',
    stage: 'Stage',
    probability: 'Probability (%)',
    expected_close_date: 'Expected close date',
    description: 'Description',
  },
  /** What each field needs, said whatever its check found: missing, unreadable or out of range. */
  checks: {
    contact_id: 'Choose a contact from the list.',
    value: 'Enter the value as a number of 0 or more.',
    probability: 'Enter a probability from 0 to 100.',
    expected_close_date: 'Enter the date the opportunity is expected to close.',
  },
  /** Below the probability while it follows the stage. */
  probabilityHint: 'Set from the stage until you change it.',
} as const;
