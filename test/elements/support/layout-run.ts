// Issue 11's layout test: every element, in its main states, at container widths from a 240 px
// sidebar to a 1600 px page, in light, dark and forced colours, on a light and a dark host page.
// It fails on horizontal overflow outside a designated scroll area, interactive boxes that overlap,
// clipped text, a chosen column that cannot be seen, a target under 24 × 24 px (WCAG 2.5.8) and
// contrast under AA (axe). Each element is rendered once per mode and host and its container resized
// through the widths; every problem of a run is listed in one failure (checks:
// layout-checks.ts). Each element's test is a file of its own (layout-*.test.ts), so they
// run side by side.
import type { CrmElement } from '@mindbrite/crm-elements';
import { expect, fixtureSync, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { CONTACT_COLUMNS } from '../../../packages/crm-elements/src/contacts-list/contact-columns.js';
import { LEAD_COLUMNS } from '../../../packages/crm-elements/src/leads-list/lead-columns.js';
import {
  chosenColumnsShown,
  clippedText,
  horizontalOverflow,
  lowContrast,
  overlappingTargets,
  targetSize,
  type Column,
  type Finding,
} from './layout-checks.js';
import { crm, mockClient, useMockCrm } from './mock-crm.js';
import { settled, waitFor } from './records-list.js';

const WIDTHS = [240, 320, 400, 560, 768, 1024, 1280, 1600];

/** A host page: its background, and that of the panel the element sits in. */
interface Host {
  page: string;
  panel: string;
}
const LIGHT_HOST: Host = { page: '#ffffff', panel: '#f4f6f8' };
const DARK_HOST: Host = { page: '#111418', panel: '#1d232a' };

/**
 * The page's `color-scheme`, which the elements' `light-dark()` colours follow, on a host page. A
 * widget has no background of its own; themed against its page (light on a dark page, dark on a
 * light one), it needs the one the host opts in to with `--crm-color-surface`, as the design
 * language says: `surface` is that.
 */
interface Mode {
  name: string;
  scheme: 'light' | 'dark';
  host: Host;
  surface?: string;
  forcedColors?: boolean;
}
const MODES: Mode[] = [
  { name: 'light on a light host', scheme: 'light', host: LIGHT_HOST },
  { name: 'light on a dark host, with --crm-color-surface', scheme: 'light', host: DARK_HOST, surface: '#ffffff' },
  { name: 'dark on a dark host', scheme: 'dark', host: DARK_HOST },
  { name: 'dark on a light host, with --crm-color-surface', scheme: 'dark', host: LIGHT_HOST, surface: '#1b1f24' },
  // Forced colours paint every background, the host page's included, in the system's Canvas colour,
  // so a dark host would look just like this one. Contrast is the user's palette's, not ours: no axe.
  { name: 'forced colors', scheme: 'light', host: LIGHT_HOST, forcedColors: true },
];

/** The panel's padding around the element, which gets the whole width tested. */
const PANEL_PADDING = 12;
/** A viewport wide enough for the widest panel, so only the panel limits an element in the page. */
const PAGE_VIEWPORT = { width: 1600 + 2 * PANEL_PADDING + 40, height: 900 };
/** A dialog's width follows the viewport's: it is the viewport that gets each width. */
const DIALOG_VIEWPORT_HEIGHT = 800;

/**
 * Rows per page of a loaded list: ten rows lay out as twenty-five do, and axe's contrast run over a
 * page of them is what takes the time.
 */
const PAGE_SIZE = '10';

/** An element in one of its states, as the test renders it. */
export interface Subject {
  name: string;
  /** The element, with a client of the mock CRM and its attributes; the mock set up for the state first. */
  create: () => CrmElement;
  /** Waits until the element, in the page, shows the state. */
  ready: (element: CrmElement) => Promise<unknown>;
  /** A list's chosen columns, in order. */
  columns?: readonly Column[];
  /** A dialog in the top layer, sized by the viewport rather than a container. */
  dialog?: boolean;
}

type Tag = 'crm-dashboard' | 'crm-leads-list' | 'crm-contacts-list' | 'crm-lead-form' | 'crm-contact-form' | 'crm-lead-dialog' | 'crm-contact-dialog';

export function create(tag: Tag, attributes: Record<string, string> = {}): CrmElement {
  const element = document.createElement(tag);
  element.client = mockClient();
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/** The element on a panel of the host page's, as wide as the narrowest width until resized. */
const onPanel = (element: CrmElement, mode: Mode) => {
  if (mode.surface) element.style.setProperty('--crm-color-surface', mode.surface);
  return html`<div class="panel" style="box-sizing: content-box; width: ${WIDTHS[0]}px; padding: ${PANEL_PADDING}px; background: ${mode.host.panel}">${element}</div>`;
};

export const listSettled = (element: CrmElement) => waitFor(() => element.hasUpdated && settled(element), 'the list never settled');

export function listSubjects(tag: 'crm-leads-list' | 'crm-contacts-list'): Subject[] {
  const all = (tag === 'crm-leads-list' ? LEAD_COLUMNS : CONTACT_COLUMNS).map(({ id, label }): Column => ({ id, label: label('en') }));
  const resource = tag === 'crm-leads-list' ? 'leads' : 'contacts';
  const chosen = ['name', 'email', 'status', 'created'];
  return [
    { name: 'with every column', create: () => create(tag, { 'page-size': PAGE_SIZE }), ready: listSettled, columns: all },
    {
      name: `with columns="${chosen.join(',')}"`,
      create: () => create(tag, { 'page-size': PAGE_SIZE, columns: chosen.join(',') }),
      ready: listSettled,
      columns: chosen.map((id) => all.find((column) => column.id === id)!),
    },
    {
      name: "with a record's view open",
      dialog: true,
      create: () => create(tag, { 'page-size': PAGE_SIZE }),
      ready: async (list) => {
        await listSettled(list);
        list.shadowRoot!.querySelector<HTMLElement>('tbody tr td[part~="cell"]')!.click();
        await waitFor(() => list.shadowRoot!.querySelector<HTMLDialogElement>('dialog[part="record-view"]')?.open, 'the view never opened');
      },
    },
    {
      name: 'empty',
      create: () => {
        crm.db[resource].load([]);
        return create(tag);
      },
      ready: listSettled,
    },
    {
      name: 'after a failed load',
      create: () => {
        crm.scenario.set({ error: { status: 500, routes: [`GET /${resource}`] } });
        return create(tag);
      },
      ready: listSettled,
    },
  ];
}

/** Resolves after the next frame (layout, resize observers) or, in a background page that gets none, soon. */
const nextFrame = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 100);
  });

/** Emulates forced colours, or ends them; `emulated` is false where the browser cannot. */
async function forcedColors(active: boolean): Promise<{ emulated: boolean }> {
  return executeServerCommand('emulate-forced-colors', { active });
}

/** Sets the host page up for `mode`; skips the test where the browser cannot emulate it. */
async function enter(mode: Mode, test: Mocha.Context): Promise<void> {
  document.documentElement.style.colorScheme = mode.scheme;
  document.body.style.background = mode.host.page;
  if (!mode.forcedColors) return;
  // Firefox, driven over WebDriver BiDi, cannot emulate forced colours: the other modes run there.
  if (!(await forcedColors(true)).emulated) test.skip();
  expect(matchMedia('(forced-colors: active)').matches, 'forced colours are emulated').to.equal(true);
}

async function leave(mode: Mode): Promise<void> {
  document.documentElement.style.removeProperty('color-scheme');
  document.body.style.removeProperty('background');
  if (mode.forcedColors) await forcedColors(false);
}

/** Every check on `element` as it is laid out now. */
async function check(element: HTMLElement, subject: Subject, mode: Mode): Promise<Finding[]> {
  return [
    ...horizontalOverflow(element),
    ...overlappingTargets(element),
    ...clippedText(element),
    ...(subject.columns ? chosenColumnsShown(element, subject.columns) : []),
    ...targetSize(element),
    ...(mode.forcedColors ? [] : await lowContrast(element)),
  ];
}

/**
 * The findings of every width as one readable list: a problem seen at several widths, in every
 * row or at several places alike, is one line saying where, how many, at which widths, and what
 * (as measured at the first).
 */
function report(findings: (Finding & { width: number })[]): string {
  const groups = new Map<string, { detail: string; widths: Map<number, number>; rows: Set<string> }>();
  for (const { check: name, where, detail, width } of findings) {
    const key = `[${name}] ${where.replace(/row \d+ › /, '')}`;
    const group = groups.get(key) ?? { detail, widths: new Map(), rows: new Set() };
    group.widths.set(width, (group.widths.get(width) ?? 0) + 1);
    const row = /row (\d+) ›/.exec(where)?.[1];
    if (row) group.rows.add(row);
    groups.set(key, group);
  }
  return [...groups]
    .map(([key, { detail, widths, rows }]) => {
      const most = Math.max(...widths.values());
      const count = rows.size ? ` (in ${rows.size} row${rows.size > 1 ? 's' : ''})` : most > 1 ? ` (×${most})` : '';
      return `${key}${count}: ${detail.replace(/row \d+ › /g, '')} — at ${[...widths.keys()].join(', ')} px`;
    })
    .join('\n');
}

/** Renders the subject once and checks it at every width: the panel's, or the viewport's for a dialog. */
async function checkEveryWidth(subject: Subject, mode: Mode): Promise<(Finding & { width: number })[]> {
  const element = subject.create();
  const panel = fixtureSync<HTMLElement>(onPanel(element, mode));
  await subject.ready(element);
  await element.updateComplete;
  const findings: (Finding & { width: number })[] = [];
  for (const width of WIDTHS) {
    if (subject.dialog) await setViewport({ width, height: DIALOG_VIEWPORT_HEIGHT });
    else panel.style.width = `${width}px`;
    await nextFrame();
    findings.push(...(await check(element, subject, mode)).map((finding) => ({ ...finding, width })));
  }
  return findings;
}

/** The layout test of `element` in each of its `subjects`: one test per mode and host, every width in each. */
export function layoutSuite(element: string, subjects: Subject[]): void {
  describe(`${element} layout`, function () {
    // Eight widths, each checked, and axe's contrast run; generous for two busy cores.
    this.timeout(60_000);
    useMockCrm();
    after(() => setViewport({ width: 800, height: 600 }));

    for (const subject of subjects) {
      describe(subject.name, () => {
        for (const mode of MODES) {
          it(mode.name, async function () {
            await setViewport(subject.dialog ? { width: WIDTHS[0]!, height: DIALOG_VIEWPORT_HEIGHT } : PAGE_VIEWPORT);
            try {
              await enter(mode, this);
              const findings = await checkEveryWidth(subject, mode);
              if (findings.length) expect.fail(`${findings.length} layout problems:\n${report(findings)}`);
            } finally {
              await leave(mode);
            }
          });
        }
      });
    }
  });
}
