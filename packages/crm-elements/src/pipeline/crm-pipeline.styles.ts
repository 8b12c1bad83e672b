import { css } from 'lit';
import { stateStyles } from '../shared/states.js';
import { toneStyles } from '../shared/tones.js';
import { themeStyles } from '../styles/theme.styles.js';

const ownStyles = css`
  .root {
    display: grid;
    gap: var(--_space);
    /* No text from the CRM may widen the widget: an unbroken value breaks anywhere. */
    overflow-wrap: anywhere;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space);
  }
  .search {
    flex: 1 1 14rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    color: var(--_color-text-muted);
  }
  input {
    min-block-size: 2.25rem;
    padding: 0 calc(var(--_space) * 0.75);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
  }
  /* The browser's own grey is too faint on the dark surface. */
  input::placeholder {
    color: var(--_color-text-muted);
    opacity: 1;
  }
  progress {
    display: block;
    inline-size: 100%;
    accent-color: var(--_color-primary);
  }
  p,
  h3,
  dl,
  dd,
  ul {
    margin: 0;
  }

  /* The columns side by side, scrolling sideways when they do not fit; each open one at least
     --crm-pipeline-column-width wide, sharing what room is left. */
  /* The skeleton: every stage's column with a set of cards, their figures and words not there yet. */
  .skeleton {
    min-inline-size: 0;
    opacity: 0.6;
  }
  .skeleton :is(.count, .muted, dd) {
    visibility: hidden;
  }
  .board {
    display: flex;
    align-items: start;
    gap: var(--_space);
    overflow-x: auto;
    padding-block-end: 2px;
  }
  .column {
    flex: 1 0 var(--crm-pipeline-column-width, 14rem);
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_color-border);
    border-block-start: 4px solid var(--_tone);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
  }
  .column.collapsed {
    flex: 0 0 10rem;
  }
  /* Where a dragged card would land; an outline, which forced colours keep. */
  .column.over {
    outline: 2px dashed var(--_color-primary);
    outline-offset: 2px;
  }
  .column-header {
    display: grid;
    gap: 0.25rem;
  }
  h3 {
    font-size: 1em;
  }
  .toggle {
    display: inline-flex;
    gap: 0.375rem;
    min-block-size: 1.5rem;
    padding: 0;
    border: 0;
    background: none;
    font-weight: inherit;
    text-align: start;
    cursor: pointer;
  }
  .chevron::before {
    content: '▸';
  }
  :host(:dir(rtl)) .chevron::before {
    content: '◂';
  }
  [aria-expanded='true'] .chevron::before {
    content: '▾';
  }
  .count,
  .muted,
  dt {
    color: var(--_color-text-muted);
  }
  .figures div {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5rem;
  }
  dd {
    font-variant-numeric: tabular-nums;
  }
  /* A figure that wraps below its label keeps to the end. */
  .figures dd {
    margin-inline-start: auto;
    font-weight: 600;
  }

  .cards {
    display: grid;
    gap: var(--_space);
    padding: 0;
    list-style: none;
  }
  .card {
    display: grid;
    gap: 0.25rem;
    padding: var(--_space);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    cursor: pointer;
  }
  /* A press on a card the user may move is the start of a drag, not of a text selection. */
  [data-movable] .card {
    user-select: none;
  }
  .card:hover {
    border-color: var(--_color-text-muted);
  }
  /* While its image is dragged, the card leaves an empty outline where it was. */
  .card.dragged {
    border: 1px dashed var(--_color-text-muted);
    background: none;
  }
  .card.dragged > * {
    visibility: hidden;
  }
  /* The title is the card's button: the whole card shows its focus. */
  .open {
    justify-self: start;
    min-block-size: 1.5rem;
    padding: 0;
    border: 0;
    background: none;
    font-weight: 600;
    text-align: start;
    cursor: inherit;
  }
  .open:focus-visible {
    outline: none;
  }
  .card:has(.open:focus-visible) {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }
  /* Value and probability, with Move at the end of their line. */
  .facts,
  .facts dl {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .facts dl div + div {
    padding-inline-start: 0.5rem;
    border-inline-start: 1px solid var(--_color-border);
  }
  .flags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .flag {
    --_flag: var(--_color-warning);
    padding: 0 0.5rem;
    border: 1px solid var(--_flag);
    border-radius: 999px;
    background: color-mix(in srgb, var(--_flag) 10%, var(--_color-surface));
    color: var(--_flag);
    font-size: 0.85em;
  }
  [data-flag='overdue'] {
    --_flag: var(--_color-danger);
  }
  .move {
    min-block-size: 1.75rem;
    margin-inline-start: auto;
    padding-block: 0;
  }
  .more {
    justify-self: center;
  }

  /* A narrow container (a sidebar, a phone): the stages become a list, one above the other. */
  @container (max-width: 40rem) {
    .board {
      flex-direction: column;
      align-items: stretch;
    }
    .column,
    .column.collapsed {
      flex: none;
    }
    .column-header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      column-gap: var(--_space);
    }
    .figures {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_space);
    }
    .figures dd {
      margin-inline-start: 0;
    }
  }
`;

export const pipelineStyles = [themeStyles, stateStyles, toneStyles, ownStyles];
