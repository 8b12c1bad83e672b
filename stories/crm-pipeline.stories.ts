import '@mindbrite/crm-elements/crm-pipeline.js';
import type { CrmMock } from '@mindbrite/crm-mocks';
import { http, HttpResponse } from 'msw';
import { expect, waitFor } from 'storybook/test';
import preview from '../.storybook/preview.js';
import { attributeArgTypes, renderElement } from './support/element-story.js';
import { mockCrm, STORY_NOW } from './support/mock-crm.js';
import { findElement, findInShadow, findText } from './support/shadow.js';

const meta = preview.meta({
  title: 'Elements/crm-pipeline',
  component: 'crm-pipeline',
  argTypes: attributeArgTypes('crm-pipeline', {
    currency: { control: 'select', options: ['USD', 'EUR', 'GBP', 'JPY', 'INR', 'SAR'] },
  }),
  render: renderElement('crm-pipeline'),
  beforeEach: mockCrm(),
});
export default meta;

type Context = { canvasElement: HTMLElement };

/** Waits for the board's cards; returns the board. */
const cardsShown = async ({ canvasElement }: Context) => {
  const board = await findElement(canvasElement, 'crm-pipeline');
  await findInShadow(board, 'section > [part="board"] [part="card"]');
  return board;
};

const showsCards = async (context: Context) => {
  await cardsShown(context);
};

const shows = (selector: string, timeout?: number) => async ({ canvasElement }: Context) => {
  await findInShadow(await findElement(canvasElement, 'crm-pipeline'), selector, timeout);
};

/** A column by the name in its heading. */
const column = (board: HTMLElement, name: string) =>
  [...board.shadowRoot!.querySelectorAll('[part="column"]')].find((each) => each.querySelector('h3')!.textContent!.trim() === name)!;

/**
 * Presses on the first card of `from` and moves the pointer, as a mouse does, over the column
 * `to`, where it stays pressed: the card's image follows the pointer and the column is marked.
 */
async function dragOver(board: HTMLElement, from: string, to: string) {
  const root = board.shadowRoot!;
  const title = column(board, from).querySelector<HTMLElement>('[part="card-title"]')!;
  const start = title.getBoundingClientRect();
  const target = column(board, to).querySelector('[part="column-header"]')!.getBoundingClientRect();
  const init = { bubbles: true, composed: true, pointerId: 11, pointerType: 'mouse', isPrimary: true, button: 0, buttons: 1 };
  const at = (x: number, y: number) => root.elementFromPoint(x, y) ?? document.body;
  title.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: start.left + 8, clientY: start.top + 8 }));
  const steps = 24;
  for (let step = 1; step <= steps; step += 1) {
    const x = start.left + 8 + ((target.left + 40 - start.left - 8) * step) / steps;
    const y = start.top + 8 + ((target.top + 20 - start.top - 8) * step) / steps;
    at(x, y).dispatchEvent(new PointerEvent('pointermove', { ...init, clientX: x, clientY: y }));
    await new Promise((resolve) => setTimeout(resolve, 16));
  }
}

/** Opportunities in stages this SDK does not know, as a CRM with its own pipeline sends them. */
function seedUnknownStages(crm: CrmMock) {
  const contact = crm.db.contacts.all()[0]!.id;
  const stages: Array<[title: string, stage: string, value: number]> = [
    ['Family therapy package, paused by the family', 'on_hold', 4_800],
    ['Telehealth package for Hillcrest Clinic', 'on_hold', 12_000],
    ['Group therapy series, waiting for the board', 'Awaiting board approval', 30_500],
  ];
  for (const [title, stage, value] of stages) {
    crm.db.opportunities.insert({ title, description: null, contact_id: contact, value, stage, probability: 30, expected_close_date: '2027-02-15', created_at: STORY_NOW });
  }
}

export const Default = meta.story({ play: showsCards });

export const Loading = meta.story({
  beforeEach: mockCrm({ scenario: { hang: true } }),
  play: shows('[part="skeleton"]'),
});

export const Empty = meta.story({
  beforeEach: mockCrm({ scenario: { empty: true } }),
  play: shows('[part="empty"]'),
});

export const LoadError = meta.story({
  // The client retries a 503 with backoff before the board gives up.
  beforeEach: mockCrm({ scenario: { error: { status: 503, routes: ['GET /opportunities'] } } }),
  play: shows('[part="error"] [part="retry"]', 10_000),
});

/** Stages the board does not know get columns of their own after the known ones, named as the CRM sent them. */
export const UnknownStage = meta.story({
  beforeEach: mockCrm({ prepare: seedUnknownStages }),
  play: async (context) => {
    const board = await cardsShown(context);
    await findText(board, 'Awaiting board approval');
  },
});

/** In a narrow container the stages stack into a list, each card with its Move menu. */
export const Narrow = meta.story({
  parameters: { frame: { width: '320px' } },
  play: async (context) => {
    const board = await cardsShown(context);
    const [first, second] = [...board.shadowRoot!.querySelectorAll('[part="column"]')].map((each) => each.getBoundingClientRect());
    await expect(second!.top).toBeGreaterThanOrEqual(first!.bottom);
  },
});

/** The CRM refuses the move (a 500 on the update): the card goes back and the board says why, with Try again. */
export const Rollback = meta.story({
  beforeEach: mockCrm({
    prepare: (crm, { msw }) => msw.use(http.put(`${crm.baseUrl}/opportunities/:id`, () => HttpResponse.json({ message: 'Database unavailable.' }, { status: 500 }))),
  }),
  play: async (context) => {
    const board = await cardsShown(context);
    const title = board.shadowRoot!.querySelector<HTMLElement>('[part="card-title"]')!;
    title.focus();
    title.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', shiftKey: true, bubbles: true, composed: true }));
    // The client retries a 500 with backoff before the move is given up.
    await findInShadow(board, '[part="move-error"]', 10_000);
    await findText(board, /could not be moved and is back in Prospecting/);
  },
});

/** A card picked up with the mouse and held over another stage: its image follows the pointer, the column under it is marked. */
export const Dragging = meta.story({
  play: async (context) => {
    const board = await cardsShown(context);
    await dragOver(board, 'Prospecting', 'Qualification');
    await findInShadow(board, '[part="drag-image"]');
    await waitFor(() => expect(column(board, 'Qualification').matches('.over')).toBe(true));
  },
});

export const DarkTheme = meta.story({
  parameters: { frame: { theme: 'dark' } },
  play: showsCards,
});

export const RightToLeft = meta.story({
  parameters: { frame: { dir: 'rtl', lang: 'ar' } },
  play: showsCards,
});
