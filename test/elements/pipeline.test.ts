// <crm-pipeline>, the opportunity board: its columns and their figures, the cards and their flags,
// moving cards (pointer drag, keys, menu) with the update sent and its rollback, the filters, the
// column limit, the narrow layout, permissions, its states and its following of the client's changes.
import '@mindbrite/crm-elements/crm-pipeline.js';
import '@mindbrite/crm-elements/crm-provider.js';
import '@mindbrite/crm-elements/crm-dashboard.js';
import type { CrmClient, CrmId } from '@mindbrite/crm-client';
import type { CrmPipeline } from '@mindbrite/crm-elements/crm-pipeline.js';
import { aTimeout, expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { http, HttpResponse } from 'msw';
import { crm, mockClient, recordRequests, useMockCrm } from './support/mock-crm.js';
import { waitFor } from './support/records-list.js';

const DAY = 864e5;
const clean = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim() ?? '';
const root = (board: CrmPipeline) => board.shadowRoot!;
/** The local date `days` from today, as the API writes dates. */
const day = (days: number) => {
  const date = new Date(Date.now() + days * DAY);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();

interface Fields {
  title: string;
  stage: string;
  value?: number;
  probability?: number;
  expected_close_date?: string;
  updated_at?: string;
  contact_id?: number;
}

/** Replaces the mock CRM's opportunities with `rows`, in that order (ids 1, 2, …); returns their ids. */
function seed(rows: Fields[]): number[] {
  const contact = crm.db.contacts.all()[0]!.id;
  crm.db.opportunities.load([]);
  return rows.map(
    (row) =>
      crm.db.opportunities.insert({
        description: null,
        contact_id: contact,
        value: 1000,
        probability: 10,
        expected_close_date: day(30),
        created_at: ago(60),
        updated_at: ago(1),
        ...row,
      }).id,
  );
}

/** The board in the page, settled: a board, an empty state or an error, and no load under way. */
async function shown(template: TemplateResult): Promise<CrmPipeline> {
  const host = fixtureSync<HTMLElement>(template);
  const board = host.localName === 'crm-pipeline' ? (host as CrmPipeline) : host.querySelector('crm-pipeline')!;
  await settled(board);
  return board;
}

async function settled(board: CrmPipeline): Promise<void> {
  await waitFor(
    () => board.hasUpdated && root(board).querySelector('.root[aria-busy="false"]') && root(board).querySelector('[part="board"], [part="empty"], [part="error"]'),
    'the board never settled',
  );
  await board.updateComplete;
}

/** A board with `attributes` (as an HTML attribute list), 1200 px wide. */
async function boardWith(attributes = '', client: CrmClient = mockClient()): Promise<CrmPipeline> {
  const board = document.createElement('crm-pipeline');
  board.client = client;
  const probe = document.createElement('div');
  probe.innerHTML = `<i ${attributes}></i>`;
  for (const { name, value } of probe.firstElementChild!.attributes) board.setAttribute(name, value);
  return shown(html`<div style="width: 1200px">${board}</div>`);
}

/** What a user reads of each column: its name, count, total and weighted value, cards, and whether it is collapsed. */
function columns(board: CrmPipeline) {
  return [...root(board).querySelectorAll<HTMLElement>('[part="column"]')].map((column) => {
    const figure = (label: string) => clean([...column.querySelectorAll('dt')].find((term) => clean(term.textContent) === label)?.nextElementSibling?.textContent);
    return {
      name: clean(column.querySelector('h3')!.textContent),
      count: clean(column.querySelector('.count')!.textContent),
      total: figure('Total'),
      weighted: figure('Weighted'),
      cards: [...column.querySelectorAll('[part="card-title"]')].map((title) => clean(title.textContent)),
      collapsed: column.querySelector('[part="toggle"]')?.getAttribute('aria-expanded') === 'false',
    };
  });
}

const column = (board: CrmPipeline, name: string) =>
  [...root(board).querySelectorAll<HTMLElement>('[part="column"]')].find((each) => clean(each.querySelector('h3')!.textContent) === name)!;
const card = (board: CrmPipeline, title: string) =>
  [...root(board).querySelectorAll<HTMLElement>('[part="card"]')].find((each) => clean(each.querySelector('[part="card-title"]')!.textContent) === title)!;
const cardTitles = (board: CrmPipeline, name: string) => columns(board).find((each) => each.name === name)!.cards;
const flagsOf = (board: CrmPipeline, title: string) => [...card(board, title).querySelectorAll('[part="flag"]')].map((flag) => clean(flag.textContent));
const announcement = (board: CrmPipeline) => clean(root(board).querySelector('.announcer')!.textContent);

/** The bodies of the updates the page sends for opportunities, by id, as they arrive. */
function recordUpdates() {
  const sent: Array<{ method: string; id: string; body: Record<string, unknown> }> = [];
  const listener = async ({ request }: { request: Request }) => {
    const match = /\/opportunities\/([^/?]+)$/.exec(new URL(request.url).pathname);
    if (match && request.method !== 'GET') sent.push({ method: request.method, id: match[1]!, body: await request.clone().json() });
  };
  crm.worker.events.on('request:start', listener);
  return { sent, stop: () => crm.worker.events.removeListener('request:start', listener) };
}

const centre = (element: Element) => {
  const { left, top, width, height } = element.getBoundingClientRect();
  return { x: left + width / 2, y: top + Math.min(height / 2, 30) };
};

/**
 * Drags `from` (a card) onto `to` as a user's mouse, pen or finger would: press, move (a finger
 * rests first), release over the target. Events go where the browser would send them: a mouse's
 * to what is under it, a finger's to the card it pressed.
 */
async function drag(board: CrmPipeline, from: HTMLElement, to: Element, pointerType: 'mouse' | 'pen' | 'touch' = 'mouse', { release = true } = {}) {
  const start = centre(from.querySelector('[part="card-title"]')!);
  const end = centre(to);
  const init = { bubbles: true, composed: true, cancelable: true, pointerId: 7, pointerType, isPrimary: true, button: 0, buttons: 1 };
  const pressed = from.querySelector('[part="card-title"]')!;
  const at = (x: number, y: number) => (pointerType === 'touch' ? pressed : (root(board).elementFromPoint(x, y) ?? document.body));
  pressed.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: start.x, clientY: start.y }));
  const image = () => root(board).querySelector('[part="drag-image"]');
  if (pointerType === 'touch') await waitFor(image, 'a finger resting on the card never picked it up');
  // The pointer moves on, a few pixels a frame, until the card is picked up.
  for (let step = 1; !image() && step < 100; step += 1) {
    const x = start.x + step * 2;
    at(x, start.y).dispatchEvent(new PointerEvent('pointermove', { ...init, clientX: x, clientY: start.y }));
    await aTimeout(16);
  }
  expect(image(), 'the card is picked up').to.not.equal(null);
  for (const share of [0.5, 1]) {
    const x = start.x + (end.x - start.x) * share;
    const y = start.y + (end.y - start.y) * share;
    at(x, y).dispatchEvent(new PointerEvent('pointermove', { ...init, clientX: x, clientY: y }));
    await aTimeout(16);
  }
  await board.updateComplete;
  if (release) at(end.x, end.y).dispatchEvent(new PointerEvent('pointerup', { ...init, buttons: 0, clientX: end.x, clientY: end.y }));
  await board.updateComplete;
}

/** Presses Shift with `key` on the focused element. */
async function shiftPress(key: 'ArrowLeft' | 'ArrowRight') {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Shift' });
}

/** The element focused inside the board. */
const focused = (board: CrmPipeline) => root(board).activeElement as HTMLElement | null;

const usd = (value: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(value);

/** A small pipeline, with figures worked out by hand below. */
const SMALL: Fields[] = [
  { title: 'Alpha', stage: 'proposal', value: 10_000, probability: 50 },
  { title: 'Bravo', stage: 'proposal', value: 2_500, probability: 40 },
  { title: 'Charlie', stage: 'prospecting', value: 1_000, probability: 10 },
  { title: 'Delta', stage: 'negotiation', value: 3_333, probability: 75 },
  { title: 'Echo', stage: 'closed_won', value: 7_000, probability: 100 },
  { title: 'Foxtrot', stage: 'closed_lost', value: 4_000, probability: 0 },
  { title: 'Golf', stage: 'qualification', value: 1_999, probability: 25 },
];

describe('<crm-pipeline>', function () {
  this.timeout(20_000);
  useMockCrm();
  before(() => setViewport({ width: 1300, height: 900 }));

  describe('columns', () => {
    it('has a column per stage in the seed order, a stage it does not know after them, named as sent', async () => {
      seed([...SMALL, { title: 'Hotel', stage: 'on_hold' }, { title: 'India', stage: 'Awaiting board' }]);
      const board = await boardWith();
      expect(columns(board).map(({ name }) => name)).to.deep.equal([
        'Prospecting',
        'Qualification',
        'Proposal',
        'Negotiation',
        'Closed won',
        'Closed lost',
        'on_hold',
        'Awaiting board',
      ]);
      expect(cardTitles(board, 'on_hold')).to.deep.equal(['Hotel']);
      await expect(board).to.be.accessible();
    });

    it("heads each column with its count, total and weighted value, as worked out by hand", async () => {
      seed(SMALL);
      const board = await boardWith('locale="en-US"');
      const byName = Object.fromEntries(columns(board).map(({ name, ...rest }) => [name, rest]));
      expect(byName.Proposal).to.include({ count: '2 opportunities', total: '$12,500', weighted: '$6,000' });
      expect(byName.Prospecting).to.include({ count: '1 opportunity', total: '$1,000', weighted: '$100' });
      // 3,333 × 75% = 2,499.75, shown whole.
      expect(byName.Negotiation).to.include({ count: '1 opportunity', total: '$3,333', weighted: '$2,500' });
      // 1,999 × 25% = 499.75.
      expect(byName.Qualification).to.include({ total: '$1,999', weighted: '$500' });
      expect(byName['Closed won']).to.include({ count: '1 opportunity', total: '$7,000', weighted: '$7,000', collapsed: true });
      expect(byName['Closed lost']).to.include({ total: '$4,000', weighted: '$0', collapsed: true });
    });

    it('formats the figures in its currency and locale', async () => {
      seed(SMALL);
      const board = await boardWith('locale="de-DE" currency="EUR"');
      const eur = (value: number) => clean(new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value));
      expect(columns(board).find(({ name }) => name === 'Proposal')).to.include({ total: eur(12_500), weighted: eur(6_000) });
      expect([...card(board, 'Alpha').querySelectorAll('.facts dd')].map((value) => clean(value.textContent))).to.deep.equal([eur(10_000), '50 %']);
    });

    it('collapses the closed columns at first, their figures still shown, and expands them on request', async () => {
      seed(SMALL);
      const board = await boardWith();
      const won = column(board, 'Closed won');
      expect(columns(board).filter(({ collapsed }) => collapsed).map(({ name }) => name)).to.deep.equal(['Closed won', 'Closed lost']);
      expect(cardTitles(board, 'Closed won')).to.deep.equal([]);
      expect(clean(won.querySelector('.count')!.textContent)).to.equal('1 opportunity');
      const toggle = won.querySelector<HTMLButtonElement>('[part="toggle"]')!;
      toggle.click();
      await board.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(cardTitles(board, 'Closed won')).to.deep.equal(['Echo']);
      expect(won.getBoundingClientRect().width, 'an expanded column is as wide as the open ones').to.be.closeTo(column(board, 'Proposal').getBoundingClientRect().width, 2);
      await expect(board).to.be.accessible();
      toggle.click();
      await board.updateComplete;
      expect(cardTitles(board, 'Closed won')).to.deep.equal([]);
      // Open stages (an unknown one too) have no toggle.
      expect(column(board, 'Proposal').querySelector('[part="toggle"]')).to.equal(null);
    });
  });

  describe('cards', () => {
    it('shows the title, contact, value, probability and close date, API text as text', async () => {
      const [id] = seed([{ title: '<img src=x onerror="window.pipelineXss=1">', stage: 'proposal', value: 12_000, probability: 50, expected_close_date: '2031-03-04' }]);
      const board = await boardWith('locale="en-US"');
      const shownCard = root(board).querySelector<HTMLElement>('[part="card"]')!;
      const contact = crm.db.opportunities.find(id!)!.contact_name;
      expect(clean(shownCard.querySelector('[part="card-title"]')!.textContent)).to.equal('<img src=x onerror="window.pipelineXss=1">');
      expect(shownCard.querySelector('img')).to.equal(null);
      expect((window as { pipelineXss?: number }).pipelineXss).to.equal(undefined);
      expect(clean(shownCard.textContent)).to.contain(contact).and.contain('$12,000').and.contain('50%').and.contain('Closes Mar 4, 2031');
    });

    it('flags an open opportunity past its close date, and one unchanged for stale-after days', async () => {
      seed([
        { title: 'Late', stage: 'proposal', expected_close_date: day(-1) },
        { title: 'Due today', stage: 'proposal', expected_close_date: day(0) },
        { title: 'Late but won', stage: 'closed_won', expected_close_date: day(-5), updated_at: ago(90) },
        { title: 'Quiet', stage: 'negotiation', updated_at: ago(31) },
        { title: 'Quiet ten days', stage: 'negotiation', updated_at: ago(10) },
        { title: 'Late and quiet', stage: 'prospecting', expected_close_date: day(-3), updated_at: ago(45) },
      ]);
      const board = await boardWith();
      column(board, 'Closed won').querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
      await board.updateComplete;
      expect(flagsOf(board, 'Late')).to.deep.equal(['Overdue']);
      expect(flagsOf(board, 'Due today')).to.deep.equal([]);
      expect(flagsOf(board, 'Late but won'), 'a closed opportunity is neither').to.deep.equal([]);
      expect(flagsOf(board, 'Quiet')).to.deep.equal(['No change in 31 days']);
      expect(flagsOf(board, 'Quiet ten days')).to.deep.equal([]);
      expect(flagsOf(board, 'Late and quiet')).to.deep.equal(['Overdue', 'No change in 45 days']);
      board.staleAfter = 7;
      await board.updateComplete;
      expect(flagsOf(board, 'Quiet ten days')).to.deep.equal(['No change in 10 days']);
      board.setAttribute('stale-after', '0');
      await board.updateComplete;
      expect(flagsOf(board, 'Quiet'), 'stale-after="0" turns the flag off').to.deep.equal([]);
      await expect(board).to.be.accessible();
    });

    it('fires crm-opportunity-select when a card is clicked, or Enter is pressed on its title', async () => {
      const [id] = seed(SMALL);
      const board = await boardWith();
      setTimeout(() => card(board, 'Alpha').querySelector<HTMLElement>('.muted')!.click());
      expect((await oneEvent(board, 'crm-opportunity-select')).detail.opportunity).to.include({ id, title: 'Alpha' });
      card(board, 'Bravo').querySelector<HTMLElement>('[part="card-title"]')!.focus();
      setTimeout(() => void sendKeys({ press: 'Enter' }));
      expect((await oneEvent(board, 'crm-opportunity-select')).detail.opportunity.title).to.equal('Bravo');
    });

    it('moves focus between the cards of a column with the arrows, Home and End', async () => {
      seed(SMALL);
      const board = await boardWith();
      card(board, 'Alpha').querySelector<HTMLElement>('[part="card-title"]')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(clean(focused(board)!.textContent)).to.equal('Bravo');
      await sendKeys({ press: 'Home' });
      expect(clean(focused(board)!.textContent)).to.equal('Alpha');
      await sendKeys({ press: 'End' });
      expect(clean(focused(board)!.textContent)).to.equal('Bravo');
    });
  });

  describe('moving a card', () => {
    it('by dragging it with a mouse: it moves at once, one update is sent, and the host hears of it', async () => {
      const [alpha] = seed(SMALL);
      const updates = recordUpdates();
      const board = await boardWith();
      const updated = oneEvent(board, 'crm-opportunity-updated');
      await drag(board, card(board, 'Alpha'), column(board, 'Negotiation'), 'mouse', { release: false });
      expect(column(board, 'Negotiation').matches('.over'), 'the column under the card is marked').to.equal(true);
      expect(card(board, 'Alpha').matches('.dragged'), 'the card keeps its place, marked').to.equal(true);
      const end = centre(column(board, 'Negotiation'));
      root(board).elementFromPoint(end.x, end.y)!.dispatchEvent(
        new PointerEvent('pointerup', { bubbles: true, composed: true, pointerId: 7, pointerType: 'mouse', isPrimary: true, clientX: end.x, clientY: end.y }),
      );
      await board.updateComplete;
      expect(cardTitles(board, 'Negotiation'), 'shown in its new column at once').to.include('Alpha');
      expect(cardTitles(board, 'Proposal')).to.deep.equal(['Bravo']);
      expect(root(board).querySelector('[part="drag-image"]')).to.equal(null);
      const { detail } = await updated;
      expect(detail.move).to.deep.equal({ from: 'proposal', to: 'negotiation' });
      expect(detail.opportunity).to.include({ id: alpha, stage: 'negotiation' });
      expect(updates.sent).to.deep.equal([{ method: 'PUT', id: String(alpha), body: { stage: 'negotiation' } }]);
      expect(crm.db.opportunities.find(alpha!)!.stage).to.equal('negotiation');
      await waitFor(() => announcement(board) === 'Alpha moved to Negotiation.', 'the move is announced');
      expect(columns(board).find(({ name }) => name === 'Negotiation')).to.include({ count: '2 opportunities', total: usd(13_333) });
      updates.stop();
    });

    it('by dragging it with a finger (press and hold) or a pen', async () => {
      const [alpha, bravo] = seed(SMALL);
      const board = await boardWith();
      await drag(board, card(board, 'Alpha'), column(board, 'Qualification'), 'touch');
      await waitFor(() => crm.db.opportunities.find(alpha!)!.stage === 'qualification', 'the touch move is saved');
      await drag(board, card(board, 'Bravo'), column(board, 'Prospecting'), 'pen');
      await waitFor(() => crm.db.opportunities.find(bravo!)!.stage === 'prospecting', 'the pen move is saved');
      expect(cardTitles(board, 'Qualification')).to.include('Alpha');
      expect(cardTitles(board, 'Prospecting')).to.include('Bravo');
    });

    it('a finger that swipes before it rests scrolls: no drag', async () => {
      seed(SMALL);
      const updates = recordUpdates();
      const board = await boardWith();
      const title = card(board, 'Alpha').querySelector('[part="card-title"]')!;
      const { x, y } = centre(title);
      const init = { bubbles: true, composed: true, pointerId: 9, pointerType: 'touch', isPrimary: true, button: 0, buttons: 1, clientY: y };
      title.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: x }));
      await aTimeout(50);
      title.dispatchEvent(new PointerEvent('pointermove', { ...init, clientX: x + 40 }));
      title.dispatchEvent(new PointerEvent('pointercancel', { ...init, clientX: x + 40 }));
      await aTimeout(600);
      expect(root(board).querySelector('[part="drag-image"]')).to.equal(null);
      expect(updates.sent).to.deep.equal([]);
      updates.stop();
    });

    it('Escape, or a drop outside the columns, leaves the card where it was', async () => {
      seed(SMALL);
      const updates = recordUpdates();
      const board = await boardWith();
      await drag(board, card(board, 'Alpha'), column(board, 'Negotiation'), 'mouse', { release: false });
      await sendKeys({ press: 'Escape' });
      await board.updateComplete;
      expect(root(board).querySelector('[part="drag-image"]')).to.equal(null);
      expect(root(board).querySelector('.over, .dragged')).to.equal(null);
      await drag(board, card(board, 'Alpha'), root(board).querySelector('[part="search"]')!);
      await aTimeout(200);
      expect(cardTitles(board, 'Proposal')).to.deep.equal(['Alpha', 'Bravo']);
      expect(updates.sent).to.deep.equal([]);
      updates.stop();
    });

    it('by keyboard: Shift with the arrows moves the focused card a stage, keeping the focus, announced', async () => {
      const [alpha] = seed(SMALL);
      const board = await boardWith();
      const title = card(board, 'Alpha').querySelector<HTMLElement>('[part="card-title"]')!;
      expect(title.getAttribute('aria-keyshortcuts')).to.equal('Shift+ArrowLeft Shift+ArrowRight');
      expect(clean(root(board).getElementById(title.getAttribute('aria-describedby')!)!.textContent)).to.contain('Shift with the left or right arrow');
      title.focus();
      await shiftPress('ArrowRight');
      await board.updateComplete;
      expect(cardTitles(board, 'Negotiation')).to.include('Alpha');
      expect(clean(focused(board)?.textContent), 'the card keeps the focus in its new column').to.equal('Alpha');
      await waitFor(() => announcement(board) === 'Alpha moved to Negotiation.', 'the move is announced');
      await shiftPress('ArrowLeft');
      await shiftPress('ArrowLeft');
      await waitFor(() => crm.db.opportunities.find(alpha!)!.stage === 'qualification', 'moved back two stages');
      // The CRM has the move a moment before its answer reaches the board.
      await waitFor(() => cardTitles(board, 'Qualification').includes('Alpha'), 'shown two stages back');
      expect(clean(focused(board)?.textContent)).to.equal('Alpha');
    });

    it('by keyboard, right to left: Shift with the left arrow is the next stage', async () => {
      const [alpha] = seed(SMALL);
      const board = await shown(html`<div dir="rtl" style="width: 1200px"><crm-pipeline .client=${mockClient()}></crm-pipeline></div>`);
      card(board, 'Alpha').querySelector<HTMLElement>('[part="card-title"]')!.focus();
      await shiftPress('ArrowLeft');
      await waitFor(() => crm.db.opportunities.find(alpha!)!.stage === 'negotiation', 'moved to the next stage');
    });

    it('by its Move menu, which lists the other stages; into a collapsed column, which opens to show it', async () => {
      const [, bravo] = seed(SMALL);
      const board = await boardWith();
      const move = card(board, 'Bravo').querySelector<HTMLButtonElement>('[part="move"]')!;
      expect(move.getAttribute('aria-label')).to.equal('Move Bravo');
      expect(move.getAttribute('aria-expanded')).to.equal('false');
      move.click();
      await waitFor(() => root(board).querySelector('[part="row-menu"]:popover-open'), 'the menu opens');
      const menu = root(board).querySelector<HTMLElement>('[part="row-menu"]')!;
      const items = [...root(board).querySelectorAll<HTMLElement>('[role="menuitem"]')];
      expect(items.map((item) => clean(item.textContent))).to.deep.equal(['Prospecting', 'Qualification', 'Negotiation', 'Closed won', 'Closed lost']);
      expect(root(board).querySelector('[part="row-menu"]')!.getAttribute('aria-label')).to.equal('Move Bravo to');
      expect(move.getAttribute('aria-expanded'), 'its button says it is open').to.equal('true');
      expect(focused(board)).to.equal(items[0]);
      await expect(board).to.be.accessible();
      items.find((item) => clean(item.textContent) === 'Closed won')!.click();
      await waitFor(() => crm.db.opportunities.find(bravo!)!.stage === 'closed_won', 'the move is saved');
      await board.updateComplete;
      expect(menu.matches(':popover-open')).to.equal(false);
      expect(columns(board).find(({ name }) => name === 'Closed won')).to.include({ collapsed: false });
      expect(cardTitles(board, 'Closed won')).to.include('Bravo');
      expect(clean(focused(board)?.textContent)).to.equal('Bravo');
    });
  });

  describe('probability on closing', () => {
    it('sets 100 for closed won and 0 for closed lost', async () => {
      const [alpha, bravo] = seed(SMALL);
      const updates = recordUpdates();
      const board = await boardWith();
      await drag(board, card(board, 'Alpha'), column(board, 'Closed won'));
      await drag(board, card(board, 'Bravo'), column(board, 'Closed lost'));
      await waitFor(() => updates.sent.length === 2, 'two updates');
      expect(updates.sent.map(({ body }) => body)).to.deep.equal([
        { stage: 'closed_won', probability: 100 },
        { stage: 'closed_lost', probability: 0 },
      ]);
      await waitFor(() => crm.db.opportunities.find(bravo!)!.stage === 'closed_lost', 'saved');
      expect(crm.db.opportunities.find(alpha!)!.probability).to.equal(100);
      expect(crm.db.opportunities.find(bravo!)!.probability).to.equal(0);
      // The columns' figures follow: won 7,000 + 10,000, all weighted at 100%.
      expect(columns(board).find(({ name }) => name === 'Closed won')).to.include({ total: usd(17_000), weighted: usd(17_000) });
      updates.stop();
    });

    it('leaves it as it is with keep-probability', async () => {
      const [alpha] = seed(SMALL);
      const updates = recordUpdates();
      const board = await boardWith('keep-probability');
      card(board, 'Alpha').querySelector<HTMLElement>('[part="card-title"]')!.focus();
      await shiftPress('ArrowRight');
      await shiftPress('ArrowRight');
      await waitFor(() => updates.sent.length === 2, 'two updates');
      expect(updates.sent.map(({ body }) => body)).to.deep.equal([{ stage: 'negotiation' }, { stage: 'closed_won' }]);
      await waitFor(() => crm.db.opportunities.find(alpha!)!.stage === 'closed_won', 'saved');
      expect(crm.db.opportunities.find(alpha!)!.probability).to.equal(50);
      updates.stop();
    });
  });

  describe('a move the CRM refuses', () => {
    for (const [status, reason] of [
      [500, 'The CRM ran into a problem on its side. Try again in a moment.'],
      [409, 'Someone else changed this record while you were working on it.'],
    ] as const) {
      it(`puts the card back and says why (${status})`, async () => {
        const [alpha] = seed(SMALL);
        crm.use(http.put(`${crm.baseUrl}/opportunities/:id`, () => HttpResponse.json({ message: 'No.' }, { status })));
        const board = await boardWith();
        const errors: CustomEvent[] = [];
        board.addEventListener('crm-error', (event) => errors.push(event));
        const requests = recordRequests();
        card(board, 'Alpha').querySelector<HTMLElement>('[part="card-title"]')!.focus();
        await shiftPress('ArrowRight');
        await board.updateComplete;
        await waitFor(() => root(board).querySelector('[part="move-error"]'), 'the failure is said');
        const alert = root(board).querySelector('[part="move-error"]')!;
        expect(alert.getAttribute('role')).to.equal('alert');
        expect(clean(alert.querySelector('p')!.textContent)).to.equal(`Alpha could not be moved and is back in Proposal. ${reason}`);
        expect(cardTitles(board, 'Proposal'), 'the card is back').to.deep.equal(['Alpha', 'Bravo']);
        expect(cardTitles(board, 'Negotiation')).to.not.include('Alpha');
        expect(clean(focused(board)?.textContent), 'with the focus').to.equal('Alpha');
        expect(errors.map(({ detail }) => [detail.operation, detail.error.status])).to.deep.equal([['update', status]]);
        expect(crm.db.opportunities.find(alpha!)!.stage).to.equal('proposal');
        await expect(board).to.be.accessible();
        // A conflict means the CRM has news: the board loads again.
        if (status === 409) await waitFor(() => requests.matching('GET', '/opportunities').length === 1, 'a conflict reloads the board');
        requests.stop();
      });
    }

    it('"Try again" sends the move again', async () => {
      const [alpha] = seed(SMALL);
      crm.use(http.put(`${crm.baseUrl}/opportunities/:id`, () => HttpResponse.json({ message: 'No.' }, { status: 503 }), { once: true }));
      const board = await boardWith();
      card(board, 'Alpha').querySelector<HTMLElement>('[part="card-title"]')!.focus();
      await shiftPress('ArrowRight');
      await waitFor(() => root(board).querySelector('[part="move-error"]'), 'the failure is said');
      root(board).querySelector<HTMLButtonElement>('[part="move-error"] [part="retry"]')!.click();
      await board.updateComplete;
      await aTimeout(0);
      expect(root(board).querySelector('[part="move-error"]'), 'the alert goes with the new try').to.equal(null);
      await waitFor(() => announcement(board) === 'Alpha moved to Negotiation.', 'the move is saved');
      expect(crm.db.opportunities.find(alpha!)!.stage).to.equal('negotiation');
      expect(cardTitles(board, 'Negotiation')).to.include('Alpha');
    });
  });

  describe('filters', () => {
    it('searches through the API, on title or contact name', async () => {
      seed(SMALL);
      const board = await boardWith();
      const requests = recordRequests();
      const search = root(board).querySelector<HTMLInputElement>('[part="search"]')!;
      for (const text of ['A', 'Al', 'Alp']) {
        search.value = text;
        search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      }
      await waitFor(() => requests.matching('GET', '/opportunities').length, 'a search request');
      await settled(board);
      const sent = requests.matching('GET', '/opportunities');
      expect(sent.map(({ query }) => query.get('search')), 'one request, once typing paused').to.deep.equal(['Alp']);
      expect(columns(board).flatMap(({ cards }) => cards)).to.deep.equal(['Alpha']);
      expect(board.hasAttribute('search'), 'the term stays out of the DOM').to.equal(false);
      requests.stop();
    });

    it("with contact-id, loads that contact's opportunities only", async () => {
      const requests = recordRequests();
      const contact = crm.db.opportunities.all()[0]!.contact_id;
      const board = await boardWith(`contact-id="${contact}"`);
      expect(requests.matching('GET', '/opportunities').map(({ query }) => query.get('contact_id'))).to.deep.equal([String(contact)]);
      const expected = crm.db.opportunities.all().filter((row) => row.contact_id === contact);
      expect(columns(board).reduce((sum, { count }) => sum + Number(count.split(' ')[0]), 0)).to.equal(expected.length);
      requests.stop();
    });

    it('filters the loaded opportunities by close date, without a request, and says when nothing is left', async () => {
      seed([
        { title: 'Soon', stage: 'proposal', expected_close_date: day(5), value: 100 },
        { title: 'Later', stage: 'proposal', expected_close_date: day(40), value: 200 },
        { title: 'Much later', stage: 'negotiation', expected_close_date: day(120), value: 400 },
      ]);
      const board = await boardWith();
      const requests = recordRequests();
      const [from, to] = root(board).querySelectorAll<HTMLInputElement>('input[type="date"]');
      from!.value = day(10);
      from!.dispatchEvent(new Event('change', { bubbles: true }));
      to!.value = day(100);
      to!.dispatchEvent(new Event('change', { bubbles: true }));
      await board.updateComplete;
      expect(columns(board).flatMap(({ cards }) => cards)).to.deep.equal(['Later']);
      expect(columns(board).find(({ name }) => name === 'Proposal')).to.include({ count: '1 opportunity', total: '$200' });
      to!.value = day(20);
      to!.dispatchEvent(new Event('change', { bubbles: true }));
      await board.updateComplete;
      expect(clean(root(board).querySelector('[part="empty"] p')!.textContent)).to.equal('No opportunities match the search or the dates.');
      await expect(board).to.be.accessible();
      root(board).querySelector<HTMLButtonElement>('[part="empty"] button')!.click();
      await board.updateComplete;
      expect(columns(board).flatMap(({ cards }) => cards)).to.have.members(['Soon', 'Later', 'Much later']);
      expect(focused(board)).to.equal(root(board).querySelector('[part="search"]'));
      expect(requests.matching('GET', '/opportunities')).to.have.length(0);
      requests.stop();
    });
  });

  describe('loading', () => {
    it('loads 1,000 opportunities page by page, with a progress bar, and limits each column to column-limit cards', async () => {
      seed(Array.from({ length: 1000 }, (_, index) => ({ title: `Deal ${index + 1}`, stage: ['prospecting', 'proposal'][index % 2]!, value: 10 })));
      crm.scenario.set({ latency: 150 });
      const requests = recordRequests();
      const board = fixtureSync<CrmPipeline>(html`<crm-pipeline .client=${mockClient()}></crm-pipeline>`);
      await waitFor(() => root(board).querySelector('progress[part="progress"]'), 'the progress shows');
      const progress = root(board).querySelector<HTMLProgressElement>('progress[part="progress"]')!;
      expect(progress.max).to.equal(1000);
      expect(clean(progress.closest('label')!.textContent)).to.match(/^Loading opportunities: [\d,]+ of 1,000$/);
      await expect(board).to.be.accessible();
      await settled(board);
      crm.scenario.reset();
      expect(requests.matching('GET', '/opportunities').map(({ query }) => query.get('page'))).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
      expect(root(board).querySelector('progress')).to.equal(null);
      const prospecting = columns(board).find(({ name }) => name === 'Prospecting')!;
      expect(prospecting).to.include({ count: '500 opportunities', total: '$5,000' });
      expect(prospecting.cards).to.have.length(50);
      requests.stop();
    });

    it('shows column-limit cards, and "Show more" shows as many again, focus on the first it showed', async () => {
      seed(Array.from({ length: 7 }, (_, index) => ({ title: `Deal ${index + 1}`, stage: 'proposal' })));
      const board = await boardWith('column-limit="3"');
      expect(cardTitles(board, 'Proposal')).to.deep.equal(['Deal 1', 'Deal 2', 'Deal 3']);
      const more = () => column(board, 'Proposal').querySelector<HTMLButtonElement>('[part="show-more"]');
      expect(clean(more()!.textContent)).to.equal('Show 3 more');
      more()!.click();
      await board.updateComplete;
      await aTimeout(0);
      expect(cardTitles(board, 'Proposal')).to.have.length(6);
      expect(clean(focused(board)?.textContent)).to.equal('Deal 4');
      expect(clean(more()!.textContent)).to.equal('Show 1 more');
      more()!.click();
      await board.updateComplete;
      expect(cardTitles(board, 'Proposal')).to.have.length(7);
      expect(more()).to.equal(null);
    });

    it('shows a skeleton while loading, then the board', async () => {
      crm.scenario.set({ latency: 300 });
      const board = fixtureSync<CrmPipeline>(html`<crm-pipeline .client=${mockClient()}></crm-pipeline>`);
      await board.updateComplete;
      expect(root(board).querySelector('[part="skeleton"]')).to.not.equal(null);
      expect(root(board).querySelector('.root')!.getAttribute('aria-busy')).to.equal('true');
      await expect(board).to.be.accessible();
      await settled(board);
      expect(root(board).querySelector('[part="skeleton"]')).to.equal(null);
    });

    it('says when there are no opportunities yet', async () => {
      crm.db.opportunities.load([]);
      const board = await boardWith();
      expect(clean(root(board).querySelector('[part="empty"]')!.textContent)).to.equal('There are no opportunities yet.');
      expect(root(board).querySelector('[part="board"]')).to.equal(null);
      await expect(board).to.be.accessible();
    });

    it('says a load failed, reports it, and loads again with Try again', async () => {
      crm.use(http.get(`${crm.baseUrl}/opportunities`, () => HttpResponse.json({ message: 'boom' }, { status: 500 }), { once: true }));
      const errors: CustomEvent[] = [];
      const client = mockClient();
      const host = fixtureSync<HTMLElement>(html`<div @crm-error=${(event: CustomEvent) => errors.push(event)}><crm-pipeline .client=${client}></crm-pipeline></div>`);
      const board = host.firstElementChild as CrmPipeline;
      await settled(board);
      const error = root(board).querySelector('[part="error"]')!;
      expect(clean(error.querySelector('p')!.textContent)).to.equal('The CRM ran into a problem on its side. Try again in a moment.');
      expect(errors.map(({ detail }) => detail.operation)).to.deep.equal(['load']);
      await expect(board).to.be.accessible();
      error.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await waitFor(() => root(board).querySelector('[part="board"]'), 'the board after Try again');
    });
  });

  describe('following the CRM', () => {
    it('reloads when the client reports a change to opportunities made elsewhere', async () => {
      const [alpha] = seed(SMALL);
      const client = mockClient();
      const board = await boardWith('', client);
      // A form sharing the client saves.
      await client.opportunities.update(alpha!, { title: 'Alpha, renamed' });
      await waitFor(() => card(board, 'Alpha, renamed'), 'the change shows');
    });

    it('does not reload for its own moves, which it shows already', async () => {
      seed(SMALL);
      const board = await boardWith();
      const requests = recordRequests();
      card(board, 'Alpha').querySelector<HTMLElement>('[part="card-title"]')!.focus();
      await shiftPress('ArrowRight');
      await waitFor(() => requests.matching('PUT', /^\/opportunities\//).length, 'the move is sent');
      await aTimeout(400);
      expect(requests.matching('GET', '/opportunities')).to.deep.equal([]);
      requests.stop();
    });
  });

  describe('permissions', () => {
    it('without edit on opportunities, offers no move: no Move button, no keys, no drag', async () => {
      seed(SMALL);
      const updates = recordUpdates();
      const board = await shown(
        html`<crm-provider .client=${mockClient()} .permissions=${{ opportunities: [] }}><div style="width: 1200px"><crm-pipeline></crm-pipeline></div></crm-provider>`,
      );
      expect(root(board).querySelectorAll('[part="move"]')).to.have.length(0);
      const title = card(board, 'Alpha').querySelector<HTMLElement>('[part="card-title"]')!;
      expect(title.hasAttribute('aria-keyshortcuts')).to.equal(false);
      title.focus();
      await shiftPress('ArrowRight');
      const start = centre(title);
      title.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, pointerId: 3, pointerType: 'mouse', isPrimary: true, button: 0, buttons: 1, clientX: start.x, clientY: start.y }));
      for (let step = 1; step < 10; step += 1) {
        document.body.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, pointerId: 3, pointerType: 'mouse', buttons: 1, clientX: start.x + step * 20, clientY: start.y }));
        await aTimeout(16);
      }
      expect(root(board).querySelector('[part="drag-image"]')).to.equal(null);
      await aTimeout(200);
      expect(cardTitles(board, 'Proposal')).to.deep.equal(['Alpha', 'Bravo']);
      expect(updates.sent).to.deep.equal([]);
      await expect(board).to.be.accessible();
      updates.stop();
    });

    it('with edit, offers it', async () => {
      seed(SMALL);
      const board = await shown(
        html`<crm-provider .client=${mockClient()} .permissions=${{ opportunities: ['edit'] }}><div style="width: 1200px"><crm-pipeline></crm-pipeline></div></crm-provider>`,
      );
      expect(root(board).querySelectorAll('[part="move"]').length).to.be.greaterThan(0);
    });
  });

  describe('in a narrow container', () => {
    it('becomes a list grouped by stage, with the same Move menu', async () => {
      const [, bravo] = seed(SMALL);
      const board = await shown(html`<div style="width: 320px"><crm-pipeline .client=${mockClient()}></crm-pipeline></div>`);
      const rects = [...root(board).querySelectorAll('[part="column"]')].map((each) => each.getBoundingClientRect());
      for (const [index, rect] of rects.entries()) {
        expect(rect.width, 'each stage as wide as the widget').to.be.closeTo(board.getBoundingClientRect().width, 1);
        if (index) expect(rect.top, 'each stage below the one before').to.be.greaterThan(rects[index - 1]!.bottom - 1);
      }
      expect(board.scrollWidth).to.be.at.most(320);
      card(board, 'Bravo').querySelector<HTMLButtonElement>('[part="move"]')!.click();
      await waitFor(() => root(board).querySelector('[part="row-menu"]:popover-open'), 'the menu opens');
      [...root(board).querySelectorAll<HTMLElement>('[role="menuitem"]')].find((item) => clean(item.textContent) === 'Qualification')!.click();
      await waitFor(() => crm.db.opportunities.find(bravo!)!.stage === 'qualification', 'the move is saved');
      await expect(board).to.be.accessible();
    });
  });

  it('keeps ids as the backend sent them', async () => {
    const id: CrmId = 'opp-8f14e45f';
    crm.use(
      http.get(`${crm.baseUrl}/opportunities`, () =>
        HttpResponse.json({
          data: [{ id, title: 'Text id', contact_id: 'c-1', contact_name: 'Ana Silva', value: 5, stage: 'proposal', probability: 50, created_at: ago(1), updated_at: ago(1) }],
          total: 1,
        }),
      ),
    );
    const board = await boardWith();
    setTimeout(() => card(board, 'Text id').click());
    expect((await oneEvent(board, 'crm-opportunity-select')).detail.opportunity.id).to.equal(id);
    expect(clean(card(board, 'Text id').textContent)).to.contain('No close date');
  });
});

describe('<crm-pipeline> with the other widgets', function () {
  this.timeout(20_000);
  useMockCrm();

  it('a deal won on the board changes the dashboard’s pipeline figures, with no host code', async () => {
    seed([
      { title: 'Alpha', stage: 'negotiation', value: 12_000, probability: 75 },
      { title: 'Beta', stage: 'proposal', value: 3_000, probability: 50 },
    ]);
    const host = fixtureSync<HTMLElement>(html`<crm-provider .client=${mockClient()}>
      <crm-dashboard currency="USD"></crm-dashboard>
      <div style="width: 1200px"><crm-pipeline currency="USD"></crm-pipeline></div>
    </crm-provider>`);
    const board = host.querySelector('crm-pipeline')!;
    const dashboard = host.querySelector('crm-dashboard')!;
    await settled(board);
    const openValue = () => {
      const term = [...dashboard.shadowRoot!.querySelectorAll('dt')].find((each) => clean(each.textContent) === 'Open pipeline value');
      return clean(term?.nextElementSibling?.textContent);
    };
    await waitFor(() => openValue() === '$15,000', 'the dashboard shows the open pipeline');

    card(board, 'Alpha').querySelector<HTMLElement>('[part="card-title"]')!.focus();
    await shiftPress('ArrowRight');
    await waitFor(() => crm.db.opportunities.all()[0]!.stage === 'closed_won', 'the move is saved');
    await waitFor(() => openValue() === '$3,000', 'the dashboard follows the board');
  });
});

describe('<crm-pipeline> moves in quick succession', function () {
  this.timeout(20_000);
  useMockCrm();

  it('a card moved twice in a row stays where the last move put it, focused, and the CRM keeps that move', async () => {
    const [alpha] = seed(SMALL);
    let answers = 0;
    // The first move's answer is slow: the second move is made before it comes.
    crm.use(
      http.put(`${crm.baseUrl}/opportunities/:id`, async () => {
        answers += 1;
        if (answers === 1) await new Promise((resolve) => setTimeout(resolve, 600));
        return undefined;
      }),
    );
    const board = await boardWith();
    card(board, 'Alpha').querySelector<HTMLElement>('[part="card-title"]')!.focus();
    await shiftPress('ArrowLeft');
    await shiftPress('ArrowLeft');
    expect(cardTitles(board, 'Prospecting')).to.include('Alpha');
    await waitFor(() => answers === 2, 'both moves are sent');
    await aTimeout(800);
    expect(cardTitles(board, 'Prospecting'), 'still where the last move put it').to.include('Alpha');
    expect(clean(focused(board)?.textContent), 'still focused').to.equal('Alpha');
    expect(crm.db.opportunities.find(alpha!)!.stage, 'the CRM keeps the last move: a card\'s moves are sent in turn').to.equal('prospecting');
  });

  it('shows its move once the CRM has it, though a reload meanwhile showed the card where it was', async () => {
    const [alpha, bravo] = seed(SMALL);
    crm.use(
      http.put(`${crm.baseUrl}/opportunities/:id`, async ({ params }) => {
        // The move's answer is slow; another widget's change to Bravo is not.
        if (Number(params.id) === alpha) await new Promise((resolve) => setTimeout(resolve, 800));
        return undefined;
      }),
    );
    const client = mockClient();
    const board = await boardWith('', client);
    card(board, 'Alpha').querySelector<HTMLElement>('[part="card-title"]')!.focus();
    await shiftPress('ArrowLeft');
    expect(cardTitles(board, 'Qualification')).to.include('Alpha');
    // A form sharing the client saves another opportunity: the board reloads, before the move is saved.
    await client.opportunities.update(bravo!, { title: 'Bravo, renamed' });
    await waitFor(() => card(board, 'Bravo, renamed'), 'the reload');
    await waitFor(() => crm.db.opportunities.find(alpha!)!.stage === 'qualification', 'the move is saved');
    await waitFor(() => cardTitles(board, 'Qualification').includes('Alpha'), 'the card where the CRM has it');
    await aTimeout(400);
    expect(cardTitles(board, 'Qualification'), 'still there').to.include('Alpha');
  });

  it('knows both moves for its own: their changes, heard together, reload nothing', async () => {
    seed(SMALL);
    let answers = 0;
    // The first answer is slow; the second follows it within the time the client's changes settle in.
    crm.use(
      http.put(`${crm.baseUrl}/opportunities/:id`, async () => {
        answers += 1;
        if (answers === 1) await new Promise((resolve) => setTimeout(resolve, 300));
        return undefined;
      }),
    );
    const board = await boardWith();
    const requests = recordRequests();
    card(board, 'Alpha').querySelector<HTMLElement>('[part="card-title"]')!.focus();
    await shiftPress('ArrowLeft');
    await shiftPress('ArrowLeft');
    await waitFor(() => answers === 2, 'both moves are sent');
    await aTimeout(500);
    expect(requests.matching('GET', '/opportunities'), 'no reload').to.deep.equal([]);
    requests.stop();
  });
});
