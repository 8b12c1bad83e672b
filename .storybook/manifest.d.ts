declare module 'virtual:crm-elements-manifest' {
  /** The elements' Custom Elements Manifest (packages/crm-elements/custom-elements.json). */
  const manifest: { schemaVersion: string; modules: unknown[] };
  export default manifest;
}
