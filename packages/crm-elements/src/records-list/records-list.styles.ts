import { css } from 'lit';

/** The table, toolbar, paging and narrow cards of every records list. */
export const recordsListStyles = css`
  /* The host element is in the page's styles' reach (say * { color: red !important }); everything
     inside it is not, so the inherited text properties are set again here. */
  .root {
    display: grid;
    gap: var(--_space);
    color: var(--_color-text);
    font: normal 400 var(--_font-size) / 1.45 var(--_font-family);
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    visibility: visible;
  }

  .toolbar,
  .pagination {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space);
  }

  .toolbar .search {
    flex: 1 1 14rem;
  }

  .field {
    display: grid;
    gap: 0.25rem;
    color: var(--_color-text-muted);
  }

  input[type='search'],
  select,
  .column-menu {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
  }

  input[type='search'],
  select {
    min-height: 2.25rem;
    padding: 0 calc(var(--_space) * 0.75);
  }

  input[type='search'] {
    width: 100%;
  }

  /* A select is as wide as its longest option, and a status or source set by attribute may be
     any length: the labels the list knows all fit. */
  select {
    max-width: 16rem;
  }

  /* The browser's own grey is too faint on the dark surface (about 3.6:1). */
  input[type='search']::placeholder {
    color: var(--_color-text-muted);
    opacity: 1;
  }

  input[type='checkbox'] {
    width: 1.125rem;
    height: 1.125rem;
    margin: 0;
    accent-color: var(--_color-primary);
  }

  .column-menu {
    margin: 0;
    padding: var(--_space);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
    position-area: bottom span-left;
  }

  .export {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
  }

  /* Out of the grid's flow while empty, so it adds no gap, yet still in the accessibility tree. */
  .notices:empty {
    position: absolute;
  }

  /* A name in an outcome or a total in the range is from the CRM and may be unbroken: it breaks
     anywhere rather than widen the widget. (Not in the table, whose columns would then squeeze
     each other's words, buttons included, down to a letter a line.) */
  .notice,
  .pagination {
    overflow-wrap: anywhere;
  }

  .notice {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
    border-inline-start: 4px solid var(--_color-success);
  }

  .notice.error {
    border-color: var(--_color-danger);
  }

  .notice.warning {
    border-color: var(--_color-warning);
  }

  .notice p,
  .notice ul {
    margin: 0;
  }

  .table-wrap {
    overflow-x: auto;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }

  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }

  /* Loading the next page: the rows stay readable (no dimming that would fail contrast); the
     frame and the cursor say work is under way, and aria-busy tells assistive technology. */
  .table-wrap.busy {
    border-color: var(--_color-primary);
    cursor: progress;
  }

  /* A cell wraps a long value within a bounded width, breaking only what does not fit, so one
     hostile value cannot squeeze the other columns into breaking mid-word. */
  th,
  td {
    padding: 0 calc(var(--_space) * 1.25);
    height: var(--_row-height);
    max-inline-size: 20rem;
    overflow-wrap: break-word;
    text-align: start;
    vertical-align: middle;
    border-bottom: 1px solid var(--_color-border);
  }

  th {
    position: sticky;
    top: 0;
    background: var(--_header-background);
    font-weight: 600;
    white-space: nowrap;
  }

  th .sort {
    all: unset;
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    cursor: pointer;
    border-radius: var(--_radius);
  }

  th .sort:focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }

  .sort-icon {
    color: var(--_color-text-muted);
  }

  th[aria-sort] .sort-icon {
    color: var(--_color-primary);
  }

  .check {
    width: 2.5rem;
  }

  tbody tr {
    cursor: pointer;
  }

  tbody tr:hover {
    background: var(--_color-surface-raised);
  }

  tbody tr.selected {
    background: var(--_selected-background);
  }

  tbody tr:focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: -2px;
  }

  tbody tr:last-child td {
    border-bottom: 0;
  }

  /* The row actions stay in view when the table is wider than the widget and scrolls sideways. */
  td.row-actions {
    position: sticky;
    inset-inline-end: 0;
    background: var(--_color-surface);
  }

  th.actions-header {
    inset-inline-end: 0;
  }

  tbody tr:hover td.row-actions {
    background: var(--_color-surface-raised);
  }

  tbody tr.selected td.row-actions {
    background: linear-gradient(var(--_selected-background), var(--_selected-background)), var(--_color-surface);
  }

  td a {
    color: var(--_color-primary);
  }

  .badge {
    display: inline-block;
    padding: 0.125rem 0.5rem;
    border-radius: 999px;
    background: var(--_color-surface-raised);
    border: 1px solid var(--_color-border);
    white-space: nowrap;
  }

  .actions,
  .pages {
    display: flex;
    gap: calc(var(--_space) * 0.5);
  }

  .actions {
    justify-content: end;
  }

  /* A label of two words ("Follow up") stays on one line: the buttons wrap in a card instead. */
  .actions .button {
    min-height: 2rem;
    padding-block: 0;
    white-space: nowrap;
  }

  .pagination {
    justify-content: space-between;
    align-items: center;
  }

  /* Medium widths: drop the columns that matter least before anything wraps badly. */
  /* Every column fits from about 72rem; below that the least needed ones give way. */
  @container (max-width: 72rem) {
    .low {
      display: none;
    }
  }

  /* Narrow widths (a sidebar): each lead becomes a card, headers become a row of sort buttons. */
  @container (max-width: 36rem) {
    .table-wrap {
      border: 0;
    }
    table,
    tbody,
    tr,
    td {
      display: block;
    }
    thead tr {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 0.5);
      margin-bottom: var(--_space);
    }
    th {
      position: static;
      height: auto;
      padding: 0.25rem 0.5rem;
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
    }
    th.actions-header {
      display: none;
    }
    tbody tr {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
      gap: 0.25rem var(--_space);
      margin-bottom: var(--_space);
      padding: var(--_space);
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
    }
    td {
      grid-column: 2;
      height: auto;
      max-inline-size: none;
      padding: 0;
      border: 0;
    }
    td.row-actions {
      position: static;
      background: none;
    }
    td.check {
      grid-column: 1;
      grid-row: 1 / span 8;
    }
    /* A card shows every field, so every field can be sorted by again. */
    .low {
      display: block;
    }
    td[data-label]:empty {
      display: none;
    }
    /* The label stays apart from the value after it, whatever the value's direction. */
    td[data-label]::before {
      content: attr(data-label) ': ';
      color: var(--_color-text-muted);
      unicode-bidi: isolate;
    }
    .actions {
      flex-wrap: wrap;
      justify-content: start;
    }
  }
`;
