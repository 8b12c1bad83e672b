// Serves the elements' Custom Elements Manifest to the preview as `virtual:crm-elements-manifest`,
// so the docs pages read the file `npm run manifest` writes without the preview (or tsc)
// depending on a generated file's path. The Storybook scripts run `npm run manifest` first.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const virtualId = 'virtual:crm-elements-manifest';
const manifestPath = fileURLToPath(new URL('../packages/crm-elements/custom-elements.json', import.meta.url));

export function customElementsManifestPlugin(): Plugin {
  return {
    name: 'mindbrite:custom-elements-manifest',
    resolveId: (id) => (id === virtualId ? `\0${virtualId}` : undefined),
    load(id) {
      if (id !== `\0${virtualId}`) return undefined;
      if (!existsSync(manifestPath)) {
        this.error(`${manifestPath} is missing: run \`npm run manifest\` (the Storybook scripts do).`);
      }
      this.addWatchFile(manifestPath);
      return `export default ${readFileSync(manifestPath, 'utf8')};`;
    },
  };
}
