// <crm-leads-list> and pages the CRM got wrong: rows are records identified by id (a repeated id
// shows once, and a row always hands over its own record), never more rows than a page, and one
// unreadable record costs that record, counted in a note and reported by crm-warning.
import type { Lead } from '@mindbrite/crm-client';
import { html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { crm, mockClient, useMockCrm } from './support/mock-crm.js';
import { announcement, expect, names, rows, settledList, shadow, waitFor } from './support/leads-list.js';

const problemsNote = (list: HTMLElement) => shadow(list).querySelector('[part="problems"]')?.textContent?.trim();
const rowBox = (row: HTMLTableRowElement) => row.querySelector<HTMLInputElement>('input[data-select]')!;
const bulkBar = (list: HTMLElement) => shadow(list).querySelector<HTMLElement>('[part="bulk-actions"]');

/** Serves `data` as every page of leads, with `total` (default: as many as were sent). */
function serveLeads(data: unknown[], total = data.length): void {
  crm.use(http.get(`${crm.baseUrl}/leads`, () => HttpResponse.json({ data, total })));
}

/** Seeded leads with new ids and names, so each is told apart by name. */
function leadsWith(...changes: Partial<Lead>[]): Lead[] {
  return changes.map((change, index) => ({ ...crm.db.leads.get(index + 1), ...change }));
}

describe('crm-leads-list with pages the CRM got wrong', function () {
  // Generous: these suites share two cores with other suites.
  this.timeout(20_000);
  useMockCrm();

  it('shows a record once when a page repeats its id, and each row hands over the record it shows', async () => {
    serveLeads(
      leadsWith(
        { id: 7, first_name: 'María José', last_name: 'Ivanova' },
        { id: 7, first_name: 'Zoë', last_name: 'Kierkegaard' },
        { id: 8, first_name: 'Ana', last_name: 'Silva' },
      ),
    );
    // Listened for on the document: the list warns as it loads, before the fixture returns it.
    const warned = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('crm-warning', (event) => resolve(event as CustomEvent), { once: true }),
    );
    const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
    expect(names(list)).to.deep.equal(['María José Ivanova', 'Ana Silva']);
    expect(problemsNote(list)).to.equal('1 record could not be shown.');
    expect((await warned).detail).to.deep.equal({ operation: 'load', problems: { duplicateIds: [7], surplus: 0, invalid: [] } });

    const selected = oneEvent(list, 'crm-lead-select');
    // Shown the host's way: the list's record view stays closed, and the rows in reach for what follows.
    list.addEventListener('crm-lead-select', (event) => event.preventDefault(), { once: true });
    rows(list)[0]!.querySelector('td[part="cell"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect((await selected).detail.lead).to.include({ id: 7, first_name: 'María José', last_name: 'Ivanova' });

    rowBox(rows(list)[0]!).click();
    await waitFor(() => bulkBar(list), 'the bulk actions');
    expect(bulkBar(list)!.textContent).to.contain('1 selected');
    expect(rows(list).map((row) => rowBox(row).checked)).to.deep.equal([true, false]);
    await expect(list).to.be.accessible();
  });

  it('never shows more than a page, and select-all selects that page', async () => {
    serveLeads(leadsWith(...Array.from({ length: 12 }, (_, index) => ({ id: 100 + index }))), 12);
    const warned = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('crm-warning', (event) => resolve(event as CustomEvent), { once: true }),
    );
    const list = await settledList(html`<crm-leads-list .client=${mockClient()} page-size="10"></crm-leads-list>`);
    expect(rows(list)).to.have.length(10);
    expect((await warned).detail.problems).to.deep.equal({ duplicateIds: [], surplus: 2, invalid: [] });
    // Rows beyond the page belong to no page the user could open: reported, not counted as unshown.
    expect(problemsNote(list)).to.equal(undefined);
    shadow(list).querySelector<HTMLInputElement>('thead input[type="checkbox"]')!.click();
    await waitFor(() => bulkBar(list), 'the bulk actions');
    expect(bulkBar(list)!.textContent).to.contain('10 selected');
  });

  it('keeps each id once and at most a page even from a client that does not', async () => {
    const client = mockClient();
    const repeated = leadsWith(...Array.from({ length: 30 }, (_, index) => ({ id: 1 + (index % 15) })));
    // A client that hands over the page as sent, the way a host's own client or an older one might.
    Object.assign(client.leads, { list: async () => ({ data: repeated, total: 30 }) });
    const list = await settledList(html`<crm-leads-list .client=${client} page-size="10"></crm-leads-list>`);
    const ids = rows(list).map((row) => Number(row.dataset.id));
    expect(ids).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(names(list)[0]).to.equal(`${repeated[0]!.first_name} ${repeated[0]!.last_name}`);
  });

  it('shows the records it can read, counts the unreadable one, and reports its id and fields, not its values', async () => {
    const page = leadsWith(...Array.from({ length: 5 }, (_, index) => ({ id: 20 + index })));
    const bad = { ...page[2]!, first_name: 'Zoë', last_name: null, email: 'zoe.k@example.org' };
    serveLeads([page[0], page[1], bad, page[3], page[4]], 5);
    const warnings: CustomEvent[] = [];
    const errors: Event[] = [];
    document.addEventListener('crm-warning', (event) => warnings.push(event as CustomEvent), { once: true });
    document.addEventListener('crm-error', (event) => errors.push(event), { once: true });
    const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);

    expect(rows(list).map((row) => Number(row.dataset.id))).to.deep.equal([20, 21, 23, 24]);
    expect(problemsNote(list)).to.equal('1 record could not be shown.');
    expect(shadow(list).querySelector('[part="error"]'), 'the page is not an error').to.equal(null);
    expect(errors).to.have.length(0);
    expect(warnings).to.have.length(1);
    const { operation, problems } = warnings[0]!.detail;
    expect(operation).to.equal('load');
    expect(problems.invalid).to.have.length(1);
    expect(problems.invalid[0].id).to.equal(22);
    expect(problems.invalid[0].issues.map((issue: { path: unknown[] }) => issue.path.join('.'))).to.include('last_name');
    const reported = JSON.stringify(warnings[0]!.detail);
    for (const value of ['Zoë', 'zoe.k@example.org', bad.phone]) expect(reported).not.to.contain(value);
    await expect(list).to.be.accessible();
  });

  it('says so once per page in the live region with the result count', async () => {
    serveLeads(leadsWith({ id: 1 }, { id: 1 }, { id: 2 }, { id: 2 }, { id: 3 }), 5);
    const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
    expect(announcement(list)).to.equal('3 of 5 leads 2 records could not be shown.');
  });
});
