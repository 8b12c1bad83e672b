// <crm-leads-list> adapts to the width the host gives it (container queries): the full table when
// wide, low-priority columns hidden at medium widths, a stacked card per lead in a narrow sidebar.
import { html } from '@open-wc/testing';
import { mockClient, useMockCrm } from './support/mock-crm.js';
import { expect, rows, settledList, shadow } from './support/leads-list.js';

const visibleHeaders = (list: HTMLElement) =>
  [...shadow(list).querySelectorAll<HTMLElement>('thead th .sort')]
    .filter((button) => getComputedStyle(button.closest('th')!).display !== 'none')
    .map((button) => button.textContent!.replace(/[▲▼↕]/g, '').trim());

const at = (width: number) => settledList(html`<crm-leads-list .client=${mockClient()} style="width: ${width}px"></crm-leads-list>`);

describe('crm-leads-list layout', function () {
  // Generous: these suites share two cores with other suites, and axe over a page of rows is slow there.
  this.timeout(20_000);
  useMockCrm();

  it('shows every column as a table when wide', async () => {
    const list = await at(1200);
    expect(visibleHeaders(list)).to.deep.equal(['Name', 'Company', 'Email', 'Phone', 'Status', 'Source', 'Created']);
    expect(getComputedStyle(rows(list)[0]!).display).to.equal('table-row');
  });

  it('hides the low-priority columns (phone, source, created) at medium widths', async () => {
    const list = await at(760);
    expect(visibleHeaders(list)).to.deep.equal(['Name', 'Company', 'Email', 'Status']);
    const hiddenCells = [...rows(list)[0]!.querySelectorAll('td')].filter((cell) => getComputedStyle(cell).display === 'none');
    expect(hiddenCells.map((cell) => cell.dataset.label)).to.deep.equal(['Phone', 'Source', 'Created']);
    await expect(list).to.be.accessible();
  });

  it('stacks each lead as a labelled card in a narrow sidebar, keeping sort buttons and actions', async () => {
    const list = await at(320);
    const row = rows(list)[0]!;
    expect(getComputedStyle(row).display).to.equal('grid');
    expect(getComputedStyle(shadow(list).querySelector('thead tr')!).display).to.equal('flex');
    expect(visibleHeaders(list), 'a card shows every field, so each can be sorted by').to.deep.equal(
      ['Name', 'Company', 'Email', 'Phone', 'Status', 'Source', 'Created'],
    );
    const email = row.querySelector<HTMLElement>('td[data-label="Email"]')!;
    expect(getComputedStyle(email).display).to.equal('block');
    // The label is the cell's ::before, `attr(data-label) ': '`. Chromium computes it to the label
    // ("Email: "); Firefox keeps the declaration, which the cell's data-label fills.
    const label = getComputedStyle(email, '::before').content;
    expect(label.includes('attr(data-label)') ? email.dataset.label : label).to.contain('Email');
    expect(getComputedStyle(row.querySelector('[part="actions"]')!).display).to.equal('flex');
    expect(row.getBoundingClientRect().width).to.be.at.most(320);
    await expect(list).to.be.accessible();
  });
});
