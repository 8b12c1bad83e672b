// The cdn build's loader (issue 16), as a page without a bundler uses it: the built files in
// packages/crm-elements/dist/cdn (`rollup -c rollup.config.mjs` makes them; `npm test` builds
// first). It defines the elements a page has, when their tags appear, and downloads nothing else.
import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type * as LoaderModule from '../../packages/crm-elements/src/loader.js';
import { crm, useMockCrm } from './support/mock-crm.js';

type Loader = typeof LoaderModule;

const cdn = '/packages/crm-elements/dist/cdn/';
const loaderUrl = `${cdn}crm-elements.loader.js`;

// The test's own modules fill the default buffer of 250 entries; the cdn files come after them.
performance.setResourceTimingBufferSize(10_000);

/** The cdn files the page has downloaded so far, by path below dist/cdn/, each time it did. */
const downloaded = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith(cdn))
    .map((path) => path.slice(cdn.length));

/** The elements' entries downloaded so far (`crm-dashboard.js`, …), not the loader or shared chunks. */
const entriesDownloaded = () => downloaded().filter((file) => /^crm-(?!elements\.)[a-z-]+\.js$/.test(file)).sort();

const defined = (tag: string) => waitUntil(() => customElements.get(tag), `<${tag}> was never defined`, { timeout: 5000 });
/** The name of the class defined for `tag`, if any: a failed assertion prints a name, not a whole class. */
const definedAs = (tag: string) => customElements.get(tag)?.name;

/**
 * Long enough for a MutationObserver's callback and the imports it would start. A timer, not
 * animation frames: a test page in a background tab (two run at once) gets no frames.
 */
const frames = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Another copy of an element, defined before the loader runs, as the single-file bundle would. */
class ContactFormFromElsewhere extends HTMLElement {}

describe('crm-elements.loader.js', () => {
  useMockCrm();
  let loader: Loader;
  const page = document.createElement('div');
  const builtEarly = document.createElement('div');

  before(async () => {
    const built = await fetch(loaderUrl, { method: 'HEAD' });
    if (!built.ok) {
      throw new Error(`${loaderUrl} is missing (HTTP ${built.status}): build the cdn output first with \`rollup -c rollup.config.mjs\`.`);
    }
    builtEarly.innerHTML = '<crm-contact-form></crm-contact-form>';
    customElements.define('crm-contact-form', ContactFormFromElsewhere);
    // What the page holds before the loader starts: one widget, and an element defined elsewhere.
    page.innerHTML = `<crm-dashboard api-base="${crm.baseUrl}"></crm-dashboard><crm-contact-form></crm-contact-form>`;
    document.body.append(page);
    loader = (await import(loaderUrl)) as Loader;
  });

  after(() => page.remove());

  it('defines the widget the page has when it starts, from its entry beside the loader, and it works', async () => {
    await defined('crm-dashboard');
    const dashboard = page.querySelector('crm-dashboard')!;
    await waitUntil(() => dashboard.shadowRoot?.textContent?.includes('Total leads'), 'the dashboard never showed its figures');
    expect(downloaded()).to.include('crm-dashboard.js');
    await expect(dashboard).to.be.accessible();
  });

  it('downloads no element the page does not have, and leaves an element defined elsewhere alone', async () => {
    await defined('crm-dashboard');
    expect(entriesDownloaded()).to.deep.equal(['crm-dashboard.js']);
    expect(definedAs('crm-contact-form')).to.equal(ContactFormFromElsewhere.name);
    page.append(document.createElement('crm-contact-form'));
    // Made before the other copy defined it and kept out of the page, so never upgraded: it reads as
    // undefined, yet its tag is taken.
    await loader.discover(builtEarly);
    await frames();
    expect(downloaded()).not.to.include('crm-contact-form.js');
  });

  it('defines elements added later, nested ones too, downloading each entry once', async () => {
    const later = document.createElement('section');
    later.innerHTML = `<crm-provider api-base="${crm.baseUrl}"><div><crm-forecast></crm-forecast></div></crm-provider>`;
    page.append(later);
    await defined('crm-provider');
    await defined('crm-forecast');
    const forecast = later.querySelector('crm-forecast')!;
    // Its client comes from the provider around it, which the loader defined as well.
    await waitUntil(() => forecast.shadowRoot?.querySelector('section > [part="totals"], [part="empty"]'), 'the forecast never loaded', { timeout: 5000 });
    page.append(document.createElement('crm-forecast'), document.createElement('crm-forecast'));
    await frames();
    expect(downloaded().filter((file) => file === 'crm-forecast.js')).to.have.length(1);
    expect(entriesDownloaded()).to.deep.equal(['crm-dashboard.js', 'crm-forecast.js', 'crm-provider.js']);
  });

  it('defines the elements in a shadow root given to discover, and those added to it later', async () => {
    const host = document.createElement('div');
    page.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<crm-activity-timeline api-base="${crm.baseUrl}" contact-id="1"></crm-activity-timeline>`;
    await frames();
    // The document's watch cannot see into a host's shadow root.
    expect(definedAs('crm-activity-timeline')).to.equal(undefined);
    await loader.discover(root);
    expect(definedAs('crm-activity-timeline')).to.be.a('string');
    root.append(document.createElement('crm-follow-up-form'));
    await defined('crm-follow-up-form');
    expect(entriesDownloaded()).to.include.members(['crm-activity-timeline.js', 'crm-follow-up-form.js']);
  });

  it('rejects what discover returns when an element\'s module cannot be downloaded', async () => {
    crm.use(http.get(`${location.origin}${cdn}crm-pipeline.js`, () => HttpResponse.error()));
    const box = document.createElement('div');
    box.append(document.createElement('crm-pipeline'));
    const failure = await loader.discover(box).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).to.be.instanceOf(TypeError);
    expect(definedAs('crm-pipeline')).to.equal(undefined);
  });

  it('names an unknown crm- tag once in a warning, with nothing of its content, and downloads nothing for it', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const unknown = document.createElement('crm-dashbord');
      unknown.textContent = 'Ada Lovelace';
      page.append(unknown, document.createElement('crm-dashbord'));
      await frames();
      await loader.discover(page);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0])).to.include('<crm-dashbord>').and.not.include('Ada');
    expect(downloaded().filter((file) => file.includes('dashbord'))).to.deep.equal([]);
  });

  it('leaves an element to load what it opens, from the same build: the dashboard\'s inline "New lead"', async () => {
    const dashboard = page.querySelector('crm-dashboard')!;
    dashboard.setAttribute('quick-actions', 'inline');
    await dashboard.updateComplete;
    const newLead = [...dashboard.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'New lead')!;
    newLead.click();
    await waitUntil(() => dashboard.shadowRoot!.querySelector('crm-lead-dialog')?.shadowRoot?.querySelector('dialog[open]'), 'the lead dialog never opened', { timeout: 5000 });
    expect(entriesDownloaded()).to.include.members(['crm-lead-dialog.js', 'crm-lead-form.js']);
    expect(downloaded().filter((file) => file === 'crm-lead-form.js')).to.have.length(1);
  });
});
