// Loaded on demand (dynamic import) when a list's column menu first opens, so users who never
// choose columns never download it.
import { css, html, type ReactiveControllerHost } from 'lit';
import type { CrmElement } from '../base/crm-element.js';
import { recordsListMessages } from '../messages/records-list.js';
import { addStyles } from '../shared/add-styles.js';

/** A column as the menu offers it. */
export interface ColumnChoice<Id extends string> {
  id: Id;
  label: string;
}

/** Remembers `visible` under `storageName` (see `columnStorageName`); silently skipped when storage is unavailable. */
function saveColumnChoice(storageName: string, visible: readonly string[]): void {
  try {
    localStorage.setItem(storageName, JSON.stringify(visible));
  } catch {
    // Quota exceeded or storage blocked: the choice lasts for this page only.
  }
}

const columnMenuStyles = css`
  .column-choice {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    border: 0;
    padding: 0;
  }
  .column-choice label {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
  }
`;

/**
 * The checkboxes of a list's column menu (the menu itself, its button and popover, stay in the
 * list, so the button works before this loads). Its styles join the list's when it loads.
 *
 * @example
 * private readonly columnMenu = new LazyModule(this, () => import('../records-list/column-menu.js').then(({ ColumnMenu }) => new ColumnMenu(this)));
 * html`<div popover @toggle=${(e) => e.newState === 'open' && this.columnMenu.get().then((menu) => menu?.focus())}>
 *   ${this.columnMenu.value?.render(offered, visible, (next) => (this.chosen = next))}
 * </div>`;
 */
export class ColumnMenu {
  constructor(private readonly host: ReactiveControllerHost & Pick<CrmElement, 't'> & { readonly renderRoot: ParentNode }) {
    addStyles(host.renderRoot as ShadowRoot, columnMenuStyles);
  }

  /** Moves focus into the menu once its checkboxes are rendered: call it as the menu opens. */
  async focus(): Promise<void> {
    await this.host.updateComplete;
    // A menu closed before its checkboxes arrived takes no focus: hidden inputs cannot have it.
    this.host.renderRoot.querySelector<HTMLElement>('.column-choice input:enabled')?.focus();
  }

  /**
   * One checkbox per offered column, in order, checked when visible. The last visible column
   * cannot be unchecked, so the table always keeps a data column. `choose` receives the visible
   * columns the user's change leaves, in the offered order, which are also remembered under
   * `storageName` when there is one.
   */
  render<Id extends string>(offered: readonly ColumnChoice<Id>[], visible: readonly Id[], choose: (visible: Id[]) => void, storageName?: string) {
    return html`<fieldset class="column-choice">
      <legend>${this.host.t(recordsListMessages).columnsLegend}</legend>
      ${offered.map(({ id, label }) => {
        const shown = visible.includes(id);
        return html`<label>
          <input
            type="checkbox"
            .checked=${shown}
            ?disabled=${shown && visible.length === 1}
            @change=${(event: Event) => {
              const show = (event.target as HTMLInputElement).checked;
              const next = offered.filter((column) => (column.id === id ? show : visible.includes(column.id))).map((column) => column.id);
              if (storageName) saveColumnChoice(storageName, next);
              choose(next);
            }}
          />
          ${label}
        </label>`;
      })}
    </fieldset>`;
  }
}
