import type { RecordFormNoteNouns } from './record-form-notes.js';

/**
 * The strings of `<crm-follow-up-form>`'s rarely shown notes that name follow-ups (the rest are in
 * `recordFormNoteMessages`). A module of their own, so they load with those notes.
 */
export const followUpFormNoteMessages = {
  conflict: {
    title: 'Someone else changed this follow-up while you were editing it.',
    explain:
      'Reload to see their version. Reloading replaces what you typed with the saved follow-up, and the form lists which of your changes were discarded so you can enter them again. To keep your version instead, choose “Keep my changes” and save again.',
    reload: 'Reload the follow-up',
    reloaded: 'The follow-up was reloaded.',
  },
  // Every form's notes have it; only a form with an email or phone field checks for duplicates.
  saveAnyway: 'You can still save this follow-up.',
} as const satisfies RecordFormNoteNouns;
