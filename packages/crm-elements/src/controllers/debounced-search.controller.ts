import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface DebouncedSearchOptions {
  /** Quiet time after the last keystroke before the term is committed, in ms. Default `300`. */
  delay?: number;
  /** Receives each committed term, trimmed, only when it differs from the last one committed. */
  onSearch: (term: string) => void;
}

/**
 * Turns keystrokes into search terms: the term is committed once typing pauses, so typing a name
 * sends one request, not one per letter. Pair it with a `Task` whose args include the committed
 * term: the Task aborts the request of a term that was superseded.
 *
 * @example
 * private readonly searchInput = new DebouncedSearchController(this, {
 *   onSearch: (term) => { this.search = term; },
 * });
 * html`<input type="search" .value=${this.searchInput.textFor(this.search)}
 *   @input=${(e) => this.searchInput.type(e.target.value)}
 *   @keydown=${(e) => e.key === 'Enter' && this.searchInput.flush(e.target.value)}>`;
 */
export class DebouncedSearchController implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private committed = '';
  /** The text as the user typed it, spaces included. */
  private typed = '';

  constructor(
    host: ReactiveControllerHost,
    private readonly options: DebouncedSearchOptions,
  ) {
    host.addController(this);
  }

  /** Records a keystroke; the term is committed after the quiet time unless more typing follows. */
  type(value: string): void {
    this.cancel();
    this.typed = value;
    this.timer = setTimeout(() => this.flush(value), this.options.delay ?? 300);
  }

  /** Commits `value` now (Enter, a clear button), dropping any pending keystrokes. */
  flush(value: string): void {
    this.cancel();
    this.typed = value;
    const term = value.trim();
    if (term === this.committed) return;
    this.committed = term;
    this.options.onSearch(term);
  }

  /**
   * Tells the controller the term was set from outside (an attribute, "clear filters"), so a
   * pending keystroke does not overwrite it and the same term is not committed twice.
   */
  reset(term: string): void {
    this.cancel();
    this.committed = term.trim();
  }

  /**
   * What the search box shows for the committed `term`: the user's own text while it still means
   * that term, so the space typed before a pause ("Mary ") is not taken away mid-name.
   */
  textFor(term: string): string {
    return this.typed.trim() === term ? this.typed : term;
  }

  hostDisconnected(): void {
    this.cancel();
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
