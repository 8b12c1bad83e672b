// `crm-elements.loader.js`, for a page with no bundler: it defines each CRM element the page uses,
// loading the element's module (and the chunks it shares with the others: lit, the client) the
// first time its tag appears, so a page pays only for the tags it has. Shoelace's autoloader is
// the model. It imports no element itself: it is a list of tags and a MutationObserver.
//
//   <script type="module" src="https://cdn.example/@mindbrite/crm-elements/dist/cdn/crm-elements.loader.js"></script>
//   <crm-dashboard api-base="https://crm.example/api/crm"></crm-dashboard>
//
// Before any element's module, so that it is there when lit loads (see the file).
import './trusted-types-hint.js';

/**
 * Every element of the cdn build, each in `<tag>.js` beside this file. The build checks this list
 * against the elements the package exports (rollup.config.mjs), so neither can gain one alone.
 */
const elements = new Set([
  'crm-provider',
  'crm-dashboard',
  'crm-leads-list',
  'crm-lead-form',
  'crm-lead-dialog',
  'crm-contacts-list',
  'crm-contact-form',
  'crm-contact-dialog',
  'crm-pipeline',
  'crm-forecast',
  'crm-opportunity-form',
  'crm-opportunity-dialog',
  'crm-follow-ups',
  'crm-follow-up-form',
  'crm-follow-up-dialog',
  'crm-activity-timeline',
]);

/** Each tag met so far, with the load of its module (`undefined` for a tag this SDK has not). */
const seen = new Map<string, Promise<unknown> | undefined>();

function load(tag: string): Promise<unknown> | undefined {
  if (seen.has(tag)) return seen.get(tag);
  if (customElements.get(tag)) return undefined; // taken already, e.g. by the single-file bundle
  let loading: Promise<unknown> | undefined;
  if (elements.has(tag)) {
    loading = import(new URL(`${tag}.js`, import.meta.url).href).catch((error: unknown) => {
      // A load that failed (offline, a blocked URL) is tried again when the tag is next met, in
      // browsers that fetch a failed module again (Chromium does; Firefox ESR keeps the failure).
      seen.delete(tag);
      throw error;
    });
  } else {
    // Named once per tag, and only the tag: a misspelt element is otherwise an empty box. Never
    // anything of the page's content.
    // eslint-disable-next-line no-console
    console.warn(`MindBrite CRM: there is no element <${tag}>; check its name.`);
  }
  seen.set(tag, loading);
  return loading;
}

const crmTag = /^crm-/;

function loadUndefinedIn(root: ParentNode): Promise<unknown[]> {
  const undefinedElements = [...root.querySelectorAll(':not(:defined)')];
  if (root instanceof Element && !customElements.get(root.localName)) undefinedElements.push(root);
  const tags = new Set(undefinedElements.map((element) => element.localName).filter((tag) => crmTag.test(tag)));
  return Promise.all([...tags].map(load));
}

const observer = new MutationObserver((mutations) => {
  for (const { addedNodes } of mutations) {
    for (const node of addedNodes) {
      // A failed load surfaces as the browser's own network error; nothing more to say here.
      if (node instanceof Element) loadUndefinedIn(node).catch(() => undefined);
    }
  }
});
const watched: MutationObserverInit = { childList: true, subtree: true };

/**
 * Defines the CRM elements in `root` that are not defined yet, loading their modules, and for a
 * shadow root keeps watching it for elements added later, as the loader watches the document
 * from the start. A host calls it for its own shadow roots, which the document's watch cannot see.
 * Resolves once every element found is defined; rejects if a module failed to download (a
 * later call tries again, in browsers that fetch a failed module anew).
 *
 * @example
 * import { discover } from 'https://cdn.example/@mindbrite/crm-elements/dist/cdn/crm-elements.loader.js';
 * this.shadowRoot.innerHTML = '<crm-leads-list></crm-leads-list>';
 * await discover(this.shadowRoot);
 */
export async function discover(root: Document | Element | ShadowRoot): Promise<void> {
  if (root instanceof ShadowRoot) observer.observe(root, watched);
  await loadUndefinedIn(root);
}

observer.observe(document.documentElement, watched);
loadUndefinedIn(document).catch(() => undefined);
