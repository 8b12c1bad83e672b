import { css } from 'lit';

/** The lead form's own knob; the rest of its look is every record form's (`recordFormStyles`). */
export const leadFormStyles = css`
  :host {
    --_columns: var(--crm-lead-form-columns);
  }
`;
