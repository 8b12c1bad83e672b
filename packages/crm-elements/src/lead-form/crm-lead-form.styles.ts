import { css } from 'lit';

export const leadFormStyles = css`
  form {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .note,
  .status {
    margin: 0;
    color: var(--_color-text-muted);
  }
  .fields {
    display: grid;
    gap: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    grid-template-columns: 1fr;
  }
  @container (min-width: 32rem) {
    .fields {
      grid-template-columns: repeat(var(--crm-lead-form-columns, 2), minmax(0, 1fr));
    }
    .notes {
      grid-column: 1 / -1;
    }
  }
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
    margin: 0;
    color: var(--_color-danger);
  }
  .duplicates:not(:empty) {
    padding: var(--_space);
    border-inline-start: 4px solid var(--_color-warning);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
  }
  .duplicates p {
    margin: 0;
  }
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_color-primary);
    text-decoration: underline;
    cursor: pointer;
  }
  .form-error:not(:empty) {
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border-inline-start: 4px solid var(--_color-danger);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
  }
  .form-error p,
  .conflict p {
    margin: 0;
  }
  .conflict {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
`;
