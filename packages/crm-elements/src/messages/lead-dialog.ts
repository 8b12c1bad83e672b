/** The strings of `<crm-lead-dialog>` that name leads (the dialog also shows the form's title and outcomes). */
export const leadDialogMessages = {
  confirmText: 'The changes you made to this lead have not been saved and will be lost.',
} as const;
