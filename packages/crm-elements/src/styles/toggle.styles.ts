import { css } from 'lit';

/** A toggle button (`aria-pressed`) shows that it is on, not only says it to screen readers, in forced colours too. */
export const toggleStyles = css`
  [aria-pressed='true'] {
    box-shadow: inset 0 -3px var(--_color-primary);
  }
  [aria-pressed='true']::before {
    content: '✓';
  }
`;
