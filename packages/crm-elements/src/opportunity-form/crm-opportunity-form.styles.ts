import { css } from 'lit';

/** The opportunity form's own knob, the currency beside the value and the probability's hint; the rest of its look is every record form's (`recordFormStyles`). */
export const opportunityFormStyles = css`
  :host {
    --_columns: var(--crm-opportunity-form-columns);
  }
  .hint {
    color: var(--_color-text-muted);
  }
  .with-unit {
    display: flex;
    align-items: stretch;
  }
  .with-unit input {
    flex: 1;
    min-width: 0;
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  .unit {
    display: flex;
    align-items: center;
    padding-inline: calc(var(--_space) * 0.75);
    border: 1px solid var(--_color-border);
    border-inline-start: 0;
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
    background: var(--_color-surface-raised);
    color: var(--_color-text-muted);
  }
`;
