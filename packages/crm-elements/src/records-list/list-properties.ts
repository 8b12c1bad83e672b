import { css, unsafeCSS } from 'lit';

// A module of its own: the template minifier leaves a file with `unsafeCSS` unminified.
/**
 * A list's own custom properties, named for it (`--crm-leads-list-row-height`, …): a list element
 * adds `listProperties('leads-list')` to its styles.
 */
export const listProperties = (kind: string) => {
  const name = unsafeCSS(`--crm-${kind}`);
  return css`
    :host {
      --_row-height: var(${name}-row-height, calc(2.75rem * var(--_density)));
      --_list-height: var(${name}-height, 36rem);
      --_header-background: var(${name}-header-background, var(--_color-surface-raised));
      --_selected-background: var(${name}-selected-background, color-mix(in srgb, var(--_color-primary) 12%, transparent));
    }
  `;
};
