import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Keeps the space of an element's loading state that the reader saw. Data shorter than the
 * placeholders (a contact with one follow-up, a list of two rows, an empty state) would otherwise
 * pull the host's content in view up under the reader: a layout shift. While a `skeleton` part is
 * shown, each update measures how much of the element lies above the bottom of the window; the
 * element then stays at least that tall (`:host { min-block-size }`, which the host's own CSS
 * overrides). Content below the window moves unseen, so no more than that is held.
 *
 * @example
 * constructor() {
 *   super();
 *   new LoadingSpaceController(this);
 * }
 */
export class LoadingSpaceController implements ReactiveController {
  #held = 0;
  readonly #sheet = new CSSStyleSheet();
  /** A task has passed since the element was connected: its first render is laid out, so a read forces no extra layout. */
  #laidOut = false;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    setTimeout(() => (this.#laidOut = true));
  }

  hostUpdate(): void {
    const { host } = this;
    if (!this.#laidOut || !host.renderRoot.querySelector('[part~="skeleton"]')) return;
    const { top, height } = host.getBoundingClientRect();
    const seen = Math.min(height, innerHeight - top);
    if (seen <= this.#held) return;
    if (!this.#held) (host.renderRoot as ShadowRoot).adoptedStyleSheets.push(this.#sheet);
    this.#held = seen;
    // In the host's own box-sizing: less its padding and border when its size is its content's.
    // The space held goes after the content, not between its rows.
    this.#sheet.replaceSync(`:host{min-block-size:${seen - height + parseFloat(getComputedStyle(host).blockSize)}px;align-content:start}`);
  }
}
