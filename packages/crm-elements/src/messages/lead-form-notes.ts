import type { RecordFormNoteNouns } from './record-form-notes.js';

/**
 * The strings of `<crm-lead-form>`'s rarely shown notes that name leads (the rest are in
 * `recordFormNoteMessages`). A module of their own, so they load with those notes.
 */
export const leadFormNoteMessages = {
  conflict: {
    title: 'Someone else changed this lead while you were editing it.',
    explain:
      'Reload to see their version. Reloading replaces what you typed with the saved lead, and the form lists which of your changes were discarded so you can enter them again. To keep your version instead, choose “Keep my changes” and save again.',
    reload: 'Reload the lead',
    reloaded: 'The lead was reloaded.',
  },
  saveAnyway: 'You can still save this lead if it is a different person.',
} as const satisfies RecordFormNoteNouns;
