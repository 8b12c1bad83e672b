import { css } from 'lit';

/** The contact form's own knob; the rest of its look is every record form's (`recordFormStyles`). */
export const contactFormStyles = css`
  :host {
    --_columns: var(--crm-contact-form-columns);
  }
`;
