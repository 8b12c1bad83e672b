// Loaded on demand by a form's contact field (contact-field.ts), when the field is first used or
// must name a contact the form has no name for.
import type { Task} from '@lit/task';
import { initialState, TaskStatus } from '@lit/task';
import type { Contact, CrmClient } from '@mindbrite/crm-client';
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { CrmElement } from '../base/crm-element.js';
import { CrmTask } from '../controllers/crm-task.js';
import { DebouncedSearchController } from '../controllers/debounced-search.controller.js';
import { commonMessages, describeError } from '../messages/common.js';
import { addStyles } from '../shared/add-styles.js';
import { formatNumber } from '../shared/format.js';
import { recordIdAttribute } from '../shared/record-id.js';
import { clipText, plainText } from '../shared/text.js';

/** How many contacts a search lists: enough to choose from, few enough to read through. */
const SHOWN = 8;

/** The picker's words, in the form's language (a section, as `opportunityFormPickerMessages`). */
export interface ContactPickerWords {
  searching: string;
  found: (count: string, n: number) => string;
  more: string;
  noMatches: string;
  failed: string;
  unnamed: (id: string) => string;
}

/** What the picker may read and do in its form. */
export interface ContactPickerContext {
  client: () => CrmClient | undefined;
  /** The chosen contact's id, as the form holds it (`''` for none). */
  value: () => string;
  /** Makes `id` the form's contact (`''`: none), as a user's choice. */
  choose: (id: string) => void;
  /** The name of contact `id` where the form has it (the record it edits), so it is not fetched again. */
  known: (id: string) => string | undefined;
  /** The picker's words, in the form's language. */
  words: () => ContactPickerWords;
}

/** What the picker adds, loading with it, to the look of the field: the list below the input. */
const pickerStyles = css`
  .combobox {
    position: relative;
  }
  .combobox [role='listbox'] {
    position: absolute;
    z-index: 1;
    inset-inline: 0;
    top: 100%;
    max-height: 16rem;
    margin: 2px 0 0;
    padding: calc(var(--_space) * 0.5) 0;
    overflow-y: auto;
    list-style: none;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.2);
  }
  [role='option'] {
    display: grid;
    min-height: 2.25rem;
    align-content: center;
    padding: calc(var(--_space) * 0.5) var(--_space);
    cursor: pointer;
  }
  [role='option'] span {
    color: var(--_color-text-muted);
  }
  /* The option the arrow keys are on (focus stays in the input), shown as focus is. */
  [role='option'][aria-selected='true'] {
    outline: 2px solid var(--_color-focus);
    outline-offset: -2px;
    background: var(--_color-surface-raised);
  }
  [role='option']:hover {
    background: var(--_color-surface-raised);
  }
`;

/** A contact as the list names it: first and last name, as plain text. */
const nameOf = ({ first_name, last_name }: Contact) => plainText(`${first_name} ${last_name}`.trim());

/**
 * A search-as-you-type combobox over the contacts (the ARIA APG's combobox with a listbox popup,
 * list autocomplete with manual selection): typing searches once the user pauses (one request
 * per pause, the last one only), the up and down arrows move through the contacts found (they
 * open the list when it is closed, Alt+Down without moving), Enter chooses one and Escape closes
 * the list; a click chooses too. Focus stays in the input throughout (`aria-activedescendant`).
 *
 * Typing replaces the choice: the form holds no contact until one is chosen, so leaving the
 * field with only a name typed is a missing contact, never the last one chosen. The input shows
 * what the user typed, else the chosen contact's name, fetched once when the form does not have
 * it (a contact given by id). The form renders the input, the list and the status region
 * (`contact-field.ts`), so they exist before this code arrives; it renders the options.
 *
 * @example
 * const picker = new ContactPicker(this, { client, value, choose, known, words });
 * html`<input … .value=${picker.text} @keydown=${(event) => picker.handle(event, event.target)}>`;
 */
export class ContactPicker implements ReactiveController {
  /** What the user typed since the last choice; `undefined` while the input shows the chosen contact. */
  #typed?: string;
  /** The search the list shows; `undefined` while it is closed. */
  #query?: string;
  /** The option the arrow keys are on, by index; -1 for none. */
  #active = -1;
  /** Names of the contacts the picker has seen, by id as the form holds it. */
  readonly #names = new Map<string, string>();
  /** The form's value when the picker last looked, to tell a reset or a reload from its own choices. */
  #seen: string;

  readonly #search: DebouncedSearchController;
  readonly #results: Task<readonly [CrmClient | undefined, string | undefined], Contact[]>;
  readonly #name: Task<readonly [CrmClient | undefined, string], void>;

  constructor(
    private readonly host: ReactiveControllerHost & Pick<CrmElement, 't' | 'effectiveLocale' | 'reportError'> & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly context: ContactPickerContext,
  ) {
    host.addController(this);
    addStyles(host.renderRoot as ShadowRoot, pickerStyles);
    this.#seen = context.value();
    this.#search = new DebouncedSearchController(host, { onSearch: (term) => this.#open(term, -1) });
    this.#results = new CrmTask(host, {
      args: () => [context.client(), this.#query] as const,
      task: async ([client, search], { signal }) => {
        if (!client || search === undefined) return initialState;
        // One more than shown tells whether there are others to narrow down to.
        const { data } = await client.contacts.list({ search: search || undefined, per_page: SHOWN + 1, sort: 'last_name', order: 'asc' }, { signal });
        return data;
      },
      onError: (error) => host.reportError(error, 'load'),
    });
    this.#name = new CrmTask(host, {
      args: () => [context.client(), this.#unnamed()] as const,
      task: async ([client, id], { signal }) => {
        if (!client || !id) return initialState;
        this.#names.set(id, nameOf(await client.contacts.get(recordIdAttribute.fromAttribute(id)!, { signal })));
      },
      onError: (error) => host.reportError(error, 'load'),
    });
  }

  hostUpdate(): void {
    // The form changed its contact itself (a reset after a save, a reload): what was typed goes.
    const value = this.context.value();
    if (value === this.#seen) return;
    this.#seen = value;
    this.#typed = undefined;
    this.#close();
  }

  /** What the input shows: what was typed, else the chosen contact's name (once known). */
  get text(): string {
    const id = this.context.value();
    if (this.#typed !== undefined || !id) return this.#typed ?? '';
    const name = this.#names.get(id) ?? this.context.known(id);
    return name ?? (this.#name.status === TaskStatus.ERROR ? this.context.words().unnamed(id) : '');
  }

  /** Whether the list shows: a search is open and found contacts. */
  get expanded(): boolean {
    return this.#shown.length > 0;
  }

  /** The id of the option the arrow keys are on, for `aria-activedescendant`. */
  get activeId(): string | undefined {
    return this.#active >= 0 && this.#active < this.#shown.length ? this.#optionId(this.#active) : undefined;
  }

  /** What the status region says of the list: searching, how many were found, none, or the failure. */
  get status(): string {
    const words = this.context.words();
    if (!this.#searching) return '';
    const { status, error } = this.#results;
    if (status === TaskStatus.PENDING) return words.searching;
    if (status === TaskStatus.ERROR) return `${words.failed} ${describeError(error, this.host.t(commonMessages))}`;
    const count = this.#shown.length;
    // Besides the count, whether there are more contacts than shown, to narrow down to by typing more.
    const more = (this.#results.value?.length ?? 0) > SHOWN ? ` ${words.more}` : '';
    return count ? words.found(formatNumber(count, this.host.effectiveLocale), count) + more : words.noMatches;
  }

  /** Takes an event of `input`: typing (`input`), a key (`keydown`) or leaving it (`focusout`); others change nothing. */
  handle(event: Event, input: HTMLInputElement): void {
    if (event.type === 'input') this.#type(input.value);
    else if (event.type === 'focusout') this.#close();
    else if (event.type === 'keydown') this.#key(event as KeyboardEvent, input.value);
  }

  /** The options of the contacts found, for the listbox the field renders; a failure or no match is said in the status region. */
  renderOptions() {
    return this.#shown.map(
        (contact, index) => html`<li
          id=${this.#optionId(index)}
          role="option"
          part="option"
          aria-selected=${index === this.#active ? 'true' : 'false'}
          @pointerdown=${(event: Event) => event.preventDefault()}
          @click=${() => this.#choose(contact)}
        >
          ${clipText(nameOf(contact))} ${contact.email ? html`<span>${clipText(plainText(contact.email))}</span>` : nothing}
        </li>`,
    );
  }

  /** Whether a search is open: the list shows its contacts, or the status region says there are none. */
  get #searching(): boolean {
    return this.#query !== undefined;
  }

  /** The contacts the list shows: the search's, while it is open and has come back. */
  get #shown(): Contact[] {
    return this.#searching ? (this.#results.value ?? []).slice(0, SHOWN) : [];
  }

  #optionId(index: number): string {
    return `contact-option-${index}`;
  }

  /** The chosen contact when the form has no name for it, to fetch; else `''`. */
  #unnamed(): string {
    const id = this.context.value();
    return id && this.#typed === undefined && !this.#names.has(id) && this.context.known(id) === undefined ? id : '';
  }

  #type(text: string): void {
    this.#typed = text;
    // Typing replaces the choice: a name typed over it is no contact yet.
    if (this.context.value()) this.#pick('');
    if (text.trim()) this.#search.type(text);
    else this.#close();
    this.#active = -1;
    this.host.requestUpdate();
  }

  #key(event: KeyboardEvent, text: string): void {
    const { key } = event;
    const count = this.#shown.length;
    if (key === 'ArrowDown' || key === 'ArrowUp') {
      event.preventDefault();
      const down = key === 'ArrowDown';
      if (!this.#searching) {
        // Opens the list of what was typed (else of every contact), on its first option for Down.
        this.#search.reset(text);
        this.#open(this.#typed?.trim() ?? '', down && !event.altKey ? 0 : -1);
      } else if (count && !event.altKey) {
        this.#active = this.#active < 0 ? (down ? 0 : count - 1) : (this.#active + (down ? 1 : -1) + count) % count;
        this.host.requestUpdate();
        void this.host.updateComplete.then(() => this.#scrollToActive());
      }
    } else if (key === 'Enter' && this.#searching) {
      // Enter in an open list chooses (or closes it); it never saves the form.
      event.preventDefault();
      const contact = this.#shown[this.#active];
      if (contact) this.#choose(contact);
      else this.#close();
    } else if (key === 'Escape' && this.#searching) {
      // Handled: a dialog around the form takes an Escape it did not mark as handled as a request to close.
      event.preventDefault();
      this.#close();
    }
  }

  #open(search: string, active: number): void {
    this.#query = search;
    this.#active = active;
    this.host.requestUpdate();
  }

  #close(): void {
    // A search still waiting for a pause goes too (the user left the field); the next one is a new
    // search, even for the same name.
    this.#search.reset('');
    if (!this.#searching) return;
    this.#query = undefined;
    this.#active = -1;
    this.host.requestUpdate();
  }

  #choose(contact: Contact): void {
    const id = String(contact.id);
    this.#names.set(id, nameOf(contact));
    this.#typed = undefined;
    this.#close();
    this.#pick(id);
  }

  /** Gives the form its new contact, noted as the picker's own choice. */
  #pick(id: string): void {
    this.#seen = id;
    this.context.choose(id);
  }

  /** Keeps the option the arrow keys are on in view in a list that scrolls. */
  #scrollToActive(): void {
    const id = this.activeId;
    if (id) (this.host.renderRoot as ShadowRoot).getElementById(id)?.scrollIntoView({ block: 'nearest' });
  }
}
