import type { ReactiveControllerHost } from 'lit';

/** How much of a set of rows is selected, for a select-all checkbox (`some` is indeterminate). */
export type SelectionState = 'none' | 'some' | 'all';

/**
 * The selected rows of a list, by key. Every change re-renders the host; lookups are O(1) so a
 * page of rows can ask `has()` per row at no cost. It needs no lifecycle hooks, so it does not
 * register itself with the host.
 *
 * @example
 * private readonly selection = new SelectionController<CrmId>(this);
 * html`<input type="checkbox" .checked=${this.selection.has(lead.id)}
 *   @change=${(e) => this.selection.setAll([lead.id], e.target.checked)}>`;
 */
export class SelectionController<Key> {
  private readonly selected = new Set<Key>();

  constructor(private readonly host: ReactiveControllerHost) {}

  get size(): number {
    return this.selected.size;
  }

  /** The selected keys, in the order they were selected. */
  get keys(): Key[] {
    return [...this.selected];
  }

  has(key: Key): boolean {
    return this.selected.has(key);
  }

  /** Selects or deselects all of `keys` at once (one row's checkbox, or a select-all). */
  setAll(keys: Iterable<Key>, selected: boolean): void {
    for (const key of keys) {
      if (selected) this.selected.add(key);
      else this.selected.delete(key);
    }
    this.host.requestUpdate();
  }

  /** Keeps only the keys still present (after a reload or a delete), dropping the rest. */
  retain(keys: Iterable<Key>): void {
    const present = new Set(keys);
    let changed = false;
    for (const key of this.selected) {
      if (!present.has(key)) {
        this.selected.delete(key);
        changed = true;
      }
    }
    if (changed) this.host.requestUpdate();
  }

  clear(): void {
    if (!this.selected.size) return;
    this.selected.clear();
    this.host.requestUpdate();
  }

  /** Whether none, some or all of `keys` are selected. */
  stateOf(keys: readonly Key[]): SelectionState {
    const count = keys.filter((key) => this.selected.has(key)).length;
    if (count === 0) return 'none';
    return count === keys.length ? 'all' : 'some';
  }
}
