// Serves the elements' Custom Elements Manifest to the preview as `virtual:crm-elements-manifest`,
// so the docs pages read the file `npm run manifest` writes without the preview (or tsc)
// depending on a generated file's path. The Storybook scripts run `npm run manifest` first; in
// `storybook dev`, an edit to an element's source writes the manifest again and reloads the docs.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const virtualId = 'virtual:crm-elements-manifest';
const resolvedId = `\0${virtualId}`;
const manifestPath = fileURLToPath(new URL('../packages/crm-elements/custom-elements.json', import.meta.url));
const manifestScript = fileURLToPath(new URL('../scripts/manifest.mjs', import.meta.url));
const elementSources = fileURLToPath(new URL('../packages/crm-elements/src/', import.meta.url));

export function customElementsManifestPlugin(): Plugin {
  return {
    name: 'mindbrite:custom-elements-manifest',
    resolveId: (id) => (id === virtualId ? resolvedId : undefined),
    load(id) {
      if (id !== resolvedId) return undefined;
      if (!existsSync(manifestPath)) {
        this.error(`${manifestPath} is missing: run \`npm run manifest\` (the Storybook scripts do).`);
      }
      return `export default ${readFileSync(manifestPath, 'utf8')};`;
    },
    configureServer(server) {
      let pending: ReturnType<typeof setTimeout> | undefined;
      const regenerate = () =>
        execFile(process.execPath, [manifestScript], (error) => {
          if (error) {
            server.config.logger.error(`npm run manifest failed: ${error.message}`);
            return;
          }
          const module = server.moduleGraph.getModuleById(resolvedId);
          if (module) server.moduleGraph.invalidateModule(module);
          server.ws.send({ type: 'full-reload' });
        });
      server.watcher.on('change', (file) => {
        if (!file.startsWith(elementSources)) return;
        // One run for a burst of saves.
        clearTimeout(pending);
        pending = setTimeout(regenerate, 300);
      });
    },
  };
}
