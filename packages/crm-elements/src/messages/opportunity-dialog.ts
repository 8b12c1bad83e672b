/** The strings of `<crm-opportunity-dialog>` that name opportunities (the dialog also shows the form's title and outcomes). */
export const opportunityDialogMessages = {
  confirmText: 'The changes you made to this opportunity have not been saved and will be lost.',
} as const;
