import { css } from 'lit';
import { stateStyles } from '../shared/states.js';
import { themeStyles } from '../styles/theme.styles.js';

const ownStyles = css`
  .root {
    display: grid;
    gap: var(--_space);
    /* No text from the CRM may widen the widget: an unbroken value breaks anywhere. */
    overflow-wrap: anywhere;
    --_late: var(--crm-follow-ups-late, var(--_color-danger));
  }
  p,
  h3,
  ul {
    margin: 0;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space);
  }
  .schedule {
    margin-inline-start: auto;
  }
  .field {
    display: grid;
    flex: 0 1 16rem;
    gap: 0.25rem;
    color: var(--_color-text-muted);
  }
  input,
  select,
  textarea {
    min-block-size: 2.25rem;
    padding: 0 calc(var(--_space) * 0.75);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
  }
  textarea {
    padding-block: calc(var(--_space) * 0.5);
    resize: vertical;
  }
  input::placeholder {
    color: var(--_color-text-muted);
    opacity: 1;
  }
  .reminder {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius);
    border-inline-start: 4px solid var(--_color-warning);
    background: var(--_color-surface-raised);
  }
  .reminder[data-when='due'] {
    border-color: var(--_late);
  }
  /* Over the window's bottom corner, in the top layer: a reminder that appears moves nothing. */
  .reminders {
    inset: auto;
    inset-block-end: var(--_space);
    inset-inline-end: var(--_space);
    inline-size: min(28rem, 100vw - 2rem);
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    overflow: visible;
  }
  .reminders:popover-open {
    display: grid;
    gap: var(--_space);
  }
  :popover-open > .reminder {
    box-shadow: 0 8px 24px light-dark(rgb(0 0 0 / 0.2), rgb(0 0 0 / 0.6));
  }
  /* The skeleton: an agenda of empty items, their words not there yet. */
  .places {
    opacity: 0.6;
  }
  .places :is(h3, h3 *, .head *, summary) {
    color: transparent;
  }
  .notify {
    justify-self: start;
  }
  .agenda {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .group {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  h3 {
    font-size: 1em;
  }
  .count,
  .muted,
  .contact,
  .when,
  .capped {
    color: var(--_color-text-muted);
  }
  .count {
    font-weight: 400;
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-block-size: 1.5rem;
    padding: 0;
    border: 0;
    background: none;
    font-weight: inherit;
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
  .items {
    display: grid;
    padding: 0;
    list-style: none;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .items[hidden] {
    display: none;
  }
  .item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) var(--_space);
    padding: var(--_space);
  }
  .item + .item {
    border-block-start: 1px solid var(--_color-border);
  }
  /* Type, subject, contact and time on a line that wraps; the actions at its end. */
  .head {
    display: flex;
    flex: 1 1 16rem;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem var(--_space);
  }
  .type {
    display: inline-flex;
    gap: 0.25rem;
    min-inline-size: 5.5rem;
    color: var(--_color-text-muted);
  }
  .subject {
    min-block-size: 1.5rem;
    padding: 0;
    border: 0;
    background: none;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  .subject:hover {
    text-decoration: underline;
  }
  .when {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
    margin-inline-start: auto;
    font-variant-numeric: tabular-nums;
  }
  .late {
    color: var(--_late);
    font-weight: 600;
  }
  .soon {
    color: var(--_color-text);
  }
  .outcome,
  details {
    flex-basis: 100%;
  }
  summary {
    min-block-size: 1.5rem;
    inline-size: fit-content;
    color: var(--_color-primary);
    cursor: pointer;
  }
  .description {
    white-space: pre-line;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }
  .actions .button {
    min-block-size: 2rem;
    padding-block: 0;
  }
  [data-action='delete'] {
    color: var(--_color-danger);
  }

  /* A narrow container (a sidebar, a phone): an item's parts one above the other, its actions in a row below. */
  @container (max-width: 400px) {
    .head {
      flex-direction: column;
      align-items: start;
      gap: 0.125rem;
    }
    .when {
      margin-inline-start: 0;
    }
    .item > .actions {
      flex-basis: 100%;
    }
  }
`;

export const followUpsStyles = [themeStyles, stateStyles, ownStyles];
