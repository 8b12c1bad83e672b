// Storybook for designers and host developers: every element, in every state, against the mock CRM.
import { defineMain } from '@storybook/web-components-vite/node';
import { msw } from 'msw/vite';
import { defaultClientConditions, mergeConfig } from 'vite';
import { customElementsManifestPlugin } from './manifest-plugin.js';

export default defineMain({
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', 'msw-storybook-addon'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(config) {
    return mergeConfig(config, {
      // Our packages from source (as in tsc and the browser tests), so stories need no build.
      resolve: { conditions: ['@mindbrite/source', ...defaultClientConditions] },
      plugins: [
        // MSW's worker at the site root, served in dev and emitted into the static build, always
        // the version of the installed msw (no copy of it in the repository).
        msw({ mode: 'worker-only' }),
        customElementsManifestPlugin(),
      ],
    });
  },
});
