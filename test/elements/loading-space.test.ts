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
import { setViewport } from '@web/test-runner-commands';
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

/** The top and bottom of `below`, from the top of the window. */
function place(below: Element): [number, number] {
  const { top, bottom } = below.getBoundingClientRect();
  return [top, bottom];
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

/** A window `WINDOW_HEIGHT` tall: what is below it moves unseen. */
function useWindow() {
  before(() => setViewport({ width: 1300, height: WINDOW_HEIGHT }));
  after(() => setViewport({ width: 800, height: 600 }));
}

/**
 * `tag` with `attributes` in a host page `width` px wide, under the host's heading and above its
 * content, its data answering `route` after 400 ms: where that content is while the element loads,
 * and once it has loaded.
 */
async function loadInHostPage(tag: string, attributes: string, route: string, width: number) {
  crm.scenario.set({ latency: { min: 400, max: 400, routes: [route] } });
  const element = unsafeStatic(tag);
  const host = fixtureSync<HTMLElement>(
    staticHtml`<div style="width: ${width}px">
      <h1>The host's heading</h1>
      <${element} .client=${mockClient()} ${unsafeStatic(attributes)}></${element}>
      <div class="below" style="height: ${WINDOW_HEIGHT * 2}px">The host's own content, below the widget.</div>
    </div>`,
  );
  const widget = host.querySelector<CrmElement>(tag)!;
  const below = host.querySelector('.below')!;
  await widget.updateComplete;
  expect(busy(widget), 'it shows its loading state first').to.not.equal(null);
  const loading = place(below);
  await waitUntil(() => !busy(widget), 'its data never came', { timeout: 5000 });
  await widget.updateComplete;
  return { widget, loading, loaded: place(below) };
}

describe('loading states that take the space of what they become', function () {
  this.timeout(20_000);
  useMockCrm();
  useWindow();

  for (const [tag, route, idAttribute] of cases) {
    for (const width of WIDTHS) {
      it(`<${tag}> at ${width} px: its data moves nothing below it`, async () => {
        const { widget, loading, loaded } = await loadInHostPage(tag, idAttribute ? `${idAttribute}="1"` : '', route, width);
        expect(widget.shadowRoot!.querySelector('[part~="skeleton"], [part="error"]'), 'it shows its data').to.equal(null);
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

// Data shorter than the placeholders (a contact's one follow-up, a list of two rows, an empty
// state) keeps the space of the loading state the reader saw: the host's content in view stays put.
describe('data shorter than its loading state', function () {
  this.timeout(20_000);
  useMockCrm();
  useWindow();

  const dueTomorrow = (contactId: number, completed = false) =>
    crm.db.followUps.insert({ contact_id: contactId, type: 'call', subject: 'Call back', description: '', scheduled_date: new Date(Date.now() + 864e5).toISOString(), completed, completed_date: completed ? new Date().toISOString() : null });
  const cases: Array<{ name: string; tag: string; attributes: string; route: string; keep: (count: number) => void; shown: string; counts: number[] }> = [
    { name: "a contact's agenda", tag: 'crm-follow-ups', attributes: 'contact-id="1"', route: 'GET /follow-ups', shown: '[part~="item"]', counts: [0, 1],
      keep: (count) => { crm.db.followUps.deleteWhere((row) => row.contact_id === 1); for (let index = 0; index < count; index++) dueTomorrow(1); } },
    { name: "the practice's agenda", tag: 'crm-follow-ups', attributes: '', route: 'GET /follow-ups', shown: '[part~="item"]', counts: [0, 2],
      keep: (count) => { crm.db.followUps.deleteWhere(() => true); for (let index = 0; index < count; index++) dueTomorrow(1); } },
    { name: "a contact's activity", tag: 'crm-activity-timeline', attributes: 'contact-id="1"', route: 'GET /follow-ups', shown: '[part="entry"]', counts: [0, 1],
      keep: (count) => { crm.db.followUps.deleteWhere((row) => row.contact_id === 1); for (let index = 0; index < count; index++) dueTomorrow(1, true); } },
    { name: 'the leads list', tag: 'crm-leads-list', attributes: '', route: 'GET /leads', shown: '[part="row"]', counts: [2],
      keep: (count) => { const kept = crm.db.leads.all().slice(0, count).map(({ id }) => id); crm.db.leads.deleteWhere((row) => !kept.includes(row.id)); } },
    { name: 'the pipeline', tag: 'crm-pipeline', attributes: '', route: 'GET /opportunities', shown: '[part="card"]', counts: [1],
      keep: (count) => { const kept = crm.db.opportunities.all().slice(0, count).map(({ id }) => id); crm.db.opportunities.deleteWhere((row) => !kept.includes(row.id)); } },
  ];

  for (const { name, tag, attributes, route, keep, shown, counts } of cases) {
    for (const count of counts) {
      for (const width of WIDTHS) {
        it(`${name} with ${count}, at ${width} px: moves nothing in view`, async () => {
          keep(count);
          const { widget, loading, loaded } = await loadInHostPage(tag, attributes, route, width);
          expect(widget.shadowRoot!.querySelectorAll(shown).length, 'it shows its data').to.equal(count);
          expect(shiftScore(loading, loaded, width), `the content below moved from ${loading[0]} px to ${loaded[0]} px`).to.be.below(0.001);
          // The space held is left beneath the data, not spread between its parts.
          const log = widget.shadowRoot!.querySelector('[part="log"]');
          if (log) expect(log.getBoundingClientRect().height, 'the box to log a call keeps its height').to.be.below(400);
        });
      }
    }
  }

  it("lets the host's own min-block-size win: the element shrinks to its data", async () => {
    crm.db.followUps.deleteWhere(() => true);
    const style = document.head.appendChild(document.createElement('style'));
    style.textContent = 'crm-follow-ups { min-block-size: 0 }';
    try {
      const { widget, loading, loaded } = await loadInHostPage('crm-follow-ups', '', 'GET /follow-ups', 412);
      expect(widget.shadowRoot!.querySelector('[part="empty"]'), 'it says the agenda is empty').to.not.equal(null);
      expect(loaded[0], 'the content below came up to the empty agenda').to.be.below(loading[0] - 300);
    } finally {
      style.remove();
    }
  });
});
