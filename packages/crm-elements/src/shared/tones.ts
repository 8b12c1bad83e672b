import { css } from 'lit';

/**
 * The tone of a status or a stage, as `--_tone` on the element that names it (`data-status`):
 * open and new in the primary colour, in progress in the warning colour, won in the success
 * colour, lost in the danger colour, closed or unknown in muted grey. A tone is never the only
 * signal: it goes with the status's label (a badge, a chart's row).
 */
export const toneStyles = css`
  [data-status] {
    --_tone: var(--_color-text-muted);
  }
  [data-status='new'],
  [data-status='prospect'],
  [data-status='prospecting'],
  [data-status='qualification'] {
    --_tone: var(--_color-primary);
  }
  [data-status='contacted'],
  [data-status='proposal'],
  [data-status='negotiation'] {
    --_tone: var(--_color-warning);
  }
  [data-status='qualified'],
  [data-status='converted'],
  [data-status='active'],
  [data-status='closed_won'] {
    --_tone: var(--_color-success);
  }
  [data-status='lost'],
  [data-status='closed_lost'] {
    --_tone: var(--_color-danger);
  }
`;

/**
 * What names a status's tone in `data-status`: the status itself when it is a plain word (as
 * every status and stage the API defines is), else '' (muted), so no other text from the CRM,
 * control characters and all, ends up in an attribute.
 */
export const toneOf = (status: string): string => (/^\w{1,32}$/.test(status) ? status : '');
