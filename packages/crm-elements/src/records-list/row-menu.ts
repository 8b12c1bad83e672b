// Loaded on demand with a list's actions (records-actions.ts): the menu of a row's other actions.
import type { CrmId } from '@mindbrite/crm-client';
import { css, html, nothing, type ReactiveControllerHost } from 'lit';

/** One item of a row's menu: the action it runs, its label, and `danger` for what cannot be undone. */
export interface RowMenuItem {
  action: string;
  label: string;
  danger?: boolean;
}

export const rowMenuStyles = css`
  .row-menu {
    position: fixed;
    inset: auto;
    margin: 0;
    padding: calc(var(--_space) * 0.5);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    box-shadow: var(--_shadow-overlay);
  }
  .row-menu:popover-open {
    display: grid;
    min-inline-size: 10rem;
  }
  .row-menu button {
    min-block-size: 2.25rem;
    padding: 0 calc(var(--_space) * 1.5);
    border: 0;
    border-radius: var(--_radius);
    background: none;
    text-align: start;
    white-space: nowrap;
    cursor: pointer;
  }
  .row-menu button:hover,
  .row-menu button:focus-visible {
    background: var(--_color-surface-raised);
  }
  .row-menu .danger {
    color: var(--_color-danger);
  }
`;

/**
 * A menu of actions for one row at a time, after the WAI-ARIA menu button pattern: it opens beside
 * the row's button (which has `aria-haspopup="menu"` and says whether it is expanded) with focus
 * on its first item; the Up and Down arrows, Home and End move between items; Enter or a click
 * runs one; Escape, Tab or a click elsewhere closes it, and focus goes back to the button. A
 * popover in the top layer, so a table that scrolls or clips cannot cut it off.
 */
export class RowMenu {
  /** The id of the record whose menu is open. */
  openFor?: CrmId;
  #items: RowMenuItem[] = [];
  #label = '';
  #button?: HTMLElement;
  #choose?: (action: string) => void;

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: ShadowRoot }) {}

  get #menu(): HTMLElement | null {
    return this.host.renderRoot.querySelector('.row-menu');
  }

  /** Opens the menu of `items`, named `label`, beside `button`; `choose` runs the item chosen. */
  async open(id: CrmId, label: string, items: RowMenuItem[], button: HTMLElement, choose: (action: string) => void): Promise<void> {
    this.openFor = id;
    this.#items = items;
    this.#label = label;
    this.#button = button;
    this.#choose = choose;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const menu = this.#menu;
    if (!menu || this.openFor !== id) return;
    menu.showPopover();
    this.#place(menu, button);
    menu.querySelector('button')?.focus();
  }

  /** Below the button, its end edge on the button's end edge; above it when there is no room below. */
  #place(menu: HTMLElement, button: HTMLElement): void {
    const anchor = button.getBoundingClientRect();
    const { offsetWidth: width, offsetHeight: height } = menu;
    const rtl = getComputedStyle(button).direction === 'rtl';
    const left = rtl ? anchor.left : anchor.right - width;
    const top = anchor.bottom + height + 4 > innerHeight ? anchor.top - height - 4 : anchor.bottom + 4;
    menu.style.left = `${Math.max(4, Math.min(left, innerWidth - width - 4))}px`;
    menu.style.top = `${Math.max(4, top)}px`;
  }

  render() {
    return html`<div
      class="row-menu"
      part="row-menu"
      role="menu"
      popover
      aria-label=${this.#label || nothing}
      @toggle=${this.#onToggle}
      @keydown=${this.#onKeydown}
      @click=${this.#onClick}
    >
      ${this.openFor === undefined
        ? nothing
        : this.#items.map(
            ({ action, label, danger }) =>
              html`<button type="button" role="menuitem" tabindex="-1" class=${danger ? 'danger' : ''} data-item=${action}>${label}</button>`,
          )}
    </div>`;
  }

  /** Closed by any means: the row's button says so, and gets focus back if the menu had it. */
  readonly #onToggle = (event: ToggleEvent) => {
    if (event.newState !== 'closed') return;
    const root = this.host.renderRoot;
    const hadFocus = !root.activeElement || this.#menu?.contains(root.activeElement);
    this.openFor = undefined;
    this.host.requestUpdate();
    if (hadFocus) this.#button?.focus();
  };

  readonly #onKeydown = (event: KeyboardEvent) => {
    const items = [...this.#menu!.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    const at = items.indexOf(event.target as HTMLElement);
    const to = ({ ArrowDown: (at + 1) % items.length, ArrowUp: (at - 1 + items.length) % items.length, Home: 0, End: items.length - 1 } as Partial<
      Record<string, number>
    >)[event.key];
    if (to !== undefined) {
      event.preventDefault();
      items[to]?.focus();
    } else if (event.key === 'Tab') {
      // Tab leaves the menu for the row it belongs to, not for what follows the menu in the page.
      event.preventDefault();
      this.#menu!.hidePopover();
    }
  };

  readonly #onClick = (event: MouseEvent) => {
    const item = (event.target as Element).closest<HTMLElement>('[role="menuitem"]');
    if (!item) return;
    const choose = this.#choose;
    // Focus goes back to the row's button before the action runs: a confirmation it opens returns
    // focus to where it was, and the menu's own toggle event comes only after that.
    this.#button?.focus();
    this.#menu!.hidePopover();
    choose?.(item.dataset.item!);
  };
}
