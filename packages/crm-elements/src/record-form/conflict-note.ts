import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { CrmElement } from '../base/crm-element.js';
import { formatList } from '../shared/format-list.js';
// Straight from its module rather than messages/index.js, so this chunk needs nothing of the form's.
import { recordFormNoteMessages, type RecordFormNoteNouns } from '../messages/record-form-notes.js';

/** What the conflict note may read and do in its form. */
export interface ConflictNoteContext {
  /** The form's words for its records, in its language. */
  words: () => RecordFormNoteNouns;
  /** The names of the fields the user changed, in form order. */
  changed: () => string[];
  /** The label of a field. */
  label: (name: string) => string;
  /** Loads the record again; the form calls `loaded()` once it shows it. */
  reload: () => void;
  /** Says something in the form's status region. */
  announce: (message: string) => void;
  /** Moves focus to the control of a field, or to the first field. */
  focusField: (name?: string) => void;
}

/**
 * The explanation of a `409` (someone else saved the record meanwhile), in the form's words, with
 * its two ways out: reload the record (the form then says which of the user's changes were
 * discarded) or keep the user's version. Few forms ever meet one, so this loads with the first
 * conflict.
 * @example
 * const note = new ConflictNote(this, { words, changed, label, reload, announce, focusField });
 * await note.show();
 */
export class ConflictNote {
  private shown = false;
  /** The fields the user had changed when they chose to reload. */
  private discarded?: string[];

  constructor(
    private readonly host: ReactiveControllerHost & Pick<CrmElement, 't' | 'effectiveLocale'> & { readonly renderRoot: ParentNode },
    private readonly context: ConflictNoteContext,
  ) {}

  /** Shows the note, with focus on its Reload button. */
  async show(): Promise<void> {
    this.toggle(true);
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('[data-action="reload"]')?.focus();
  }

  hide(): void {
    this.toggle(false);
  }

  /** The form shows the record as loaded: after a reload the note chose, it says what was discarded and goes. */
  loaded(): void {
    const { discarded, context } = this;
    if (!discarded) return;
    this.discarded = undefined;
    const notes = this.host.t(recordFormNoteMessages);
    const lost = discarded.length ? notes.discarded(formatList(discarded.map(context.label), this.host.effectiveLocale)) : notes.nothingDiscarded;
    context.announce(`${context.words().conflict.reloaded} ${lost}`);
    this.leave();
  }

  render() {
    const { conflict } = this.context.words();
    return this.shown
      ? html`<div class="conflict" part="conflict">
          <p><strong>${conflict.title}</strong></p>
          <p>${conflict.explain}</p>
          <button class="button" type="button" data-action="reload" @click=${this.reload}>${conflict.reload}</button>
          <button class="button" type="button" @click=${this.leave}>${this.host.t(recordFormNoteMessages).keep}</button>
        </div>`
      : nothing;
  }

  private toggle(shown: boolean): void {
    this.shown = shown;
    this.host.requestUpdate();
  }

  /** The note, and focus on its Reload button, stay until the reloaded record replaces them. */
  private readonly reload = () => {
    this.discarded = this.context.changed();
    this.context.reload();
  };

  /**
   * Hides the note. Focus moves first, to the first field the user changed (the first field after
   * a reload, which discards them), so it does not fall to the page with the note.
   */
  private readonly leave = () => {
    this.context.focusField(this.context.changed()[0]);
    this.hide();
  };
}
