// The single-file bundle as a classic script (`crm-elements.global.js`, issue 17): loaded in the
// head, it is defined before the parser reaches the tags, so each widget is in its loading state,
// at its size, before the page can first paint: no shift when its code arrives, in any browser. A
// module script runs only once the page is parsed, after a paint may have shown the tags empty.
// Built files: `rollup -c rollup.config.mjs` makes them; `npm test` builds first.
import { expect, waitUntil } from '@open-wc/testing';

const dist = '/packages/crm-elements/dist/';

interface HostWindow extends Window {
  atParse?: { defined: boolean; rendering: boolean };
  MindBriteCrm?: Record<string, unknown>;
}

/** A host page in a frame 412 px wide: its script, a widget waiting for its client, and its own content below. */
async function hostPage(script: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 412px; height: 900px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="en"><head>${script}</head>
    <body style="margin: 0">
      <h1>The host's heading</h1>
      <crm-provider><crm-dashboard></crm-dashboard></crm-provider>
      <script>
        // Where the parser is, just past the widget: what a paint now would show.
        const widget = document.querySelector('crm-dashboard');
        window.atParse = { defined: Boolean(customElements.get('crm-dashboard')), rendering: Boolean(widget.shadowRoot) };
      </script>
      <p id="below">The host's own content, below the widget.</p>
    </body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('the bundle as a classic script', function () {
  this.timeout(15_000);
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  before(async () => {
    const built = await fetch(`${dist}crm-elements.global.js`, { method: 'HEAD' });
    if (!built.ok) throw new Error(`${dist}crm-elements.global.js is missing (HTTP ${built.status}): build it first with \`rollup -c rollup.config.mjs\`.`);
  });

  it('defines the tags before the page is parsed past them, so they hold their space from the first paint', async () => {
    const frame = await hostPage(`<script src="${dist}crm-elements.global.js"></script>`);
    frames.push(frame);
    const host = frame.contentWindow as HostWindow;
    expect(host.atParse).to.deep.equal({ defined: true, rendering: true });
    const widget = frame.contentDocument!.querySelector('crm-dashboard')!;
    await waitUntil(() => widget.shadowRoot?.querySelector('[part="skeleton"]'), 'it never showed its loading state');
    // The dashboard's loading state at a phone's width is its cards and charts, stacked.
    expect(frame.contentDocument!.querySelector('#below')!.getBoundingClientRect().top).to.be.above(1000);
    expect(host.MindBriteCrm?.createCrmClient, "the bundle's exports, as a global").to.be.a('function');
  });

  it('(a module script, by contrast, runs after the parse: the tags are unknown until then)', async () => {
    const frame = await hostPage(`<script type="module" src="${dist}crm-elements.bundle.js"></script>`);
    frames.push(frame);
    expect((frame.contentWindow as HostWindow).atParse).to.deep.equal({ defined: false, rendering: false });
  });
});
