import { css } from 'lit';

/** The lead dialog's own knob; the rest of its look is every record dialog's (`recordDialogStyles`). */
export const leadDialogStyles = css`
  :host {
    --_width: var(--crm-lead-dialog-width);
  }
`;
