/**
 * Keys on a focused row of a table body whose rows are focusable (`tabindex="0"`): the Up and Down
 * arrows, Home and End move to another row without going through its buttons; Enter or Space
 * activates the row (`activate`). Keys on one of the row's controls are left to that control.
 * Listen once on the `<tbody>`, to keep rows cheap.
 * @example
 * html`<tbody @keydown=${(event: KeyboardEvent) => onRowKeydown(event, (row) => this.open(row.dataset.id))}>…`;
 */
export function onRowKeydown(event: KeyboardEvent, activate: (row: HTMLTableRowElement) => void): void {
  const row = event.target;
  if (!(row instanceof HTMLTableRowElement)) return;
  const rows = [...row.parentElement!.children] as HTMLElement[];
  const at = rows.indexOf(row);
  const moveTo = ({ ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: rows.length - 1 } as Partial<Record<string, number>>)[event.key];
  if (moveTo !== undefined) {
    // Past the first or last row the key does nothing, rather than scrolling the page.
    event.preventDefault();
    rows[moveTo]?.focus();
  } else if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    activate(row);
  }
}
