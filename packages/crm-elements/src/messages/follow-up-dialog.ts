/** The strings of `<crm-follow-up-dialog>` that name follow-ups (the dialog also shows the form's title and outcomes). */
export const followUpDialogMessages = {
  confirmText: 'The changes you made to this follow-up have not been saved and will be lost.',
} as const;
