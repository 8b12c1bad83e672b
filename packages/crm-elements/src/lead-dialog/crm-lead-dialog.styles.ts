import { css } from 'lit';

export const leadDialogStyles = css`
  :host {
    /* The dialog lives in the top layer; the element itself takes no room in the page. */
    display: contents;
  }
  dialog {
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
  }
  dialog.main {
    width: var(--crm-lead-dialog-width, min(44rem, 100vw - 2rem));
    overflow-wrap: anywhere;
    max-height: calc(100dvh - 2rem);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    margin-block-end: calc(var(--_space) * 1.5);
  }
  h2,
  h3 {
    margin: 0;
    font-size: 1.15rem;
  }
  .close {
    min-width: 2.25rem;
    justify-content: center;
    font-size: 1.25rem;
    line-height: 1;
  }
  dialog.confirm {
    max-width: min(26rem, 100vw - 2rem);
  }
  dialog.confirm p {
    margin: var(--_space) 0 calc(var(--_space) * 2);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
`;
