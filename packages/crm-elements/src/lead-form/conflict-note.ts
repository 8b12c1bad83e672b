import { html } from 'lit';
import { leadFormMessages as msg } from '../messages/index.js';

/**
 * The explanation of a `409` (someone else saved the lead meanwhile) with its two ways out. Few
 * forms ever meet one, so this loads with the first conflict.
 * @example
 * html`${renderConflict(() => this.reload(), () => this.keepMine())}`;
 */
export function renderConflict(reload: () => void, keep: () => void) {
  return html`<div class="conflict" part="conflict">
    <p><strong>${msg.conflict.title}</strong></p>
    <p>${msg.conflict.explain}</p>
    <button class="button" type="button" data-action="reload" @click=${reload}>${msg.conflict.reload}</button>
    <button class="button" type="button" @click=${keep}>${msg.conflict.keep}</button>
  </div>`;
}
