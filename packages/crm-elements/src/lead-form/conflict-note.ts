import { html } from 'lit';
// Straight from its module rather than messages/index.js, so this chunk needs nothing of the form's.
import { leadFormNoteMessages as notes } from '../messages/lead-form-notes.js';

/**
 * The explanation of a `409` (someone else saved the lead meanwhile) with its two ways out. Few
 * forms ever meet one, so this loads with the first conflict.
 * @example
 * html`${renderConflict(() => this.reload(), () => this.keepMine())}`;
 */
export function renderConflict(reload: () => void, keep: () => void) {
  return html`<div class="conflict" part="conflict">
    <p><strong>${notes.conflict.title}</strong></p>
    <p>${notes.conflict.explain}</p>
    <button class="button" type="button" data-action="reload" @click=${reload}>${notes.conflict.reload}</button>
    <button class="button" type="button" @click=${keep}>${notes.conflict.keep}</button>
  </div>`;
}

/**
 * What the form announces once it reloaded the lead after a conflict: which of the user's
 * changes (named by their labels) were discarded.
 * @example
 * reloadedMessage(['Phone', 'Company']); // 'The lead was reloaded. Your changes to Phone, Company were discarded; …'
 */
export function reloadedMessage(discarded: string[]): string {
  return notes.conflict.reloaded(discarded);
}
