import { css } from 'lit';

/**
 * The look of `ConfirmController`'s dialog, adopted by every element that asks. Its box and
 * backdrop are those of every modal dialog of ours, so an element with a dialog of its own (the
 * lead dialog) takes them from here too rather than keeping a copy that drifts.
 */
export const confirmStyles = css`
  dialog {
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
    /* Overlays' elevation, as the lists' menus have it (records-list.styles.ts). */
    box-shadow: 0 8px 24px light-dark(rgb(0 0 0 / 0.2), rgb(0 0 0 / 0.6));
    overflow-wrap: anywhere;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .confirm {
    max-width: min(32rem, 100vw - 2rem);
  }
  .confirm h2 {
    margin: 0 0 var(--_space);
    font-size: 1.15em;
  }
  .confirm-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: end;
    gap: var(--_space);
    margin-top: calc(var(--_space) * 2);
  }
`;
