// Every story runs inside a host-page frame (theme, width, direction), against the mock CRM through
// MSW, with docs pages built from the Custom Elements Manifest and axe-core on every story.
//
// tsconfig reaches .storybook/ only through the stories' imports, so the declarations of the
// modules below come in by reference (an ambient `declare module` cannot be imported).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./modules.d.ts" />
import addonA11y from '@storybook/addon-a11y';
import addonDocs from '@storybook/addon-docs';
import * as argTypesFromManifest from '@storybook/web-components/entry-preview-argtypes';
import { definePreview, setCustomElementsManifest } from '@storybook/web-components-vite';
import { setupWorker } from 'msw/browser';
import { withActions } from 'storybook/actions/decorator';
import addonMsw from 'msw-storybook-addon';
import { definePreviewAddon } from 'storybook/internal/csf';
import manifest from 'virtual:crm-elements-manifest';
import { declarations, elementDescription } from './elements-manifest.js';
import { frameDecorator, frameGlobalTypes, frameInitialGlobals } from './frame.js';

setCustomElementsManifest(manifest);

/** Every event any of our elements documents, logged in the Actions panel as it bubbles out. */
const elementEvents = [...new Set(declarations.flatMap((declaration) => declaration.events ?? []).map((event) => event.name))];

/**
 * MSW without logging: its request log would print patient data from the mock CRM to the console.
 * Started once: a docs page prepares all its stories at the same time, and a second worker would
 * fail to patch the globals the first one patched.
 */
let quietWorker: Promise<ReturnType<typeof setupWorker>> | undefined;
function startQuietWorker() {
  quietWorker ??= (async () => {
    const worker = setupWorker();
    await worker.start({ quiet: true, onUnhandledFrame: 'bypass' });
    return worker;
  })();
  return quietWorker;
}

/**
 * The renderer's annotations that read the manifest into the docs pages, which CSF Next's
 * definePreview leaves out: without them the docs tables would show no descriptions, events, parts
 * or CSS properties. The renderer's description is the JSDoc description alone, which our elements
 * leave empty (they write it all under `@summary`), so each docs page gets both.
 */
const docsFromManifest = definePreviewAddon<{ parameters: Record<string, unknown> }>({
  ...argTypesFromManifest,
  parameters: {
    docs: { ...argTypesFromManifest.parameters.docs, extractComponentDescription: (tag: string) => elementDescription(tag) },
  },
});

export default definePreview({
  addons: [
    docsFromManifest,
    addonDocs(),
    addonA11y(),
    addonMsw(startQuietWorker),
  ],
  decorators: [frameDecorator, withActions],
  globalTypes: frameGlobalTypes,
  initialGlobals: frameInitialGlobals,
  tags: ['autodocs'],
  parameters: {
    layout: 'fullscreen',
    actions: { handles: elementEvents },
    controls: { expanded: true },
    // WCAG 2.2 AA, as the elements promise; a violation fails the story in the test panel.
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    },
  },
});
