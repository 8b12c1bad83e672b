/** Strings of `<crm-lead-form>`. */
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
  conflict: {
    title: 'Someone else changed this lead while you were editing it.',
    explain:
      'Reload to see their version. Reloading replaces what you typed with the saved lead, and the form lists which of your changes were discarded so you can enter them again. To keep your version instead, choose “Keep my changes” and save again.',
    reload: 'Reload the lead',
    keep: 'Keep my changes',
    reloaded: (fields: string[]) =>
      fields.length
        ? `The lead was reloaded. Your changes to ${fields.join(', ')} were discarded; enter them again if they are still needed.`
        : 'The lead was reloaded. None of your changes were lost.',
  },
  duplicate: {
    lead: (field: string) => `A lead with this ${field.toLowerCase()} already exists:`,
    contact: (field: string) => `A contact with this ${field.toLowerCase()} already exists:`,
    open: (name: string) => `Open ${name}`,
    saveAnyway: 'You can still save this lead if it is a different person.',
  },
} as const;

/** Strings of `<crm-lead-dialog>`. */
export const leadDialogMessages = {
  confirmTitle: 'Discard unsaved changes?',
  confirmText: 'The changes you made to this lead have not been saved and will be lost.',
  keepEditing: 'Keep editing',
  discard: 'Discard changes',
} as const;
