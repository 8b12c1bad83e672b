import { css } from 'lit';
import { toneStyles } from '../shared/tones.js';
import { barChartStyles } from './bar-chart.js';

const ownStyles = css`
  .dashboard {
    display: grid;
    gap: calc(var(--_space) * 2);
    /* No text from the CRM may widen the widget: an unbroken value breaks anywhere. */
    overflow-wrap: anywhere;
  }
  .cards {
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--_space);
    margin: 0;
  }
  .card {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    align-content: start;
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
  }
  dt {
    color: var(--_color-text-muted);
  }
  dd {
    display: grid;
    gap: var(--_space);
    margin: 0;
    font-size: 1.5em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .progress {
    block-size: 0.5rem;
    border-radius: 999px;
    background: var(--_color-border);
    overflow: hidden;
  }
  /* An SVG bar (coloured like the charts' bars) needs no inline style, so a strict CSP allows it. */
  .progress svg {
    block-size: 100%;
  }
  .charts {
    display: grid;
    grid-template-columns: 1fr;
    gap: calc(var(--_space) * 2);
  }
  /* The skeleton's cards and bars, labelled, their figures not known yet. */
  .places {
    opacity: 0.6;
  }
  .places :is(dd, .value) {
    color: transparent;
  }
  .no-data {
    margin: 0;
    color: var(--_color-text-muted);
  }
  .quick-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  [part='table-toggle'] {
    justify-self: start;
  }
  /* From a narrow sidebar (one column) to a full page (a grid). */
  @container (min-width: 30rem) {
    .cards {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (min-width: 48rem) {
    .cards {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
    .charts {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
`;

export const dashboardStyles = [toneStyles, barChartStyles, ownStyles];
