// <crm-leads-list> "Export CSV": every lead matching the search, filters and sort (all pages),
// with progress, cancellable, cells guarded against formula injection, the CSV module loaded lazily.
import { html } from '@open-wc/testing';
import { crm, mockClient, recordRequests, useMockCrm } from './support/mock-crm.js';
import { announcement, button, captureDownloads, csvRecords as records, expect, parseCsv, holdLeadRequests, settledList, shadow, waitFor } from './support/leads-list.js';

const exportButton = (list: HTMLElement) => button(shadow(list), 'Export CSV');

describe('crm-leads-list CSV export', function () {
  // Generous: these suites share two cores with other suites, and axe over a page of rows is slow there.
  this.timeout(20_000);
  useMockCrm();
  let downloads: ReturnType<typeof captureDownloads>;
  beforeEach(() => (downloads = captureDownloads()));
  afterEach(() => downloads.restore());

  it('loads the CSV module only when the user exports', async () => {
    const csvModuleRequested = () =>
      performance.getEntriesByType('resource').some((entry) => entry.name.includes('/leads-list/leads-csv.'));
    performance.setResourceTimingBufferSize(10_000);
    const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
    performance.clearResourceTimings();
    exportButton(list).click();
    await waitFor(() => downloads.files.length === 1, 'the download');
    expect(csvModuleRequested(), 'requested by the export, so not part of what loaded before').to.equal(true);
  });

  it('downloads every lead matching the filters, in the sort order, across all pages', async () => {
    const list = await settledList(html`<crm-leads-list .client=${mockClient()} sort="email" order="asc"></crm-leads-list>`);
    const requests = recordRequests();
    exportButton(list).click();
    await waitFor(() => downloads.files.length === 1, 'the download');
    const [file] = downloads.files;
    expect(file!.name).to.match(/^leads-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file!.blob.type).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await file!.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)], 'UTF-8 BOM for Excel').to.deep.equal([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(await file!.blob.text());
    expect(header).to.deep.equal(['ID', 'First name', 'Last name', 'Company', 'Email', 'Phone', 'Status', 'Source', 'Created']);
    const byEmail = crm.db.leads.all().sort((a, b) => a.email.localeCompare(b.email, 'en') || a.id - b.id);
    expect(rows.map((record) => Number(record[0]))).to.deep.equal(byEmail.map((lead) => lead.id));
    const pages = requests.matching('GET', '/leads');
    expect(pages.map((request) => request.query.get('page'))).to.deep.equal(['1', '2', '3']);
    expect(pages.every((request) => request.query.get('per_page') === '100' && request.query.get('sort') === 'email')).to.equal(true);
    expect(announcement(list)).to.equal('Exported 250 leads.');
    requests.stop();
  });

  it('exports only what the search and filters match', async () => {
    const list = await settledList(html`<crm-leads-list .client=${mockClient()} status="lost" source="referral"></crm-leads-list>`);
    exportButton(list).click();
    await waitFor(() => downloads.files.length === 1, 'the download');
    const exported = await records(downloads.files[0]!.blob);
    const expected = crm.db.leads.all().filter((lead) => lead.status === 'lost' && lead.source === 'referral');
    expect(expected.length, 'the seed has such leads').to.be.greaterThan(0);
    expect(exported.map((record) => Number(record[0])).sort((a, b) => a - b)).to.deep.equal(expected.map((lead) => lead.id).sort((a, b) => a - b));
    expect(exported.every((record) => record[6] === 'Lost' && record[7] === 'Referral')).to.equal(true);
  });

  it('writes cells a spreadsheet cannot run as formulas, quoted so commas, quotes and line breaks survive', async () => {
    crm.db.leads.load([
      {
        ...crm.db.leads.get(1),
        id: 1,
        first_name: '=HYPERLINK("http://evil.example","Click")',
        last_name: '\r+SUM(1,2)',
        company: '-2+3 "Care", Inc.\nSecond line',
        email: '@cmd|calc',
        phone: '\t=1+1',
        status: '=cmd',
        source: 'referral',
      },
    ]);
    const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
    exportButton(list).click();
    await waitFor(() => downloads.files.length === 1, 'the download');
    const text = await downloads.files[0]!.blob.text();
    const [record] = await records(downloads.files[0]!.blob);
    expect(record!.slice(1, 7)).to.deep.equal([
      `'=HYPERLINK("http://evil.example","Click")`,
      `'\r+SUM(1,2)`,
      `'-2+3 "Care", Inc.\nSecond line`,
      `'@cmd|calc`,
      `'\t=1+1`,
      `'=cmd`,
    ]);
    expect(text).to.contain('"\'=HYPERLINK(""http://evil.example"",""Click"")"');
  });

  it('shows progress while exporting, and cancels without downloading', async () => {
    const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
    const held = holdLeadRequests((url) => url.searchParams.get('page') === '2' && url.searchParams.get('per_page') === '100');
    try {
      const control = exportButton(list);
      control.focus();
      control.click();
      await waitFor(() => held.held === 1, 'the second page is requested');
      await waitFor(() => shadow(list).querySelector('progress')?.value === 100, 'progress after the first page');
      const progress = shadow(list).querySelector('progress')!;
      expect(progress.max).to.equal(250);
      expect(shadow(list).querySelector('[part="export"]')!.textContent).to.contain('Exporting 100 of 250 leads…');
      await expect(list).to.be.accessible();
      expect(shadow(list).activeElement, 'the focused button became the cancel button').to.equal(control);
      expect(control.textContent!.trim()).to.equal('Cancel export');
      control.click();
      await waitFor(() => announcement(list) === 'Export cancelled.', 'the cancellation is announced');
    } finally {
      held.release();
    }
    expect(downloads.files).to.have.length(0);
    expect(exportButton(list).disabled).to.equal(false);
  });

  it('stops exporting, downloading nothing, when the list leaves the page', async () => {
    const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
    const held = holdLeadRequests((url) => url.searchParams.get('page') === '2' && url.searchParams.get('per_page') === '100');
    const requests = recordRequests();
    try {
      exportButton(list).click();
      await waitFor(() => held.held === 1, 'the second page is requested');
      list.remove();
    } finally {
      held.release();
    }
    // Long enough for the third page's request, had the export gone on.
    await new Promise((resolve) => setTimeout(resolve, 300));
    requests.stop();
    expect(requests.matching('GET', '/leads').map((request) => request.query.get('page'))).to.deep.equal(['1', '2']);
    expect(downloads.files).to.have.length(0);
  });

  it('offers no export when nothing matches', async () => {
    crm.scenario.set({ empty: true });
    const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
    expect(exportButton(list).disabled).to.equal(true);
  });
});
