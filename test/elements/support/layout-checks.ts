// Layout checks for an element as rendered (test/elements/support/layout-run.ts): each walks the element's
// shadow tree, nested shadow roots included (a form inside a dialog), and returns what it found
// wrong as findings that name the element's parts and classes, never the records' values.
import type { AxeResults, RunOptions } from 'axe-core';

/** One problem a check found: which check, where in the element, and what is wrong. */
export interface Finding {
  check: string;
  /** The element the finding is about, by tag, part, class and field name (no record data). */
  where: string;
  /** What is wrong, with the sizes measured. */
  detail: string;
}

const TOLERANCE = 1;

/** The parent in the composed (rendered) tree: the slot an element is assigned to, else its parent, else its shadow host. */
function composedParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

/** `element`'s ancestors in the composed tree, nearest first, up to (not including) `stop`. */
function* ancestors(element: Element, stop?: Element): Generator<Element> {
  for (let parent = composedParent(element); parent && parent !== stop; parent = composedParent(parent)) yield parent;
}

/** Whether `inner` is `outer` or inside it, across shadow roots. */
function within(inner: Element, outer: Element): boolean {
  if (inner === outer) return true;
  for (const ancestor of ancestors(inner)) if (ancestor === outer) return true;
  return false;
}

/** Every element of `host`'s shadow tree, and of the shadow trees inside it. */
function* deepElements(host: Element): Generator<Element> {
  const root = host.shadowRoot;
  if (!root) return;
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element);
  }
}

/** The non-blank text nodes that are children of `element`. */
const ownTextNodes = (element: Element): Text[] =>
  [...element.childNodes].filter((node): node is Text => node instanceof Text && node.data.trim() !== '');

/** The boxes of a text node's lines. */
const textRects = (text: Text): DOMRect[] => {
  const range = document.createRange();
  range.selectNodeContents(text);
  return [...range.getClientRects()].filter((rect) => rect.width > 0 || rect.height > 0);
};

const style = (element: Element) => getComputedStyle(element);
const clips = (value: string) => value === 'hidden' || value === 'clip';
const scrolls = (value: string) => value === 'auto' || value === 'scroll';

/** Whether the element is in the top layer (a modal dialog, an open popover), where the viewport, not the element, bounds it. */
const inTopLayer = (element: Element) => element.matches(':modal, :popover-open');

/**
 * Whether the element is rendered: laid out (no `display: none` on it or an ancestor, a closed
 * dialog or popover included) and not `visibility: hidden`.
 */
const isRendered = (element: Element) =>
  element.checkVisibility({ visibilityProperty: true }) && element.getClientRects().length > 0;

/**
 * Whether the element is hidden for screen readers only: it or an ancestor clips its content to a
 * box of at most one pixel (the `.visually-hidden` pattern), so nobody sees it on screen.
 */
function visuallyHidden(element: Element): boolean {
  for (const candidate of [element, ...ancestors(element)]) {
    const { overflowX, overflowY } = style(candidate);
    if (!clips(overflowX) && !clips(overflowY)) continue;
    const rect = candidate.getBoundingClientRect();
    if (rect.width <= 1 || rect.height <= 1) return true;
  }
  return false;
}

/** Rendered, seen on screen, and not inert. */
const isSeen = (element: Element) => isRendered(element) && !visuallyHidden(element) && !element.closest('[inert]');

/**
 * How a finding names an element: the host of its shadow root when that is not the element
 * checked, the row it is in (rows by number), the nearest ancestor with a part or a data label,
 * and the element by tag, id, classes and attributes that say what it is. Button and menu item
 * labels are the element's own words; other text (record data) is never shown.
 */
function describeElement(element: Element, checked?: Element): string {
  const own = (node: Element) => {
    const attributes = ['part', 'data-action', 'data-label', 'name', 'type', 'role']
      .filter((name) => node.hasAttribute(name))
      .map((name) => `[${name}="${node.getAttribute(name)}"]`)
      .join('');
    const id = node.id ? `#${node.id}` : '';
    const classes = [...node.classList].map((name) => `.${name}`).join('');
    return `${node.localName}${id}${classes}${attributes}`;
  };
  const parts: string[] = [];
  const root = element.getRootNode();
  if (root instanceof ShadowRoot && checked && root.host !== checked) parts.push(`${root.host.localName} ›`);
  const row = element.closest('tbody tr');
  if (row && row !== element) parts.push(`row ${[...row.parentElement!.children].indexOf(row) + 1} ›`);
  if (!element.hasAttribute('part') && !element.hasAttribute('data-label')) {
    const labelled = element.parentElement?.closest('[part], [data-label]');
    if (labelled && labelled !== row) parts.push(`${own(labelled)} ›`);
  }
  parts.push(own(element));
  if (element.matches('button, [role="menuitem"], summary') && !row) {
    const label = element.textContent!.replace(/\s+/g, ' ').trim().slice(0, 40);
    if (label) parts.push(`“${label}”`);
  }
  return parts.join(' ');
}

const px = (value: number) => `${Math.round(value * 10) / 10}`;
const size = (rect: DOMRect) => `${px(rect.width)}×${px(rect.height)} px`;

/** The horizontal extent (`left`, `right`) something must stay within. */
interface Bounds {
  left: number;
  right: number;
  name: string;
}

/** The viewport's width without its scrollbar. */
const viewportBounds = (): Bounds => ({ left: 0, right: document.documentElement.clientWidth, name: 'the viewport' });

/** The inside of a box (its padding box): where its content shows. */
function paddingBox(element: Element): DOMRect {
  const rect = element.getBoundingClientRect();
  return new DOMRect(rect.left + element.clientLeft, rect.top + element.clientTop, element.clientWidth, element.clientHeight);
}

/**
 * What `element` must stay within sideways: the viewport for a box in the top layer, the nearest
 * top-layer box it is in, else the element checked (`hostBounds`). Undefined when it is exempt: in
 * a designated scroll area, clipped by an ancestor, or inside a box already reported.
 */
function overflowBounds(element: Element, host: Element, hostBounds: Bounds, reported: Set<Element>): Bounds | undefined {
  if (inTopLayer(element)) return viewportBounds();
  for (const ancestor of ancestors(element, host)) {
    if (reported.has(ancestor)) return undefined;
    if (inTopLayer(ancestor)) {
      const box = paddingBox(ancestor);
      return { left: box.left, right: box.right, name: `its ${describeElement(ancestor, host)}` };
    }
    const { overflowX } = style(ancestor);
    if (scrolls(overflowX) || clips(overflowX)) return undefined;
  }
  return hostBounds;
}

/**
 * Check 1, horizontal overflow outside a designated scroll area. The element's box must fit its
 * container's content box, and nothing inside it may reach past its inline edges, unless it is in
 * a designated scroll area: an ancestor whose `overflow-x` is `auto` or `scroll` (the lists'
 * `.table-wrap`). A box in the top layer (a modal dialog, an open popover) must fit the viewport,
 * and its content must fit the box: a dialog scrolls (the browser's `overflow: auto`) to reach
 * what is below, never sideways. Content inside an ancestor that clips it (`overflow: hidden`) is
 * not overflow but clipping, which `clippedText` judges. Only the outermost box that overflows is
 * named, not everything inside it.
 */
export function horizontalOverflow(host: HTMLElement): Finding[] {
  const findings: Finding[] = [];
  const found = (where: Element, detail: string) =>
    findings.push({ check: 'horizontal overflow', where: describeElement(where, host), detail });
  const contents = style(host).display === 'contents';
  const container = host.parentElement!;
  if (!contents) {
    const available = paddingBox(container);
    const box = host.getBoundingClientRect();
    const padding = parseFloat(style(container).paddingLeft) + parseFloat(style(container).paddingRight);
    if (box.width > available.width - padding + TOLERANCE) {
      found(host, `is ${px(box.width)} px wide in a container of ${px(available.width - padding)} px`);
    }
  }
  const hostBounds: Bounds = contents ? viewportBounds() : { ...host.getBoundingClientRect().toJSON(), name: 'the element' };
  const reported = new Set<Element>();

  for (const element of deepElements(host)) {
    if (!isRendered(element) || visuallyHidden(element)) continue;
    const bounds = overflowBounds(element, host, hostBounds, reported);
    if (!bounds) continue;
    const boxes = [element.getBoundingClientRect(), ...ownTextNodes(element).flatMap(textRects)].filter(
      (rect) => rect.width > 0 && rect.height > 0,
    );
    if (!boxes.length) continue;
    const left = Math.min(...boxes.map((rect) => rect.left));
    const right = Math.max(...boxes.map((rect) => rect.right));
    const before = bounds.left - left;
    const after = right - bounds.right;
    if (before > TOLERANCE || after > TOLERANCE) {
      reported.add(element);
      const side = after > TOLERANCE ? `${px(after)} px past the end` : `${px(before)} px before the start`;
      found(element, `reaches ${side} of ${bounds.name} (${px(left)}–${px(right)} in ${px(bounds.left)}–${px(bounds.right)})`);
    }
  }
  return findings;
}

/** What counts as something to click, tap or focus; rows (`tr[tabindex="0"]`) are left out, as they hold buttons. */
const INTERACTIVE =
  'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="menuitem"], [tabindex="0"]:not(tr)';

/**
 * The interactive elements of `host` that are seen on screen and can be used: while a modal dialog
 * is open, those inside it (the page under it is inert).
 */
function interactiveElements(host: Element): HTMLElement[] {
  const elements = [...deepElements(host)];
  const modal = elements.find((element) => element.matches('dialog:modal'));
  return elements.filter(
    (element): element is HTMLElement =>
      element.matches(INTERACTIVE) && isSeen(element) && element.getBoundingClientRect().width > 0 && (!modal || within(element, modal)),
  );
}

/** The part of `element` seen through the ancestors that clip or scroll it, or null when none of it is. */
function visibleRect(element: Element): DOMRect | null {
  let rect = element.getBoundingClientRect();
  if (inTopLayer(element)) return rect;
  for (const ancestor of ancestors(element)) {
    const { overflowX, overflowY } = style(ancestor);
    const clipX = overflowX !== 'visible';
    const clipY = overflowY !== 'visible';
    if (!clipX && !clipY) continue;
    const box = paddingBox(ancestor);
    const left = clipX ? Math.max(rect.left, box.left) : rect.left;
    const right = clipX ? Math.min(rect.right, box.right) : rect.right;
    const top = clipY ? Math.max(rect.top, box.top) : rect.top;
    const bottom = clipY ? Math.min(rect.bottom, box.bottom) : rect.bottom;
    if (right <= left || bottom <= top) return null;
    rect = new DOMRect(left, top, right - left, bottom - top);
    if (inTopLayer(ancestor)) break;
  }
  return rect;
}

function intersection(a: DOMRect, b: DOMRect): DOMRect | null {
  const left = Math.max(a.left, b.left);
  const right = Math.min(a.right, b.right);
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  return right > left && bottom > top ? new DOMRect(left, top, right - left, bottom - top) : null;
}

/** The nearest ancestor that scrolls sideways (a designated scroll area), if any. */
function scrollArea(element: Element): HTMLElement | undefined {
  for (const ancestor of ancestors(element)) {
    if (inTopLayer(ancestor)) return undefined;
    if (scrolls(style(ancestor).overflowX)) return ancestor as HTMLElement;
  }
  return undefined;
}

/** Whether the element sticks sideways (the table's selection and actions cells), not only to the top (its header cells). */
function sticksSideways(element: Element): boolean {
  const { position, left, right } = style(element);
  return position === 'sticky' && (left !== 'auto' || right !== 'auto');
}

/** The nearest ancestor-or-self of `element` inside `area` that sticks sideways. */
function stickyIn(element: Element, area: Element): Element | undefined {
  return [element, ...ancestors(element, area)].find(sticksSideways);
}

/**
 * Whether a pair of elements that `clash` now stops clashing once their scroll area is scrolled:
 * true when one of them sits in a sticky cell (the table's selection and actions columns stay in
 * view while the rest scrolls beneath them), both are in the same scroll area, and some scroll
 * position separates them. The scroll position is put back afterwards.
 */
function separableByScrolling(a: Element, b: Element, clash: () => boolean, margin = 0): boolean {
  const area = scrollArea(a);
  if (!area || area !== scrollArea(b)) return false;
  const sticky = stickyIn(a, area) ?? stickyIn(b, area);
  if (!sticky) return false;
  const moving = within(a, sticky) ? b : a;
  const max = area.scrollWidth - area.clientWidth;
  if (max <= 0) return false;
  const start = area.scrollLeft;
  const areaLeft = paddingBox(area).left;
  const movingBox = moving.getBoundingClientRect();
  const stickyBox = sticky.getBoundingClientRect();
  // Where the moving one's edges are in the scrolled content, and where the sticky cell stays in view.
  const movingLeft = movingBox.left - areaLeft + start;
  const movingRight = movingBox.right - areaLeft + start;
  const stickyLeft = stickyBox.left - areaLeft;
  const stickyRight = stickyBox.right - areaLeft;
  const candidates = [0, max, movingRight - stickyLeft + margin, movingLeft - stickyRight - margin].map((left) =>
    Math.min(max, Math.max(0, Math.round(left))),
  );
  try {
    return candidates.some((left) => {
      area.scrollLeft = left;
      return !clash();
    });
  } finally {
    area.scrollLeft = start;
  }
}

/** The open popover or modal dialog that holds `element`, if any. */
const topLayerOf = (element: Element) => element.closest(':popover-open, dialog:modal');

/**
 * Check 2, interactive boxes that overlap: two seen interactive elements whose visible parts
 * intersect by more than a pixel each way. A pair where one holds the other (a link in a summary)
 * is one target. So is a pair that overlaps only because one scrolled beneath a sticky cell
 * (the actions column) and comes clear by scrolling. So is a pair of which one is in the top layer
 * (an open popover, a modal dialog): it is drawn over the other and takes its clicks, on purpose,
 * until it goes (the agenda's floating reminders).
 */
export function overlappingTargets(host: Element): Finding[] {
  const findings: Finding[] = [];
  const targets = interactiveElements(host).map((element) => ({ element, seen: visibleRect(element) }));
  const overlap = (first: DOMRect | null, second: DOMRect | null) => {
    const shared = first && second && intersection(first, second);
    return shared && shared.width > TOLERANCE && shared.height > TOLERANCE ? shared : null;
  };
  for (const [index, a] of targets.entries()) {
    for (const b of targets.slice(index + 1)) {
      const shared = overlap(a.seen, b.seen);
      if (!shared || within(a.element, b.element) || within(b.element, a.element) || topLayerOf(a.element) !== topLayerOf(b.element)) continue;
      if (separableByScrolling(a.element, b.element, () => Boolean(overlap(visibleRect(a.element), visibleRect(b.element))))) continue;
      findings.push({
        check: 'overlapping targets',
        where: describeElement(a.element, host),
        detail: `overlaps ${describeElement(b.element, host)} by ${size(shared)}`,
      });
    }
  }
  return findings;
}

/**
 * Check 3, clipped text. Text is clipped when an element that clips (`overflow: hidden` or `clip`
 * on an axis) holds text that does not fit: its own scroll size exceeds its box on that axis, or
 * a line of text inside it reaches past its inside edge. Text cut with `text-overflow: ellipsis`
 * must have a tooltip (`title`) with the whole value. Screen-reader-only text (clipped to a pixel
 * on purpose) and form controls' values are not judged.
 */
export function clippedText(host: Element): Finding[] {
  const findings: Finding[] = [];
  const reported = new Set<Element>();
  const found = (clipper: Element, detail: string) => {
    if (reported.has(clipper)) return;
    reported.add(clipper);
    findings.push({ check: 'clipped text', where: describeElement(clipper, host), detail });
  };
  for (const element of deepElements(host)) {
    if (!isSeen(element) || element.matches('input, select, textarea, option')) continue;
    const { overflowX, overflowY, textOverflow } = style(element);
    const hasText = element.textContent!.trim() !== '';
    if (hasText && (clips(overflowX) || clips(overflowY))) {
      const wider = clips(overflowX) && element.scrollWidth > element.clientWidth + TOLERANCE;
      const taller = clips(overflowY) && element.scrollHeight > element.clientHeight + TOLERANCE;
      if (wider && textOverflow === 'ellipsis' && !element.closest('[title]')) {
        found(element, `cuts its text with an ellipsis (${element.scrollWidth} px of text in ${element.clientWidth} px) and has no title`);
      } else if (wider && textOverflow !== 'ellipsis') {
        found(element, `clips its content sideways: ${element.scrollWidth} px in ${element.clientWidth} px`);
      } else if (taller) {
        found(element, `clips its content at the bottom: ${element.scrollHeight} px in ${element.clientHeight} px`);
      }
    }
    for (const text of ownTextNodes(element)) {
      const lines = textRects(text);
      for (const clipper of ancestors(element, host.parentElement ?? undefined)) {
        const clipperStyle = style(clipper);
        if (inTopLayer(clipper) && !clips(clipperStyle.overflowX) && !clips(clipperStyle.overflowY)) break;
        const [sideways, downwards] = [clips(clipperStyle.overflowX), clips(clipperStyle.overflowY)];
        if ((!sideways && !downwards) || clipperStyle.textOverflow === 'ellipsis' || visuallyHidden(clipper)) continue;
        const box = paddingBox(clipper);
        const cut = lines.some(
          (line) =>
            (sideways && (line.left < box.left - TOLERANCE || line.right > box.right + TOLERANCE)) ||
            (downwards && (line.top < box.top - TOLERANCE || line.bottom > box.bottom + TOLERANCE)),
        );
        if (cut) found(clipper, `cuts off text of ${describeElement(element, host)}`);
      }
    }
  }
  return findings;
}

/** A column of a list: its id in `columns="…"` and its header's label. */
export interface Column {
  id: string;
  label: string;
}

/** A header cell's label as seen (not what is there for screen readers only), without the sort icon. */
function headerLabel(th: Element): string {
  const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
  let label = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!visuallyHidden(node.parentElement!)) label += node.textContent;
  }
  return label.replace(/[▲▼↕]/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * Whether `element` can be scrolled fully into the part of `area` that no sticky cell covers
 * (`covers`, the sticky header cells of other columns). The scroll position is put back.
 */
function reachableInArea(element: Element, area: HTMLElement, covers: Element[]): boolean {
  const start = area.scrollLeft;
  const max = Math.max(0, area.scrollWidth - area.clientWidth);
  const box = paddingBox(area);
  const coverAt = (side: 'left' | 'right') =>
    covers.filter((cover) => style(cover)[side] !== 'auto').reduce((sum, cover) => sum + cover.getBoundingClientRect().width, 0);
  const windowLeft = box.left + coverAt('left');
  const windowRight = box.right - coverAt('right');
  const rect = element.getBoundingClientRect();
  const left = rect.left - box.left + start;
  const right = rect.right - box.left + start;
  const fits = () => {
    const now = element.getBoundingClientRect();
    // A column wider than the uncovered window is reachable when it fills the window.
    return now.width <= windowRight - windowLeft + TOLERANCE
      ? now.left >= windowLeft - TOLERANCE && now.right <= windowRight + TOLERANCE
      : now.left <= windowLeft + TOLERANCE && now.right >= windowRight - TOLERANCE;
  };
  const candidates = [start, 0, max, left - (windowLeft - box.left), right - (windowRight - box.left)].map((value) =>
    Math.min(max, Math.max(0, Math.round(value))),
  );
  try {
    return candidates.some((value) => {
      area.scrollLeft = value;
      return fits();
    });
  } finally {
    area.scrollLeft = start;
  }
}

/**
 * Check 4, a chosen column that is not shown. Every column of `chosen` (the list's `columns`, or
 * all of them) has a header cell, in that order, that is displayed and has a size; as a table, it
 * can be scrolled into the part of the scroll area that the sticky columns leave uncovered. In the
 * narrow card layout every card shows each of its fields that has a value.
 */
export function chosenColumnsShown(list: HTMLElement, chosen: readonly Column[]): Finding[] {
  const findings: Finding[] = [];
  const found = (where: string, detail: string) => findings.push({ check: 'chosen column', where, detail });
  const root = list.shadowRoot!;
  const table = root.querySelector('table');
  if (!table) return findings;
  const headers = [...root.querySelectorAll<HTMLElement>('thead th[part~="header"]')];
  const columnHeaders = headers.filter((th) => headerLabel(th) !== '');
  const covers = headers.filter((th) => !columnHeaders.includes(th) && sticksSideways(th) && isRendered(th));
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('tbody tr')];
  const cards = rows.length > 0 && style(rows[0]!).display !== 'table-row';
  const area = scrollArea(table);
  const shown = columnHeaders.map(headerLabel);
  if (shown.join('|') !== chosen.map(({ label }) => label).join('|')) {
    found('thead', `shows the columns ${shown.join(', ')}; chosen: ${chosen.map(({ label }) => label).join(', ')}`);
  }
  // Cards are read whole, with nothing beside them to scroll to.
  if (cards && area && area.scrollWidth > area.clientWidth + TOLERANCE) {
    found('cards', `the list scrolls sideways in its card layout (${area.scrollWidth} px of content in ${area.clientWidth} px)`);
  }
  chosen.forEach(({ label }, index) => {
    const th = columnHeaders.find((header) => headerLabel(header) === label);
    const where = `column “${label}”`;
    if (!th) return;
    if (!isRendered(th)) return found(where, 'its header is not displayed');
    const rect = th.getBoundingClientRect();
    if (rect.width < 1 || rect.height < 1) return found(where, `its header has no size (${size(rect)})`);
    if (!cards && area && !reachableInArea(th, area, covers)) {
      found(where, 'its header cannot be scrolled clear of the sticky columns');
    } else if (!cards && !area) {
      const seen = visibleRect(th);
      if (!seen || seen.width < rect.width - TOLERANCE) found(where, 'its header is cut off, with no scroll area to reach it');
    }
    const hidden = rows.filter((row) => {
      const cell = row.querySelectorAll('td[part~="cell"]')[index];
      if (!cell || cell.textContent!.trim() === '') return false;
      const box = cell.getBoundingClientRect();
      return !isRendered(cell) || box.width < 1 || box.height < 1;
    });
    if (hidden.length) found(where, `${hidden.length} of ${rows.length} ${cards ? 'cards' : 'rows'} do not show its value`);
  });
  return findings;
}

/** An inline link in a sentence: its block holds other text (WCAG 2.5.8's inline exception). */
function inSentence(target: Element): boolean {
  if (!target.matches('a[href]') || style(target).display !== 'inline') return false;
  let block = composedParent(target);
  while (block && ['inline', 'contents'].includes(style(block).display)) block = composedParent(block);
  return Boolean(block && block.textContent!.replace(target.textContent!, '').trim() !== '');
}

/** The distance from a point to the nearest point of a box (0 inside it). */
function distanceToBox(x: number, y: number, box: DOMRect): number {
  const dx = Math.max(box.left - x, 0, x - box.right);
  const dy = Math.max(box.top - y, 0, y - box.bottom);
  return Math.hypot(dx, dy);
}

const MIN_TARGET = 24;

/**
 * Check 5, target size (WCAG 2.5.8, AA): every seen interactive target is at least 24 × 24 CSS
 * px, or meets an exception. Inline: a link in a sentence. Spacing: a 24 px circle
 * centred on the undersized target's box meets no other target and no other undersized target's
 * circle (a pair that meets only while one is scrolled under a sticky column and comes apart by
 * scrolling does not count).
 */
export function targetSize(host: Element): Finding[] {
  const findings: Finding[] = [];
  const targets = interactiveElements(host).map((element) => ({ element, box: element.getBoundingClientRect() }));
  const radius = MIN_TARGET / 2;
  const undersized = (box: DOMRect) => box.width < MIN_TARGET - 0.05 || box.height < MIN_TARGET - 0.05;
  const centre = (box: DOMRect) => [box.left + box.width / 2, box.top + box.height / 2] as const;
  /** Whether the circle centred on `box` meets `other` or, when that is undersized too, its circle. */
  const meets = (box: DOMRect, other: DOMRect) => {
    const [x, y] = centre(box);
    if (distanceToBox(x, y, other) < radius - 0.01) return true;
    const [ox, oy] = centre(other);
    return undersized(other) && Math.hypot(x - ox, y - oy) < MIN_TARGET - 0.01;
  };
  for (const { element, box } of targets) {
    if (!undersized(box) || inSentence(element)) continue;
    const neighbour = targets.find(
      (other) =>
        other.element !== element &&
        meets(box, other.box) &&
        !within(other.element, element) &&
        !within(element, other.element) &&
        !separableByScrolling(element, other.element, () => meets(element.getBoundingClientRect(), other.element.getBoundingClientRect()), radius),
    );
    if (neighbour) {
      findings.push({
        check: 'target size',
        where: describeElement(element, host),
        detail: `is ${size(box)}, and its 24 px circle meets ${describeElement(neighbour.element, host)}`,
      });
    }
  }
  return findings;
}

/** What the contrast check uses of axe-core. */
interface Axe {
  run(context: Element, options: RunOptions): Promise<AxeResults>;
}

/** The colours axe measured for a node that fails `color-contrast`. */
interface ContrastData {
  fgColor: string;
  bgColor: string;
  contrastRatio: number;
  expectedContrastRatio: string;
}

/**
 * axe-core, loaded once as chai-a11y-axe loads it: its script sets `window.axe`. (The specifier is
 * widened to a string: the script has no module types; `Axe` above types what it sets.)
 */
async function loadAxe(): Promise<Axe> {
  const page = window as unknown as { axe?: Axe };
  if (!page.axe) await import('axe-core/axe.min.js' as string);
  return page.axe!;
}

/**
 * Check 6, contrast below WCAG AA, as axe-core's `color-contrast` rule finds it (text 4.5:1, large
 * text 3:1), over the element and everything its shadow roots hold.
 */
export async function lowContrast(host: Element): Promise<Finding[]> {
  const axe = await loadAxe();
  const { violations } = await axe.run(host, { runOnly: { type: 'rule', values: ['color-contrast'] }, resultTypes: ['violations'], elementRef: true });
  return violations.flatMap(({ nodes }) =>
    nodes.map(({ element, target, any }) => {
      const data = any[0]?.data as ContrastData | undefined;
      return {
        check: 'contrast',
        where: element ? describeElement(element, host) : target.join(' › '),
        detail: data ? `${data.contrastRatio}:1 (${data.fgColor} on ${data.bgColor}), needs ${data.expectedContrastRatio}` : 'below AA',
      };
    }),
  );
}
