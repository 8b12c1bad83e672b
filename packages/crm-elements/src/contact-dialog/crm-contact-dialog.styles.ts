import { css } from 'lit';

/** The contact dialog's own knob and its history lists; the rest of its look is every record dialog's. */
export const contactDialogStyles = css`
  :host {
    --_width: var(--crm-contact-dialog-width);
  }
  .history {
    display: grid;
    gap: var(--_space);
    margin-block-start: calc(var(--_space) * 2);
    padding-block-start: calc(var(--_space) * 2);
    border-block-start: 1px solid var(--_color-border);
  }
  h3,
  h4,
  p {
    margin: 0;
  }
  h3 {
    font-size: 1rem;
  }
  h4 {
    font-size: inherit;
    color: var(--_color-text-muted);
  }
  ul {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: grid;
    width: 100%;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    text-align: start;
    cursor: pointer;
  }
  .item:hover {
    background: var(--_color-surface-raised);
  }
  .detail,
  .more {
    color: var(--_color-text-muted);
  }
`;
