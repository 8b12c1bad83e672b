// <crm-leads-list> adapts to the width the host gives it (container queries): the whole table when
// wide, every column still at medium widths (the table scrolls sideways, with a cue), a stacked card
// per lead in a narrow sidebar.
import { html, waitUntil } from '@open-wc/testing';
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

  it('keeps every column at medium widths: the table scrolls sideways, and a shadow says which way', async () => {
    const list = await at(760);
    expect(visibleHeaders(list)).to.deep.equal(['Name', 'Company', 'Email', 'Phone', 'Status', 'Source', 'Created']);
    const wrap = shadow(list).querySelector<HTMLElement>('.table-wrap')!;
    expect(wrap.scrollWidth, 'the table is wider than the widget').to.be.greaterThan(wrap.clientWidth);
    expect(list.scrollWidth, 'and scrolls only inside it').to.be.at.most(760);
    const endShadow = () => getComputedStyle(wrap, '::after').backgroundImage;
    const check = rows(list)[0]!.querySelector<HTMLElement>('td.check')!;
    const startShadow = () => getComputedStyle(check, '::after').backgroundImage;
    // Marked once the browser has laid the table out (a ResizeObserver), not by reading its width mid-update.
    await waitUntil(() => wrap.hasAttribute('data-more-end'), 'the end shadow');
    expect(endShadow(), 'a shadow at the end while more is that way').to.contain('gradient');
    expect(startShadow(), 'none at the start').to.equal('none');

    wrap.scrollLeft = wrap.scrollWidth;
    // The browser fires scroll with its next frame, which a test page in the background may not get.
    wrap.dispatchEvent(new Event('scroll'));
    await waitUntil(() => !wrap.hasAttribute('data-more-end'), 'the end shadow goes at the end');
    expect(endShadow()).to.equal('none');
    expect(startShadow(), 'now more is to the start').to.contain('gradient');
    expect(check.getBoundingClientRect().left, 'the selection column stays in view').to.be.at.least(wrap.getBoundingClientRect().left - 1);
    const edit = rows(list)[0]!.querySelector<HTMLElement>('[data-action="edit"]')!;
    expect(edit.getBoundingClientRect().right, 'the row actions scrolled into view').to.be.at.most(wrap.getBoundingClientRect().right + 1);
    await expect(list).to.be.accessible();
  });

  it('fits every column without a scroll cue when there is room', async () => {
    const list = await at(1600);
    const wrap = shadow(list).querySelector<HTMLElement>('.table-wrap')!;
    expect(wrap.scrollWidth).to.be.at.most(wrap.clientWidth);
    // The list marks the sides after its update, on a timer: this one runs after it.
    await new Promise((resolve) => setTimeout(resolve));
    expect(wrap.hasAttribute('data-more-end') || wrap.hasAttribute('data-more-start')).to.equal(false);
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
