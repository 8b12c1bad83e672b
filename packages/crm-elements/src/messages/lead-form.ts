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
  /** The server's checks the form says in its own words, by field label. */
  serverChecks: {
    taken: (field: string) => `This ${field.toLowerCase()} is already used by another record.`,
    required: (field: string) => `${field} is required.`,
    invalid: (field: string) => `This ${field.toLowerCase()} is not valid.`,
  },
  /** A create that failed without a clear answer: it may have reached the CRM. */
  mayBeSaved:
    'The lead may have been saved: the CRM did not confirm it. Press “Create lead” again without changing anything, so the CRM can tell it is the same lead.',
} as const;

/** Strings of `<crm-lead-dialog>`. */
export const leadDialogMessages = {
  confirmTitle: 'Discard unsaved changes?',
  confirmText: 'The changes you made to this lead have not been saved and will be lost.',
  keepEditing: 'Keep editing',
  discard: 'Discard changes',
} as const;
