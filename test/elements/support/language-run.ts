// Issue 12's language test: every element, in the states the layout test renders (subjects.ts),
// in Spanish and French (no English word left where the translation has another), in the
// pseudo-locale en-XA (no visible text that did not go through the localiser, data excepted; no
// text clipped or overflowing at a narrow and a wide width), and right to left (laid out as the
// mirror image of left to right). Each element's test is a file of its own (languages-*.test.ts).
import '@mindbrite/crm-elements/pseudo-locale.js';
import type { CrmElement } from '@mindbrite/crm-elements';
import { expect, fixtureSync, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { english } from '../../../packages/crm-elements/src/localize/english.js';
import { PSEUDO_CLOSE, PSEUDO_OPEN } from '../../../packages/crm-elements/src/localize/locales/en-xa.js';
import es from '../../../packages/crm-elements/src/localize/locales/es.js';
import fr from '../../../packages/crm-elements/src/localize/locales/fr.js';
import { clippedText, horizontalOverflow, type Finding } from './layout-checks.js';
import type { Subject } from './layout-run.js';
import { crm, useMockCrm } from './mock-crm.js';

const WIDTHS = [320, 1024];
const DIALOG_HEIGHT = 800;

const nextFrame = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 100);
  });

/** The subject in the page, on a panel `width` wide (a dialog: in a viewport that wide), in `locale` and `dir`. */
async function render(subject: Subject, width: number, { locale, dir }: { locale?: string; dir?: 'rtl' } = {}) {
  if (subject.dialog) await setViewport({ width, height: DIALOG_HEIGHT });
  else await setViewport({ width: 1100, height: 900 });
  const element = subject.create();
  if (locale) element.setAttribute('locale', locale);
  const panel = fixtureSync<HTMLElement>(html`<div dir=${dir ?? 'ltr'} style="width: ${subject.dialog ? 'auto' : `${width}px`}">${element}</div>`);
  await subject.ready(element);
  await element.updateComplete;
  await nextFrame();
  return { element, panel };
}

/** Every element of `host`'s shadow tree and the shadow trees inside it. */
function* deepElements(host: Element): Generator<Element> {
  for (const element of host.shadowRoot?.querySelectorAll('*') ?? []) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element);
  }
}

/** What a user sees or hears of an element: its text, and the attributes read out or shown (a card's `data-label`). */
const SPOKEN = ['aria-label', 'aria-valuetext', 'placeholder', 'title', 'alt', 'data-label'];
function texts(host: Element): string[] {
  const found: string[] = [];
  for (const element of deepElements(host)) {
    if (element.closest('style, script')) continue;
    for (const node of element.childNodes) if (node instanceof Text && node.data.trim()) found.push(node.data.replace(/\s+/g, ' ').trim());
    for (const name of SPOKEN) {
      const value = element.getAttribute(name)?.trim();
      if (value) found.push(value);
    }
  }
  return found;
}

/**
 * The English words that a translation says otherwise: each string, and the fixed parts of each
 * function's sentence (around its arguments), that differs from the translation's.
 */
function englishOnly(inEnglish: unknown, translated: unknown, into = new Set<string>()): Set<string> {
  if (typeof inEnglish === 'string') {
    if (inEnglish !== translated) into.add(inEnglish);
  } else if (typeof inEnglish === 'function') {
    const args = Array.from({ length: inEnglish.length }, () => '\u0001');
    const theirs = String((translated as (...args: unknown[]) => string)(...args));
    for (const part of String(inEnglish(...args)).split('\u0001')) {
      const fixed = part.trim();
      if (fixed.length >= 6 && !theirs.includes(fixed)) into.add(fixed);
    }
  } else if (inEnglish && typeof inEnglish === 'object') {
    for (const [key, value] of Object.entries(inEnglish)) englishOnly(value, (translated as Record<string, unknown>)[key], into);
  }
  return into;
}

const TRANSLATIONS = { es, fr };

/** The texts of `host` that are English a translation says otherwise: a whole text, or a sentence inside one. */
function englishLeft(host: Element, locale: keyof typeof TRANSLATIONS): string[] {
  const words = [...englishOnly(english, TRANSLATIONS[locale])];
  return texts(host).filter((text) => words.some((word) => text === word || (word.length >= 12 && text.includes(word))));
}

/** `text` without what is inside ⟦brackets⟧ (nested too): what did not go through the localiser. */
function outsidePseudo(text: string): string {
  let depth = 0;
  let outside = '';
  for (const character of text) {
    if (character === PSEUDO_OPEN) depth += 1;
    else if (character === PSEUDO_CLOSE) depth = Math.max(0, depth - 1);
    else if (!depth) outside += character;
  }
  return outside;
}

/**
 * Words that are data, not ours: the mock CRM's records, and what `Intl` writes in English (month
 * and day names, compact and scientific figures, currency codes).
 */
function dataWords(): Set<string> {
  const words = new Set<string>(['AM', 'PM', 'K', 'M', 'B', 'T', 'E', 'US', 'USD']);
  const add = (value: unknown) => {
    if (typeof value === 'string') for (const word of value.match(/[A-Za-z]+/g) ?? []) words.add(word);
  };
  for (const table of [crm.db.leads, crm.db.contacts, crm.db.opportunities, crm.db.followUps]) {
    for (const record of table.all()) Object.values(record).forEach(add);
  }
  for (let month = 0; month < 12; month += 1) {
    const date = new Date(2026, month, 1);
    for (const style of ['short', 'long'] as const) {
      add(date.toLocaleString('en', { month: style }));
      add(date.toLocaleString('en', { weekday: style }));
    }
  }
  return words;
}

/** Visible or spoken text with words that are neither localised (in ⟦brackets⟧) nor data. */
function unlocalised(host: Element): string[] {
  const data = dataWords();
  return texts(host).filter((text) => (outsidePseudo(text).match(/[A-Za-z]+/g) ?? []).some((word) => !data.has(word)));
}

interface Box {
  rect: DOMRect;
  /** In an open popover: placed in the window, so mirrored across the window, not the element. */
  inTopLayer: boolean;
}

/** The boxes a mirror image must move: blocks, controls, table cells and chart bars, keyed by their place in the tree. */
function boxes(host: Element): Map<string, Box> {
  const found = new Map<string, Box>();
  let index = 0;
  for (const element of deepElements(host)) {
    index += 1;
    if (element.closest('.visually-hidden')) continue;
    const { display } = getComputedStyle(element);
    // Inline boxes flow with their text, which stays left to right in English: not mirrored.
    if (display === 'inline' || display === 'contents' || display === 'none') continue;
    if (element instanceof SVGElement && element.localName !== 'rect' && element.localName !== 'svg') continue;
    const rect = element.getBoundingClientRect();
    if (rect.width && rect.height) found.set(`${index} ${describeBox(element)}`, { rect, inTopLayer: Boolean(element.closest(':popover-open')) });
  }
  return found;
}

const describeBox = (element: Element): string =>
  [element.localName, element.getAttribute('part') && `[part=${element.getAttribute('part')}]`, element.classList.length ? `.${[...element.classList].join('.')}` : '']
    .filter(Boolean)
    .join('');

/** The boxes of the right-to-left layout that are not where the left-to-right one's mirror image puts them. */
function notMirrored(ltr: Map<string, Box>, rtl: Map<string, Box>, frameLeft: number, frameRight: number): Finding[] {
  const findings: Finding[] = [];
  for (const [key, { rect: box, inTopLayer }] of ltr) {
    const mirrored = rtl.get(key)?.rect;
    if (!mirrored) continue;
    const [left, right] = inTopLayer ? [0, document.documentElement.clientWidth] : [frameLeft, frameRight];
    const expected = right - (box.left - left) - box.width;
    if (Math.abs(mirrored.left - expected) > 2 || Math.abs(mirrored.top - box.top) > 2) {
      findings.push({
        check: 'mirror',
        where: key.replace(/^\d+ /, ''),
        detail: `left ${Math.round(mirrored.left - left)} px, mirror of left to right ${Math.round(expected - left)} px (top ${Math.round(mirrored.top)} vs ${Math.round(box.top)})`,
      });
    }
  }
  return findings;
}

const list = (findings: Finding[]) => findings.map(({ check, where, detail }) => `[${check}] ${where}: ${detail}`).join('\n');

/** The language test of `element` in each of its `subjects`. */
export function languageSuite(name: string, subjects: Subject[]): void {
  describe(`${name} in other languages and right to left`, function () {
    this.timeout(30_000);
    useMockCrm();
    after(() => setViewport({ width: 800, height: 600 }));

    for (const subject of subjects) {
      describe(subject.name, () => {
        it('in English, the checks below see its English words and plain text (so they can fail)', async () => {
          const { element } = await render(subject, 1024);
          expect(englishLeft(element, 'es').length, 'English words the Spanish check would report').to.be.greaterThan(2);
          expect(unlocalised(element).length, 'plain texts the pseudo-locale check would report').to.be.greaterThan(2);
        });

        for (const locale of ['es', 'fr'] as const) {
          it(`in ${locale}: no English word left`, async () => {
            const { element } = await render(subject, 1024, { locale });
            expect(englishLeft(element, locale)).to.deep.equal([]);
          });
        }

        it('in the pseudo-locale: every word localised, none clipped or overflowing', async () => {
          const problems: string[] = [];
          for (const width of WIDTHS) {
            const { element } = await render(subject, width, { locale: 'en-XA' });
            if (width === WIDTHS[0]) problems.push(...unlocalised(element).map((text) => `[unlocalised] "${text}"`));
            problems.push(...[...horizontalOverflow(element), ...clippedText(element)].map((finding) => `${list([finding])} — at ${width} px`));
            element.parentElement!.remove();
          }
          expect(problems, problems.join('\n')).to.deep.equal([]);
        });

        it('right to left: the mirror image of left to right', async () => {
          const findings: string[] = [];
          for (const width of WIDTHS) {
            const { element, panel } = await render(subject, width);
            const frame = subject.dialog ? { left: 0, right: document.documentElement.clientWidth } : panel.getBoundingClientRect();
            const ltr = boxes(element);
            panel.dir = 'rtl';
            await (element as CrmElement).updateComplete;
            await nextFrame();
            const rtl = boxes(element);
            expect(ltr.size, 'boxes compared').to.be.greaterThan(5);
            expect(notMirrored(ltr, ltr, frame.left, frame.right).length, 'a left-to-right layout is no mirror of itself').to.be.greaterThan(0);
            const mirrored = notMirrored(ltr, rtl, frame.left, frame.right);
            findings.push(...mirrored.map((finding) => `${list([finding])} — at ${width} px`));
            panel.remove();
          }
          expect(findings, findings.join('\n')).to.deep.equal([]);
        });
      });
    }
  });
}
