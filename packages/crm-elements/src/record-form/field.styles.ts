import { css } from 'lit';

/** A labelled field with its control and message, as every form of ours shows it (the record forms, the timeline's box). */
export const fieldStyles = css`
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    align-content: start;
  }
  label {
    font-weight: 600;
  }
  input,
  select,
  textarea {
    width: 100%;
    min-height: 2.25rem;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_color-danger);
    box-shadow: inset 0 0 0 1px var(--_color-danger);
  }
  .field-error {
    color: var(--_color-danger);
  }
`;
