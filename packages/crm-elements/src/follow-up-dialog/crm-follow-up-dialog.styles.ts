import { css } from 'lit';

/** The follow-up dialog's own knob; the rest of its look is every record dialog's (`recordDialogStyles`). */
export const followUpDialogStyles = css`
  :host {
    --_width: var(--crm-follow-up-dialog-width);
  }
`;
