/**
 * Strings of `<crm-lead-form>`'s notes that most forms never show: the explanation of a `409`
 * and the duplicate warning. A module of their own, so they load with those notes' code.
 */
export const leadFormNoteMessages = {
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
