/** Strings of `<crm-lead-form>`; those of its rarely shown notes are in `lead-form-notes.ts`. */
export const leadFormMessages = {
  formLabel: { create: 'New lead', edit: 'Edit lead' },
  requiredNote: 'Fields marked * are required.',
  fields: {
    first_name: 'First name',
    last_name: 'Last name',
    email: 'Email',
    phone: 'Phone',
    company: 'Company',
    status: 'Status',
    source: 'Source',
    notes: 'Notes',
  },
  noSource: 'Not specified',
  create: 'Create lead',
  save: 'Save changes',
  saving: 'Saving…',
  created: 'The lead was created.',
  updated: 'The changes were saved.',
  nothingToSave: 'There are no changes to save.',
  invalid: (count: number) =>
    count === 1 ? 'One field needs attention before the lead can be saved.' : `${count} fields need attention before the lead can be saved.`,
  /** A server check failed on a field the form does not show. */
  otherFieldError: (field: string, message: string) => `${field}: ${message}`,
} as const;

/** Strings of `<crm-lead-dialog>`. */
export const leadDialogMessages = {
  confirmTitle: 'Discard unsaved changes?',
  confirmText: 'The changes you made to this lead have not been saved and will be lost.',
  keepEditing: 'Keep editing',
  discard: 'Discard changes',
} as const;
