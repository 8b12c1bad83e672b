// <crm-leads-list mode="scroll"> over a thousand leads: only the rows in view (plus a margin) in the
// page, pages loading as they come into view, the whole set reachable by keyboard, focus and
// selection kept while rows come and go, and a change mid-scroll that keeps the place.
import type { Lead } from '@mindbrite/crm-client';
import { html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { crm, mockClient, recordRequests, useMockCrm } from './support/mock-crm.js';
import { button, expect, names, rows, settledList, shadow, waitFor, type CrmContactsList, type CrmLeadsList } from './support/leads-list.js';

const TOTAL = 1000;

/** Lead `index` (from 0) of the served set: "Lead 0007 Scroll", with id index + 1. */
const leadAt = (index: number, base: Lead): Lead => ({ ...base, id: index + 1, first_name: `Lead ${String(index).padStart(4, '0')}`, last_name: 'Scroll' });

/** Serves `total` leads in the order asked, a page at a time; `names` overrides a lead's first name by index. */
function serveLeads(total = TOTAL, renamed = new Map<number, string>()) {
  const base = crm.db.leads.get(1)!;
  crm.use(
    http.get(`${crm.baseUrl}/leads`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      const perPage = Number(query.get('per_page'));
      const page = Number(query.get('page'));
      const order = Array.from({ length: total }, (_, index) => index);
      if (query.get('order') === 'asc') order.reverse();
      const data = order.slice((page - 1) * perPage, page * perPage).map((index) => {
        const lead = leadAt(index, base);
        return renamed.has(index) ? { ...lead, first_name: renamed.get(index)! } : lead;
      });
      return HttpResponse.json({ data, total });
    }),
  );
}

const wrapOf = (list: HTMLElement) => shadow(list).querySelector<HTMLElement>('.table-wrap')!;
const rowIndexes = (list: HTMLElement) => rows(list).map((row) => Number(row.getAttribute('aria-rowindex')));

/** Scrolls the list's frame to `top`, as the user's wheel does (the event too: a page in a background tab gets none). */
async function scrollTo(list: CrmLeadsList | CrmContactsList, top: number): Promise<void> {
  const wrap = wrapOf(list);
  wrap.scrollTop = top;
  wrap.dispatchEvent(new Event('scroll'));
  await list.updateComplete;
}

/** The row with `aria-rowindex` `index + 2` (lead `index`), once it shows its record. */
const rowAt = (list: HTMLElement, index: number) => shadow(list).querySelector<HTMLTableRowElement>(`tbody tr[aria-rowindex="${index + 2}"][data-id]`);

const pagesAsked = (requests: ReturnType<typeof recordRequests>) => requests.matching('GET', '/leads').map(({ query }) => Number(query.get('page')));

/** A list of the served leads in scroll mode, 600 px tall, with its first rows shown. */
async function scrollingList() {
  const list = await settledList(
    html`<crm-leads-list .client=${mockClient()} mode="scroll" page-size="50" style="--crm-leads-list-height: 600px; inline-size: 900px"></crm-leads-list>`,
  );
  await waitFor(() => shadow(list).querySelector('tr.spacer'), 'the scroll mode');
  return list;
}

describe('crm-leads-list in scroll mode', function () {
  this.timeout(30_000);
  useMockCrm();
  beforeEach(() => serveLeads());

  it('renders the rows in view plus a margin, counted against the whole set, and no pager', async () => {
    const requests = recordRequests();
    const list = await scrollingList();
    const table = shadow(list).querySelector('table')!;
    expect(table.getAttribute('aria-rowcount')).to.equal('1001');
    expect(shadow(list).querySelector('thead tr')!.getAttribute('aria-rowindex')).to.equal('1');
    expect(names(list)[0]).to.equal('Lead 0000 Scroll');
    expect(rowIndexes(list)[0]).to.equal(2);
    // 600 px of 44 px rows is 14 in view; the margin adds 8 below.
    expect(rows(list).length).to.be.within(14, 30);
    expect(shadow(list).querySelector('[part="pagination"]')).to.equal(null);
    // The frame scrolls, and is as tall as the whole set would be.
    const wrap = wrapOf(list);
    expect(wrap.getBoundingClientRect().height).to.be.within(595, 601);
    expect(wrap.scrollHeight).to.be.above(TOTAL * 30);
    expect(pagesAsked(requests)).to.deep.equal([1]);
    requests.stop();
    await expect(list).to.be.accessible();
  });

  it('loads the pages scrolled to, shows their leads at their places, and lets go of the rows above', async () => {
    const list = await scrollingList();
    const requests = recordRequests();
    const stride = rows(list)[1]!.getBoundingClientRect().top - rows(list)[0]!.getBoundingClientRect().top;
    await scrollTo(list, 480 * stride);
    await waitFor(() => rowAt(list, 485), 'lead 485 after scrolling');
    expect(pagesAsked(requests).sort((a, b) => a - b)).to.deep.equal([10, 11]);
    for (const row of rows(list)) expect(row.querySelector('td[part="cell"]')!.textContent!.trim()).to.equal(`Lead ${String(Number(row.getAttribute('aria-rowindex')) - 2).padStart(4, '0')} Scroll`);
    expect(rowAt(list, 0)).to.equal(null);
    expect(rows(list).length).to.be.below(40);
    // The row at the top of the frame is the one scrolled to.
    const wrapTop = wrapOf(list).getBoundingClientRect().top;
    const visible = rows(list).find((row) => row.getBoundingClientRect().bottom > wrapTop + 50)!;
    expect(Number(visible.getAttribute('aria-rowindex')) - 2).to.be.within(478, 482);
    requests.stop();
  });

  it('takes the keyboard anywhere in the set: arrows, End to the last lead, Home back; focus stays on a row scrolled away', async () => {
    const list = await scrollingList();
    const first = rowAt(list, 0)!;
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await waitFor(() => shadow(list).activeElement === rowAt(list, 1), 'focus on the second row');

    rowAt(list, 1)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
    await waitFor(() => shadow(list).activeElement === rowAt(list, TOTAL - 1), 'focus on the last lead', { timeout: 10_000 });
    expect(shadow(list).activeElement!.querySelector('td[part="cell"]')!.textContent!.trim()).to.equal('Lead 0999 Scroll');
    expect(rows(list).length).to.be.below(40);

    // Scrolled back to the top with the mouse: the focused row stays in the page, so focus is not lost.
    await scrollTo(list, 0);
    await waitFor(() => rowAt(list, 0), 'the first rows again');
    expect(shadow(list).activeElement).to.equal(rowAt(list, TOTAL - 1));
    rowAt(list, TOTAL - 1)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true, composed: true }));
    await waitFor(() => shadow(list).activeElement === rowAt(list, TOTAL - 2), 'focus on the lead before the last');

    rowAt(list, TOTAL - 2)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true, composed: true }));
    await waitFor(() => shadow(list).activeElement === rowAt(list, 0), 'focus on the first lead');
    // Enter still opens the focused row.
    const selected = new Promise<CustomEvent>((resolve) => list.addEventListener('crm-lead-select', (event) => resolve(event as CustomEvent), { once: true }));
    list.addEventListener('crm-lead-select', (event) => event.preventDefault(), { once: true });
    rowAt(list, 0)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect((await selected).detail.lead.first_name).to.equal('Lead 0000');
  });

  it('keeps the selection across pages scrolled away and back', async () => {
    const list = await scrollingList();
    rowAt(list, 2)!.querySelector<HTMLInputElement>('input[data-select]')!.click();
    await waitFor(() => shadow(list).querySelector('[part="bulk-actions"]'), 'the bulk actions');
    const stride = rows(list)[1]!.getBoundingClientRect().top - rows(list)[0]!.getBoundingClientRect().top;
    await scrollTo(list, 300 * stride);
    await waitFor(() => rowAt(list, 305), 'lead 305');
    rowAt(list, 305)!.querySelector<HTMLInputElement>('input[data-select]')!.click();
    await waitFor(() => shadow(list).querySelector('[part="bulk-actions"]')!.textContent!.includes('2 selected'), 'two selected');
    await scrollTo(list, 0);
    await waitFor(() => rowAt(list, 2), 'lead 2 again');
    expect(rowAt(list, 2)!.querySelector<HTMLInputElement>('input[data-select]')!.checked).to.equal(true);
    expect(rowAt(list, 3)!.querySelector<HTMLInputElement>('input[data-select]')!.checked).to.equal(false);
    expect(shadow(list).querySelector('[part="bulk-actions"]')!.textContent).to.contain('2 selected');
  });

  it('keeps its place through a change mid-scroll: the pages in view load again and show it', async () => {
    const renamed = new Map<number, string>();
    serveLeads(TOTAL, renamed);
    const client = mockClient();
    const list = await settledList<CrmLeadsList>(
      html`<crm-leads-list .client=${client} mode="scroll" page-size="50" style="--crm-leads-list-height: 600px; inline-size: 900px"></crm-leads-list>`,
    );
    await waitFor(() => shadow(list).querySelector('tr.spacer'), 'the scroll mode');
    const stride = rows(list)[1]!.getBoundingClientRect().top - rows(list)[0]!.getBoundingClientRect().top;
    await scrollTo(list, 620 * stride);
    await waitFor(() => rowAt(list, 625), 'lead 625');
    const scrolled = wrapOf(list).scrollTop;

    const requests = recordRequests();
    renamed.set(625, 'Renamed');
    // Another part of the page (or another tab) changed a lead: the client says so, the list reloads.
    client.dispatchEvent(new CustomEvent('change', { detail: { resource: 'leads', action: 'updated', id: 626 } }));
    await waitFor(() => rowAt(list, 625)?.textContent?.includes('Renamed Scroll'), 'the renamed lead');
    expect(wrapOf(list).scrollTop).to.equal(scrolled);
    expect(pagesAsked(requests).sort((a, b) => a - b)).to.deep.equal([1, 13]);
    requests.stop();
  });

  it('keeps its columns where they are while rows of other widths scroll through', async () => {
    // Names from one letter to forty: each window of rows would size the columns differently.
    serveLeads(TOTAL, new Map(Array.from({ length: TOTAL }, (_, index) => [index, 'W'.repeat(1 + ((index * 7) % 40))])));
    const list = await scrollingList();
    const widths = () => [...shadow(list).querySelectorAll('thead th')].map((header) => Math.round(header.getBoundingClientRect().width));
    const stride = rows(list)[1]!.getBoundingClientRect().top - rows(list)[0]!.getBoundingClientRect().top;
    let before = widths();
    for (const at of [40, 130, 260, 420, 600, 810, 990]) {
      await scrollTo(list, at * stride);
      await waitFor(() => rowAt(list, Math.min(at + 3, TOTAL - 1)), `lead ${at + 3}`);
      // Measured on the next scroll, as the user goes on.
      await scrollTo(list, at * stride + 1);
      const now = widths();
      now.forEach((width, column) => expect(width, `column ${column} at row ${at}`).to.be.at.least(before[column]!));
      before = now;
    }
  });

  it('starts at the top for a new sort', async () => {
    const list = await scrollingList();
    const stride = rows(list)[1]!.getBoundingClientRect().top - rows(list)[0]!.getBoundingClientRect().top;
    await scrollTo(list, 500 * stride);
    await waitFor(() => rowAt(list, 505), 'lead 505');
    button(shadow(list), 'Created').click();
    await waitFor(() => rowAt(list, 0)?.textContent?.includes('Lead 0999'), 'the other order from the top');
    expect(wrapOf(list).scrollTop).to.equal(0);
    expect(shadow(list).querySelector('table')!.getAttribute('aria-rowcount')).to.equal('1001');
  });

  it('shows placeholders where a page failed, reports it, and tries again on the next scroll', async () => {
    const list = await scrollingList();
    let failures = 1;
    crm.use(
      http.get(`${crm.baseUrl}/leads`, ({ request }) => {
        if (new URL(request.url).searchParams.get('page') === '5' && failures-- > 0) return HttpResponse.json({ message: 'down' }, { status: 503 });
        return undefined;
      }),
    );
    const failed = new Promise<CustomEvent>((resolve) => list.addEventListener('crm-error', (event) => resolve(event as CustomEvent), { once: true }));
    const stride = rows(list)[1]!.getBoundingClientRect().top - rows(list)[0]!.getBoundingClientRect().top;
    await scrollTo(list, 210 * stride);
    expect((await failed).detail.operation).to.equal('load');
    await list.updateComplete;
    const placeholder = shadow(list).querySelector<HTMLTableRowElement>('tbody tr.placeholder[aria-rowindex="214"]');
    expect(placeholder).to.not.equal(null);
    // Its checkbox and button do nothing: out of the tab order and of assistive technology.
    expect(placeholder!.inert).to.equal(true);
    expect(rowAt(list, 212)).to.equal(null);
    await expect(list).to.be.accessible();
    await scrollTo(list, 211 * stride);
    await waitFor(() => rowAt(list, 212), 'lead 212 once its page loads');
  });
});

describe('crm-contacts-list in scroll mode', function () {
  this.timeout(30_000);
  useMockCrm();

  it('scrolls through every contact', async () => {
    const total = crm.db.contacts.all().length;
    const list = await settledList<CrmContactsList>(
      html`<crm-contacts-list .client=${mockClient()} mode="scroll" page-size="10" style="--crm-contacts-list-height: 300px; inline-size: 900px"></crm-contacts-list>`,
    );
    expect(shadow(list).querySelector('table')!.getAttribute('aria-rowcount')).to.equal(String(total + 1));
    await scrollTo(list, wrapOf(list).scrollHeight);
    await waitFor(() => rowAt(list, total - 1), 'the last contact');
    expect(new Set(rows(list).map((row) => row.dataset.id)).size).to.equal(rows(list).length);
  });
});
