import type { RecordFormNoteNouns } from './record-form-notes.js';

/**
 * The strings of `<crm-contact-form>`'s rarely shown notes that name contacts (the rest are in
 * `recordFormNoteMessages`). A module of their own, so they load with those notes.
 */
export const contactFormNoteMessages = {
  conflict: {
    title: 'Someone else changed this contact while you were editing it.',
    explain:
      'Reload to see their version. Reloading replaces what you typed with the saved contact, and the form lists which of your changes were discarded so you can enter them again. To keep your version instead, choose “Keep my changes” and save again.',
    reload: 'Reload the contact',
    reloaded: 'The contact was reloaded.',
  },
  saveAnyway: 'You can still save this contact if it is a different person.',
} as const satisfies RecordFormNoteNouns;
