declare module 'virtual:crm-elements-manifest' {
  /** The elements' Custom Elements Manifest (packages/crm-elements/custom-elements.json). */
  const manifest: { schemaVersion: string; modules: unknown[] };
  export default manifest;
}

// The renderer's annotations that turn the manifest into each component's argTypes (the docs
// tables); it ships without a declaration file.
declare module '@storybook/web-components/entry-preview-argtypes' {
  import type { ArgTypesEnhancer, Parameters, Renderer } from 'storybook/internal/types';

  export const parameters: Parameters;
  export const argTypesEnhancers: Array<ArgTypesEnhancer<Renderer>>;
}
