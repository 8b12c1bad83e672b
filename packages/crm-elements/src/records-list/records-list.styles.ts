import { css } from 'lit';
import { noticeStyles } from './notice.js';

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

  /* The loading state's rows: a bar where each value will be, a line high. Its table scrolls, as
     the records' does, rather than widen the widget. */
  .skeleton {
    min-inline-size: 0;
    opacity: 0.6;
  }
  td .skeleton-line {
    display: inline-block;
    inline-size: 8em;
    vertical-align: middle;
  }
  .skeleton .pagination > span {
    visibility: hidden;
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
    box-shadow: var(--_shadow-overlay);
    position-area: bottom span-left;
  }

  .export {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
  }

  /* A name in an outcome or a total in the range is from the CRM and may be unbroken: it breaks
     anywhere rather than widen the widget. (Not in the table, whose columns would then squeeze
     each other's words, buttons included, down to a letter a line.) */
  .notice,
  .pagination {
    overflow-wrap: anywhere;
  }

  ${noticeStyles}

  /* Every chosen column is shown: a table wider than the widget scrolls sideways inside this
     frame, the selection column staying in view. A shadow at an edge says more is that way: on
     the selection column at the start, and at the end a sticky strip over the table (the frame's
     one grid cell holds both). Nothing else sticks sideways, so nothing covers a cell's link. */
  .table-wrap {
    display: grid;
    overflow-x: auto;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }

  .table-wrap > table {
    grid-area: 1 / 1;
  }

  .check {
    position: sticky;
    inset-inline-start: 0;
  }

  td.check {
    background: var(--_color-surface);
  }

  :host {
    --_start: left;
    --_end: right;
    --_edge: light-dark(rgb(0 0 0 / 0.14), rgb(0 0 0 / 0.6));
    /* The menus' elevation (the column chooser, a row's menu), as dialogs have it (confirm.styles.ts). */
    --_shadow-overlay: 0 8px 24px light-dark(rgb(0 0 0 / 0.2), rgb(0 0 0 / 0.6));
  }

  :host(:dir(rtl)) {
    --_start: right;
    --_end: left;
  }

  [data-more-start] .check::after,
  [data-more-end]::after {
    content: '';
    inline-size: 0.75rem;
    background: linear-gradient(to var(--_end), var(--_edge), transparent);
    pointer-events: none;
  }

  [data-more-start] .check::after {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 100%;
  }

  [data-more-end]::after {
    grid-area: 1 / 1;
    position: sticky;
    inset-inline-end: 0;
    justify-self: end;
    background-image: linear-gradient(to var(--_start), var(--_edge), transparent);
  }

  /* Values keep to one line (cut to a readable length) but for free text, which wraps between
     words: a table wider than the widget then scrolls. */
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }

  /* Loading the next page: the rows stay readable (no dimming that would fail contrast); the
     frame and the cursor say work is under way, and aria-busy tells assistive technology. */
  .table-wrap.busy {
    border-color: var(--_color-primary);
    cursor: progress;
  }

  th,
  td {
    padding: 0 calc(var(--_space) * 1.25);
    height: var(--_row-height);
    white-space: nowrap;
    text-align: start;
    vertical-align: middle;
    border-bottom: 1px solid var(--_color-border);
  }

  th {
    position: sticky;
    top: 0;
    background: var(--_header-background);
    font-weight: 600;
  }

  /* Scroll mode: the rows scroll inside the frame, under the header. */
  :host([mode='scroll']) .table-wrap {
    max-block-size: var(--_list-height);
    overflow: auto;
    scroll-padding-block-start: calc(var(--_row-height) + var(--_space));
  }

  :host([mode='scroll']) thead {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_header-background);
  }

  td.wrap {
    min-inline-size: 10rem;
    white-space: normal;
    overflow-wrap: break-word;
  }

  th .sort {
    all: unset;
    display: inline-flex;
    align-items: center;
    min-block-size: 1.5rem;
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

  /* The sticky cell is opaque: it takes the row's hover and selection colour over the surface. */
  tbody tr:hover .check {
    background: var(--_color-surface-raised);
  }

  tbody tr.selected .check {
    background: linear-gradient(var(--_selected-background), var(--_selected-background)), var(--_color-surface);
  }


  /* An email or a phone number is a 24 px target (WCAG 2.5.8), however its row lays out. */
  td a {
    display: inline-block;
    padding-block: 0.125rem;
    color: var(--_color-primary);
  }

  /* A phone number reads left to right in every language: in a right-to-left page "(867) 689-3946"
     would otherwise be reordered. The record view shows it so too. (Not 'tel:': the template
     minifier unquotes it as tel\\:, whose backslash the template literal then drops.) */
  [href^='tel'] {
    direction: ltr;
    unicode-bidi: isolate;
  }

  /* A status: its label, on a tint of its tone, after a dot of it. */
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    padding: 0.0625rem 0.5rem;
    border: 1px solid color-mix(in srgb, var(--_tone) 50%, transparent);
    border-radius: 999px;
    background: color-mix(in srgb, var(--_tone) 12%, transparent);
    white-space: nowrap;
  }

  .badge::before {
    content: '';
    inline-size: 0.5em;
    block-size: 0.5em;
    border-radius: 50%;
    background: var(--_tone);
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

  /* Narrow widths (a sidebar): each lead becomes a card, headers become a row of sort buttons. */
  @container (max-width: 36rem) {
    .table-wrap {
      display: block;
      border: 0;
      background: none;
    }
    table,
    thead,
    tbody,
    tr,
    td {
      display: block;
    }
    /* The sort buttons: one line, scrolling sideways, rather than a cluster over several. */
    thead tr {
      display: flex;
      gap: calc(var(--_space) * 0.5);
      margin-bottom: var(--_space);
      overflow-x: auto;
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
      background: var(--_color-surface);
    }
    td {
      grid-column: 2;
      height: auto;
      padding: 0;
      border: 0;
      white-space: normal;
      overflow-wrap: anywhere;
    }
    td.check {
      position: static;
      background: none;
    }
    td.check {
      grid-column: 1;
      grid-row: 1 / span 10;
    }
    /* The name heads its card. */
    .name {
      font-weight: 600;
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
