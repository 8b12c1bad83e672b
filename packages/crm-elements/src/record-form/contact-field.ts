import { html, nothing, type ReactiveController } from 'lit';
import type { CrmElement } from '../base/crm-element.js';
import { LazyModule } from '../controllers/lazy-module.controller.js';
import type { ContactPicker, ContactPickerContext, ContactPickerWords } from './contact-picker.js';

/** What a contact field may read and do in its form: the picker's, with its words loading with it. */
export interface ContactFieldContext extends Omit<ContactPickerContext, 'words'> {
  /** The section of the picker's words, whose module loads with the picker. */
  words: () => Promise<ContactPickerWords>;
}

/**
 * A form's contact field: a combobox input showing the chosen contact's name, whose search and
 * keyboard (`ContactPicker`) load on demand, with the first focus, typing or key in the field, or
 * at once for a contact the form has no name for (one given by id). Until then the input shows the
 * name the form has; events from before the picker arrived are handed to it when it does. The
 * input, the list and the status region are rendered here, so the input is the same element
 * before and after (focus and what was typed stay), and the live region is in the page before it
 * speaks.
 *
 * Typing in the field is a search, not its value: its `input` events stop here, and the picker
 * gives the form the contact chosen (`choose`).
 * @example
 * readonly #contact = new ContactField(this, { client, value, choose, known, words });
 * html`${this.#contact.render('contact_id', 'Contact', 'false', nothing)}`;
 */
export class ContactField implements ReactiveController {
  readonly #picker: LazyModule<ContactPicker>;
  /** The input's events from before the picker arrived, each with the input (an event's target is gone once it was dispatched). */
  readonly #early: [Event, HTMLInputElement][] = [];

  constructor(
    host: CrmElement,
    private readonly context: ContactFieldContext,
  ) {
    host.addController(this);
    this.#picker = new LazyModule(host, () =>
      Promise.all([import('./contact-picker.js'), context.words()]).then(([{ ContactPicker }, words]) => {
        const picker = new ContactPicker(host, { ...context, words: () => host.t(words) });
        for (const [event, input] of this.#early.splice(0)) picker.handle(event, input);
        return picker;
      }),
    );
  }

  hostUpdate(): void {
    const id = this.context.value();
    if (id && this.context.known(id) === undefined) void this.#picker.get();
  }

  readonly #handle = (event: Event) => {
    if (event.type === 'input') event.stopPropagation();
    const input = event.target as HTMLInputElement;
    const picker = this.#picker.value;
    if (picker) return picker.handle(event, input);
    this.#early.push([event, input]);
    void this.#picker.get();
  };

  /** The field's control: `name` is the form's field, `label` names the list, `invalid` and `describedBy` as every control's. */
  render(name: string, label: string, invalid: string, describedBy: unknown) {
    const picker = this.#picker.value;
    return html`<div class="combobox">
      <input
        id=${name}
        name=${name}
        type="text"
        part="input"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded=${picker?.expanded ? 'true' : 'false'}
        aria-controls="${name}-listbox"
        aria-activedescendant=${picker?.activeId ?? nothing}
        aria-invalid=${invalid}
        aria-describedby=${describedBy}
        .value=${picker ? picker.text : (this.context.known(this.context.value()) ?? '')}
        @focus=${this.#handle}
        @input=${this.#handle}
        @keydown=${this.#handle}
        @focusout=${this.#handle}
      />
      <ul id="${name}-listbox" role="listbox" part="listbox" aria-label=${label} ?hidden=${!picker?.expanded}>${picker?.renderOptions()}</ul>
      <p class="visually-hidden" role="status">${picker?.status}</p>
    </div>`;
  }
}
