import type { RecordFormNouns } from './record-form.js';

/**
 * The strings of `<crm-lead-form>` and `<crm-lead-dialog>` that name leads (the rest are every
 * record form's, in `recordFormMessages`); those of its rarely shown notes are in `lead-form-notes.ts`.
 */
export const leadFormMessages = {
  formLabel: { create: 'New lead', edit: 'Edit lead' },
  create: 'Create lead',
  created: 'The lead was created.',
  invalid: (count: number) =>
    count === 1 ? 'One field needs attention before the lead can be saved.' : `${count} fields need attention before the lead can be saved.`,
  mayBeSaved:
    'The lead may have been saved: the CRM did not confirm it. Press “Create lead” again without changing anything, so the CRM can tell it is the same lead.',
} as const satisfies RecordFormNouns;
