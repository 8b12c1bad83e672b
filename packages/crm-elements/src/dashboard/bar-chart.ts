import { css, html, nothing } from 'lit';
import type { dashboardMessages } from '../messages/dashboard.js';
import { formatList } from '../shared/format-list.js';
import { clipText } from '../shared/text.js';

/** One bar: its label, the number its length shows, the text at its end, and its table cells. */
export interface ChartRow {
  label: string;
  /** The status or stage the row counts, whose tone colours its bar. */
  status?: string;
  value: number;
  valueText: string;
  /** The table's cells after the label, one per column heading. */
  cells: string[];
}

export interface BarChart {
  title: string;
  /** Headings of the text alternative: the label column, then one per cell. */
  columns: string[];
  rows: ChartRow[];
}

/**
 * Characters of a label the chart shows: any status, source or stage in any of our languages
 * (which wrap), not a page of text from the API; the table has it whole.
 */
const LABEL_LENGTH = 40;

export const barChartStyles = css`
  /* Rows at the top: a chart beside a taller one keeps its caption and bars where the others have theirs. */
  figure {
    display: grid;
    align-content: start;
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
  /* A row per bar: its label (wrapping, up to 45% of the width), the bar, and its figure whole.
     Text in the page's flow, not in the SVG: a longer language wraps instead of running under the bars. */
  .bars {
    display: grid;
    grid-template-columns: fit-content(45%) minmax(2rem, 1fr) auto;
    align-items: center;
    gap: 0.375rem 0.5rem;
    font-size: 0.85em;
  }
  .bars > span {
    overflow-wrap: anywhere;
  }
  svg {
    display: block;
    inline-size: 100%;
  }
  .bars svg {
    block-size: 1rem;
  }
  .value {
    color: var(--_color-text-muted);
    white-space: nowrap;
  }
  rect {
    fill: var(--crm-dashboard-bar-color, var(--_tone, var(--_color-primary)));
  }
  /* The bars' colours would be lost to the system's: they take its text colour. */
  @media (forced-colors: active) {
    rect {
      fill: CanvasText;
    }
  }
  /* Right to left: the grid mirrors itself; the bars (the conversion bar too) flip about their middle. */
  :host(:dir(rtl)) rect {
    scale: -1 1;
    transform-origin: 50%;
  }
  /* A table is hidden through its wrapper, never itself: a table is never smaller than its
     content, and a figure such as 1e308 in full would make the page thousands of pixels wide;
     hidden, the wrapper holds it to one clipped pixel, and shown, it scrolls sideways when the
     table is wider than its card. Labels wrap while hidden too (the hiding class keeps text on one line). */
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  th,
  td {
    white-space: normal;
    padding: calc(var(--_space) * 0.25) calc(var(--_space) * 0.5);
    border-block-end: 1px solid var(--_color-border);
    text-align: start;
  }
  /* Labels wrap (the widget breaks unbroken text anywhere) within a bounded width. */
  th[scope='row'] {
    max-inline-size: 12rem;
  }
  /* The figures, whole on their line: every cell, and the column headings after the first. */
  td,
  th + th {
    text-align: end;
    white-space: nowrap;
  }
  figure > div:not(.visually-hidden) {
    overflow-x: auto;
  }
`;

/**
 * A small horizontal bar chart with its text alternative: the chart is an image whose name
 * summarises every bar, and a table (visually hidden unless `showTable`) holds the figures.
 * The table's caption repeats the figure's for screen readers only; on screen the figure names both.
 * Labels come from the API and are bound as text, never parsed as markup.
 */
export function renderBarChart(chart: BarChart, showTable: boolean, words: (typeof dashboardMessages)['charts'], locale: string) {
  const { title, columns, rows } = chart;
  const max = Math.max(0, ...rows.map((row) => row.value));
  const summary = words.summary(
    title,
    formatList(rows.map((row) => `${clipText(row.label)} ${row.valueText}`), locale, 'unit'),
  );
  return html`<figure part="chart">
    <figcaption>${title}</figcaption>
    ${rows.length
      ? html`<div class="bars" role="img" aria-label=${summary} part="chart-image">
            ${rows.map(
              (row) => html`<span>${clipText(row.label, LABEL_LENGTH)}</span>
                <svg><rect data-status=${row.status ?? nothing} width="${max ? Math.max(0.5, (row.value / max) * 100) : 0}%" height="100%" rx="3"></rect></svg>
                <span class="value">${row.valueText}</span>`,
            )}
          </div>
          <div class=${showTable ? '' : 'visually-hidden'}>
            <table part="chart-table">
              <caption class="visually-hidden">${title}</caption>
              <thead>
                <tr>${columns.map((column) => html`<th scope="col">${column}</th>`)}</tr>
              </thead>
              <tbody>
                ${rows.map((row) => html`<tr><th scope="row">${row.label}</th>${row.cells.map((cell) => html`<td>${cell}</td>`)}</tr>`)}
              </tbody>
            </table>
          </div>`
      : html`<p class="no-data">${words.noData}</p>`}
  </figure>`;
}
