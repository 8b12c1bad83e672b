import { css } from 'lit';

/** The opportunity dialog's own knob; the rest of its look is every record dialog's (`recordDialogStyles`). */
export const opportunityDialogStyles = css`
  :host {
    --_width: var(--crm-opportunity-dialog-width);
  }
`;
