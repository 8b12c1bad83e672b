import { css } from 'lit';

export const forecastStyles = css`
  :host {
    --_weighted: var(--crm-forecast-weighted-color, var(--_color-primary));
    --_won: var(--crm-forecast-won-color, var(--_color-success));
  }
  .forecast {
    display: grid;
    gap: calc(var(--_space) * 2);
    /* No text from the CRM may widen the widget: an unbroken value breaks anywhere. */
    overflow-wrap: anywhere;
  }
  /* The skeleton: the totals and months of a forecast with nothing in it, its figures not shown. */
  .places {
    opacity: 0.6;
  }
  .places :is(dd, .value, .notes) {
    color: transparent;
  }
  .period,
  dl {
    margin: 0;
  }
  .period,
  dt,
  .legend,
  .value {
    color: var(--_color-text-muted);
  }
  .totals {
    display: grid;
    gap: var(--_space);
  }
  .total {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
  }
  dd {
    margin: 0;
    font-size: 1.5em;
    font-weight: 600;
  }
  dd,
  .value,
  td {
    font-variant-numeric: tabular-nums;
  }
  figure {
    display: grid;
    gap: var(--_space);
    min-inline-size: 0;
    margin: 0;
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  figcaption {
    font-weight: 600;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.375rem;
  }
  .legend svg {
    flex: none;
    inline-size: 1rem;
    block-size: 0.75rem;
  }
  /* A row per month: its name, the bars, and the weighted figure whole. Text in the page's flow,
     not in the SVG: a longer language wraps instead of running under the bars. */
  .bars {
    display: grid;
    grid-template-columns: fit-content(45%) minmax(2rem, 1fr) auto;
    align-items: center;
    gap: 0.5rem;
  }
  .legend,
  .bars {
    font-size: 0.85em;
  }
  .bars svg {
    display: block;
    inline-size: 100%;
    block-size: 1.5rem;
  }
  .value {
    white-space: nowrap;
    text-align: end;
  }
  .best {
    fill: color-mix(in srgb, var(--_weighted) 35%, transparent);
  }
  .weighted {
    fill: var(--_weighted);
  }
  .won {
    fill: var(--_won);
  }
  /* The system's colours replace ours: the best case is an outline, the weighted value and what
     was won solid in two system colours. */
  @media (forced-colors: active) {
    .best {
      fill: Canvas;
      stroke: CanvasText;
    }
    .weighted {
      fill: CanvasText;
    }
    .won {
      fill: Highlight;
    }
  }
  /* Right to left: the grid mirrors itself; the bars flip about their middle. */
  :host(:dir(rtl)) rect {
    scale: -1 1;
    transform-origin: 50%;
  }
  /* The table is hidden through its wrapper, never itself (a table is never smaller than its
     content); shown, the wrapper scrolls sideways when the figures are wider than the widget. */
  .table {
    overflow-x: auto;
  }
  /* Month names and headings wrap between words only (no text from the CRM is in the table); a
     table wider than the widget scrolls. */
  table {
    border-collapse: collapse;
    inline-size: 100%;
    overflow-wrap: normal;
  }
  th,
  td {
    padding: calc(var(--_space) * 0.25) calc(var(--_space) * 0.5);
    border-block-end: 1px solid var(--_color-border);
    text-align: start;
    /* In the hidden wrapper too (the hiding class keeps text on one line). */
    white-space: normal;
  }
  td,
  th + th {
    text-align: end;
  }
  /* The amounts, whole on their line. */
  td {
    white-space: nowrap;
  }
  tfoot {
    font-weight: 600;
  }
  .notes {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  [part='table-toggle'] {
    justify-self: start;
  }
  @container (min-width: 30rem) {
    .totals {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
`;
