import { adoptStyles, supportsAdoptingStyleSheets, type CSSResult } from 'lit';

/**
 * Adds `styles` after the ones a shadow root has: for the styles of code loaded on demand, which
 * adopts them when it arrives, so the element's first load does not carry them. Constructable
 * stylesheets where the browser has them (no CSP `style-src` needed), else lit's `<style>` fallback.
 */
export function addStyles(root: ShadowRoot, styles: CSSResult): void {
  if (supportsAdoptingStyleSheets) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet!];
  // Without adoptedStyleSheets, lit appends a `<style>` element, keeping the ones already there.
  else adoptStyles(root, [styles]);
}
