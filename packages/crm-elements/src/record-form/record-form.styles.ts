import { css } from 'lit';
import { fieldStyles } from './field.styles.js';

/**
 * The look of every record form. A form's grid has `--_columns` columns on wide layouts (default
 * 2), which each element maps to its own knob (`--crm-lead-form-columns`, …).
 */
export const recordFormStyles = css`
  form {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    /* No text from the CRM (a name in the duplicate note, a server message) may widen the form. */
    overflow-wrap: anywhere;
  }
  /* The record's fields while it loads: in place, their values not shown yet. */
  form[inert] {
    opacity: 0.6;
  }
  form[inert] [part='input'] {
    color: transparent;
  }
  .note,
  .status {
    color: var(--_color-text-muted);
  }
  .fields {
    display: grid;
    gap: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    grid-template-columns: 1fr;
  }
  @container (min-width: 32rem) {
    .fields {
      grid-template-columns: repeat(var(--_columns, 2), minmax(0, 1fr));
    }
    .wide {
      grid-column: 1 / -1;
    }
  }
  ${fieldStyles}
  p {
    margin: 0;
  }
  /* The duplicate note and the alert: boxes that appear only when they have something to say. */
  .duplicates:not(:empty),
  .form-error:not(:empty) {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
  }
  .duplicates {
    --_accent: var(--_color-warning);
  }
  .form-error {
    --_accent: var(--_color-danger);
  }
  .conflict,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .conflict p {
    flex-basis: 100%;
  }
`;
