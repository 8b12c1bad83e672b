// Loaded on demand by the first press on a card the user may move: dragging cards between stages
// with a mouse, a pen or a finger. Pointer events, not the HTML drag API, which has no touch.
import type { Opportunity } from '@mindbrite/crm-client';
import { css } from 'lit';
import { addStyles } from '../shared/add-styles.js';
import type { PipelineContext } from './crm-pipeline.component.js';

/** How far (px) a mouse or pen moves while pressed before the press is a drag: less is a click. A finger moving this far first is scrolling. */
const SLOP = 6;
/** How long (ms) a finger rests on a card before it picks the card up: a swipe before that scrolls the page. */
const LONG_PRESS = 400;
/** How near (px) the board's edge a dragged card scrolls the board that way. */
const EDGE = 40;

/** What a press listens to on the window while it lasts. */
const EVENTS = ['pointermove', 'pointerup', 'pointercancel', 'keydown', 'contextmenu'];

const dragStyles = css`
  /* In the top layer, so no scrolling column or page clips it; it never takes the pointer. */
  .drag-image {
    position: fixed;
    inset: 0 auto auto 0;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    overflow: visible;
    pointer-events: none;
  }
  .drag-image > .card {
    rotate: 2deg;
    box-shadow: 0 8px 24px light-dark(rgb(0 0 0 / 0.2), rgb(0 0 0 / 0.6));
  }
`;

interface Press {
  event: PointerEvent;
  card: HTMLElement;
  opportunity: Opportunity;
  /** Where the pointer took the card, from its corner. */
  offsetX: number;
  offsetY: number;
  timer?: ReturnType<typeof setTimeout>;
}

/**
 * Drags a card from its column to another: a mouse or pen press becomes a drag once it moves a few
 * pixels, a finger's after it rests on the card a moment (so a swipe still scrolls). An image of the
 * card follows the pointer, the column under it is marked, the board scrolls sideways near its
 * edges, and a drop on another column moves the card there. Escape, or a drop outside a column,
 * leaves the card where it was. The drag's listeners live only as long as the press.
 */
export class CardDrag {
  /** Whether a card is being dragged (the board then keeps a finger's moves from scrolling). */
  active = false;
  #press?: Press;
  #image?: HTMLElement;
  #over?: string;

  constructor(private readonly board: Pick<PipelineContext, 'host' | 'move' | 'stageOf' | 'dragging'>) {
    addStyles(board.host.renderRoot, dragStyles);
  }

  /** A press on `card` began (`event`, its `pointerdown`): follows the pointer until it is released. */
  press(event: PointerEvent, card: HTMLElement, opportunity: Opportunity): void {
    this.#end();
    const box = card.getBoundingClientRect();
    const press: Press = { event, card, opportunity, offsetX: event.clientX - box.left, offsetY: event.clientY - box.top };
    if (event.pointerType === 'touch') press.timer = setTimeout(() => this.#lift(press.event), LONG_PRESS);
    this.#press = press;
    for (const type of EVENTS) addEventListener(type, this, true);
  }

  /** The listeners of a press, on the window. */
  handleEvent(event: Event): void {
    const press = this.#press;
    if (!press) return;
    if (event.type === 'keydown') {
      if ((event as KeyboardEvent).key === 'Escape' && this.active) {
        event.preventDefault();
        this.#end();
      }
      return;
    }
    // A finger held on a card asks for the page's menu; it is picking the card up instead.
    if (event.type === 'contextmenu') return press.event.pointerType === 'touch' ? event.preventDefault() : undefined;
    const pointer = event as PointerEvent;
    if (pointer.pointerId !== press.event.pointerId) return;
    if (event.type === 'pointermove') return this.#moved(pointer, press);
    if (event.type === 'pointerup' && this.active) this.#drop();
    this.#end();
  }

  #moved(pointer: PointerEvent, press: Press): void {
    if (this.active) return this.#follow(pointer);
    // Released before this code arrived: the press is over.
    if (!pointer.buttons) return this.#end();
    const far = Math.hypot(pointer.clientX - press.event.clientX, pointer.clientY - press.event.clientY) > SLOP;
    if (!far) return;
    if (press.event.pointerType === 'touch') this.#end();
    else this.#lift(pointer);
  }

  /** The press becomes a drag: the card's image appears under the pointer. */
  #lift(pointer: PointerEvent): void {
    const press = this.#press!;
    this.active = true;
    const image = document.createElement('div');
    image.className = 'drag-image';
    image.part.add('drag-image');
    image.popover = 'manual';
    image.inert = true;
    image.ariaHidden = 'true';
    const copy = press.card.cloneNode(true) as HTMLElement;
    copy.style.inlineSize = `${press.card.offsetWidth}px`;
    image.append(copy);
    this.board.host.renderRoot.append(image);
    image.showPopover();
    this.#image = image;
    this.board.dragging(press.opportunity.id);
    this.#follow(pointer);
  }

  #follow(pointer: PointerEvent): void {
    const press = this.#press!;
    const { clientX: x, clientY: y } = pointer;
    this.#image!.style.translate = `${x - press.offsetX}px ${y - press.offsetY}px`;
    const column = this.board.host.renderRoot.elementFromPoint(x, y)?.closest<HTMLElement>('[data-column]');
    const over = column ? this.board.stageOf(Number(column.dataset.column)) : undefined;
    if (over !== this.#over) {
      this.#over = over;
      // The card's own column is no target: dropping there changes nothing.
      this.board.dragging(press.opportunity.id, over === press.opportunity.stage ? undefined : over);
    }
    const scroller = this.board.host.renderRoot.querySelector('.board');
    if (!scroller) return;
    const { left, right } = scroller.getBoundingClientRect();
    if (x < left + EDGE) scroller.scrollBy({ left: -EDGE / 2 });
    else if (x > right - EDGE) scroller.scrollBy({ left: EDGE / 2 });
  }

  #drop(): void {
    const { opportunity } = this.#press!;
    if (this.#over && this.#over !== opportunity.stage) this.board.move(opportunity, this.#over, false);
    // The release ends the drag, not a click: the card under it is not activated.
    const swallow = (event: Event) => event.stopPropagation();
    addEventListener('click', swallow, { capture: true, once: true });
    setTimeout(() => removeEventListener('click', swallow, true));
  }

  #end(): void {
    clearTimeout(this.#press?.timer);
    for (const type of EVENTS) removeEventListener(type, this, true);
    this.#image?.remove();
    this.#image = this.#over = this.#press = undefined;
    if (this.active) this.board.dragging();
    this.active = false;
  }
}
