import { css } from 'lit';

/**
 * The public theme: every `--crm-*` custom property a host may set, with light and dark defaults
 * that follow the `color-scheme` the host page uses. Elements read only the private `--_*`
 * names, so a host overrides one token and every element follows.
 *
 * Each token's role is documented once, as a `@cssprop` of `CrmElement` (base/crm-element.ts);
 * its default is the fallback here (`var(--crm-radius, 6px)`), which the manifest step reads into
 * custom-elements.json. A token read without being documented there fails
 * test/node/css-tokens.test.mjs.
 */
export const themeStyles = css`
  :host {
    --_color-primary: var(--crm-color-primary, light-dark(#0f5fa8, #7cb8f0));
    --_color-on-primary: var(--crm-color-on-primary, light-dark(#ffffff, #0b1d2e));
    --_color-surface: var(--crm-color-surface, light-dark(#ffffff, #1b1f24));
    --_color-surface-raised: var(--crm-color-surface-raised, light-dark(#f5f7fa, #252b32));
    --_color-text: var(--crm-color-text, light-dark(#1b2430, #e7ebf0));
    --_color-text-muted: var(--crm-color-text-muted, light-dark(#526070, #a9b4c0));
    --_color-border: var(--crm-color-border, light-dark(#d3d9e0, #3a434d));
    --_color-danger: var(--crm-color-danger, light-dark(#b3261e, #ffb4ab));
    --_color-success: var(--crm-color-success, light-dark(#1e7b34, #7fd68f));
    --_color-warning: var(--crm-color-warning, light-dark(#8a5a00, #f3c96b));
    --_color-focus: var(--crm-color-focus, light-dark(#0f5fa8, #a8d1ff));
    --_font-family: var(--crm-font-family, system-ui, sans-serif);
    --_font-size: var(--crm-font-size, 0.875rem);
    --_radius: var(--crm-radius, 6px);
    --_density: var(--crm-density, 1);
    --_space: calc(var(--crm-spacing, 0.5rem) * var(--_density));

    display: block;
    container-type: inline-size;
    box-sizing: border-box;
    color: var(--_color-text);
    /* Transparent unless the host opts in: the widget sits on the host's own surface. */
    background: var(--crm-color-surface, none);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.45;
    text-align: start;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }

  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .button {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    min-height: 2.25rem;
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 1.5);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    cursor: pointer;
  }

  .button.primary {
    border-color: var(--_color-primary);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
  }

  .button.danger {
    border-color: var(--_color-danger);
    color: var(--_color-danger);
  }

  /* Forced colours paint every button alike: the primary one keeps a heavier border. */
  @media (forced-colors: active) {
    .button.primary {
      border-width: 3px;
    }
  }

  /* aria-disabled: a button that must keep focus while unavailable (Save while saving, »). */
  .button:disabled,
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
`;
