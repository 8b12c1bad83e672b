import type { RecordFormNouns } from './record-form.js';

/**
 * The strings of `<crm-contact-form>` that name contacts (the rest are every record form's, in
 * `recordFormMessages`); those of its rarely shown notes are in `contact-form-notes.ts`.
 */
export const contactFormMessages = {
  formLabel: { create: 'New contact', edit: 'Edit contact' },
  create: 'Create contact',
  created: 'The contact was created.',
  invalid: (count: number) =>
    count === 1
      ? 'One field needs attention before the contact can be saved.'
      : `${count} fields need attention before the contact can be saved.`,
  mayBeSaved:
    'The contact may have been saved: the CRM did not confirm it. Press “Create contact” again without changing anything, so the CRM can tell it is the same contact.',
} as const satisfies RecordFormNouns;
