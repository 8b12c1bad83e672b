import { css } from 'lit';

/**
 * The look of every record dialog. Its width is `--_width`, which each element maps to its own
 * knob (`--crm-lead-dialog-width`, …), by default `min(44rem, 100vw - 2rem)`.
 */
export const recordDialogStyles = css`
  :host {
    /* The dialog lives in the top layer; the element itself takes no room in the page. */
    display: contents;
  }
  /* The box and backdrop are every dialog's, from confirmStyles. */
  dialog.main {
    width: var(--_width, min(44rem, 100vw - 2rem));
    max-height: calc(100dvh - 2rem);
  }
  header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    margin-block-end: calc(var(--_space) * 1.5);
  }
  h2 {
    margin: 0;
    font-size: 1.15em;
  }
  .close {
    min-width: 2.25rem;
    justify-content: center;
    font-size: 1.25rem;
    line-height: 1;
  }
`;
