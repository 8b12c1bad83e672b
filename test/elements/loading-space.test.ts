// Loading states take the space of what they become (issue 17): in a host page, with the host's
// content below the element, the data arriving after the element's first paint moves nothing the
// user can see. In a window 900 px tall, at a phone's width and a desktop's, the move of the host's
// content below is scored as the Layout Instability API scores a shift (the share of the window it
// touches, times the distance over the window's larger side), at most 0.02 as the issue asks.
// Measured from the layout, not from `layout-shift` entries, which Firefox does not have and a
// test page in a background tab never gets. (Chromium's own scores: `npm run bench -- cls`.)
import '@mindbrite/crm-elements/crm-activity-timeline.js';
import '@mindbrite/crm-elements/crm-contact-form.js';
import '@mindbrite/crm-elements/crm-contacts-list.js';
import '@mindbrite/crm-elements/crm-dashboard.js';
import '@mindbrite/crm-elements/crm-follow-up-form.js';
import '@mindbrite/crm-elements/crm-follow-ups.js';
import '@mindbrite/crm-elements/crm-forecast.js';
import '@mindbrite/crm-elements/crm-lead-form.js';
import '@mindbrite/crm-elements/crm-leads-list.js';
import '@mindbrite/crm-elements/crm-opportunity-form.js';
import '@mindbrite/crm-elements/crm-pipeline.js';
import type { CrmElement } from '@mindbrite/crm-elements';
import { expect, fixtureSync, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { crm, mockClient, useMockCrm } from './support/mock-crm.js';

const WINDOW_HEIGHT = 900;
const WIDTHS = [412, 1280];

/** Each element, the request its data comes by, and what it needs to load (a form edits a record). */
const cases: Array<[tag: string, route: string, attributes: string]> = [
  ['crm-dashboard', 'GET /statistics', ''],
  ['crm-leads-list', 'GET /leads', ''],
  ['crm-contacts-list', 'GET /contacts', ''],
  ['crm-forecast', 'GET /opportunities', ''],
  ['crm-pipeline', 'GET /opportunities', ''],
  ['crm-follow-ups', 'GET /follow-ups', ''],
  ['crm-lead-form', 'GET /leads/:id', 'lead-id'],
  ['crm-contact-form', 'GET /contacts/:id', 'contact-id'],
  ['crm-opportunity-form', 'GET /opportunities/:id', 'opportunity-id'],
  ['crm-follow-up-form', 'GET /follow-ups/:id', 'follow-up-id'],
  ['crm-activity-timeline', 'GET /follow-ups', 'contact-id'],
];

const TARGET = 0.02;

/** The top and bottom of `below`, from the top of the host page. */
function place(below: Element): [number, number] {
  const { top, bottom } = below.getBoundingClientRect();
  const origin = below.parentElement!.getBoundingClientRect().top;
  return [top - origin, bottom - origin];
}

/** The layout shift score of content moved from `from` to `to` in a window `width` wide and `WINDOW_HEIGHT` tall. */
function shiftScore(from: [number, number], to: [number, number], width: number): number {
  const seen = ([top, bottom]: [number, number]): [number, number] => [Math.max(0, Math.min(top, WINDOW_HEIGHT)), Math.max(0, Math.min(bottom, WINDOW_HEIGHT))];
  const [before, after] = [seen(from), seen(to)];
  const overlap = Math.max(0, Math.min(before[1], after[1]) - Math.max(before[0], after[0]));
  const touched = before[1] - before[0] + (after[1] - after[0]) - overlap;
  return (touched / WINDOW_HEIGHT) * (Math.abs(to[0] - from[0]) / Math.max(width, WINDOW_HEIGHT));
}
const busy = (element: CrmElement) => element.shadowRoot!.querySelector('[aria-busy="true"]');

describe('loading states that take the space of what they become', function () {
  this.timeout(20_000);
  useMockCrm();

  for (const [tag, route, idAttribute] of cases) {
    for (const width of WIDTHS) {
      it(`<${tag}> at ${width} px: its data moves nothing below it`, async () => {
        crm.scenario.set({ latency: { min: 400, max: 400, routes: [route] } });
        const element = unsafeStatic(tag);
        const host = fixtureSync<HTMLElement>(
          staticHtml`<div style="width: ${width}px">
            <h1>The host's heading</h1>
            <${element} .client=${mockClient()} ${unsafeStatic(idAttribute ? `${idAttribute}="1"` : '')}></${element}>
            <p>The host's own content, below the widget.</p>
          </div>`,
        );
        const widget = host.querySelector<CrmElement>(tag)!;
        const below = host.querySelector('p')!;
        await widget.updateComplete;
        expect(busy(widget), 'it shows its loading state first').to.not.equal(null);
        const loading = place(below);

        await waitUntil(() => !busy(widget), 'its data never came', { timeout: 5000 });
        await widget.updateComplete;
        expect(widget.shadowRoot!.querySelector('[part~="skeleton"], [part="error"]'), 'it shows its data').to.equal(null);
        const loaded = place(below);
        expect(shiftScore(loading, loaded, width), `the content below moved from ${loading[0]} px to ${loaded[0]} px`).to.be.at.most(TARGET);
      });
    }
  }
});

// A placeholder that pulses by its colour is restyled on the main thread at every frame: for a
// list's page of rows, ~12 ms a frame, which held the demo's main thread for over a second of its
// load. Opacity and transforms are animated by the compositor instead.
describe('loading states that pulse without the main thread', () => {
  useMockCrm();

  for (const [tag, route, idAttribute] of cases) {
    it(`<${tag}> animates its placeholders' opacity or transform only`, async () => {
      crm.scenario.set({ latency: { min: 5000, max: 5000, routes: [route] } });
      const element = unsafeStatic(tag);
      const widget = fixtureSync<CrmElement>(
        staticHtml`<${element} .client=${mockClient()} ${unsafeStatic(idAttribute ? `${idAttribute}="1"` : '')}></${element}>`,
      );
      await widget.updateComplete;
      expect(busy(widget), 'it shows its loading state').to.not.equal(null);
      const animated = widget.shadowRoot!.getAnimations().flatMap((animation) =>
        (animation.effect as KeyframeEffect).getKeyframes().flatMap((keyframe) => Object.keys(keyframe)),
      );
      const properties = new Set(animated.filter((key) => !['offset', 'computedOffset', 'easing', 'composite'].includes(key)));
      if (tag.endsWith('-list')) expect(properties.size, 'its rows pulse').to.be.above(0);
      expect([...properties].filter((property) => !['opacity', 'transform'].includes(property))).to.deep.equal([]);
    });
  }
});

// A contact's agenda loads as three empty items; it keeps at least their space once it has fewer.
describe("a contact's agenda shorter than its loading state", function () {
  this.timeout(20_000);
  useMockCrm();

  for (const open of [0, 1]) {
    for (const width of WIDTHS) {
      it(`with ${open} follow-up${open === 1 ? '' : 's'}, at ${width} px: moves nothing below it up`, async () => {
        crm.db.followUps.deleteWhere((row) => row.contact_id === 1);
        for (let index = 0; index < open; index++) {
          crm.db.followUps.insert({ contact_id: 1, type: 'call', subject: 'Call back', description: '', scheduled_date: new Date(Date.now() + 864e5).toISOString(), completed: false, completed_date: null });
        }
        crm.scenario.set({ latency: { min: 400, max: 400, routes: ['GET /follow-ups'] } });
        const host = fixtureSync<HTMLElement>(
          staticHtml`<div style="width: ${width}px">
            <crm-follow-ups contact-id="1" .client=${mockClient()}></crm-follow-ups>
            <p>The host's own content, below the widget.</p>
          </div>`,
        );
        const widget = host.querySelector<CrmElement>('crm-follow-ups')!;
        const below = host.querySelector('p')!;
        await widget.updateComplete;
        const loading = place(below);
        await waitUntil(() => !busy(widget), 'its data never came', { timeout: 5000 });
        await widget.updateComplete;
        const shown = widget.shadowRoot!.querySelectorAll('.agenda:not(.places) [part~="item"]').length;
        expect(shown, 'it shows its follow-ups').to.equal(open);
        const loaded = place(below);
        expect(loaded[0], `the content below moved from ${loading[0]} px to ${loaded[0]} px`).to.equal(loading[0]);
      });
    }
  }
});
