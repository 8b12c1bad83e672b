// <crm-leads-list> columns: chosen by the host (`columns`), and by the user in a column chooser,
// remembered per `storage-key` (only column ids are stored).
import { html } from '@open-wc/testing';
import { mockClient, useMockCrm } from './support/mock-crm.js';
import { button, cellTexts, expect, headers, settledList, shadow, waitFor, type CrmLeadsList } from './support/leads-list.js';

const menu = (list: HTMLElement) => shadow(list).querySelector<HTMLElement>('[part="column-menu"]')!;
const columnBox = (list: HTMLElement, label: string) =>
  [...menu(list).querySelectorAll('label')].find((item) => item.textContent!.trim() === label)!.querySelector('input')!;

/** Opens the column menu as a user does; its checkboxes load on first opening, and take focus. */
async function openMenu(list: CrmLeadsList): Promise<void> {
  if (!menu(list).matches(':popover-open')) button(shadow(list), 'Columns').click();
  await waitFor(() => menu(list).contains(shadow(list).activeElement), 'focus in the column menu');
}

async function toggleColumn(list: CrmLeadsList, label: string): Promise<void> {
  await openMenu(list);
  columnBox(list, label).click();
  await list.updateComplete;
}

const storedKeys = () => Object.keys(localStorage).filter((key) => key.startsWith('mindbrite-crm:leads-list:'));

describe('crm-leads-list columns', function () {
  // Generous: these suites share two cores with other suites, and axe over a page of rows is slow there.
  this.timeout(20_000);
  useMockCrm();
  beforeEach(() => storedKeys().forEach((key) => localStorage.removeItem(key)));
  afterEach(() => storedKeys().forEach((key) => localStorage.removeItem(key)));

  it('shows the columns the host lists, in its order, ignoring unknown ids', async () => {
    const list = await settledList(html`<crm-leads-list .client=${mockClient()} columns="email, name,nope,status"></crm-leads-list>`);
    expect(headers(list)).to.deep.equal(['Email', 'Name', 'Status']);
    const [email, name] = cellTexts(list)[0]!;
    expect(email).to.contain('@');
    expect(name).to.match(/\S+ \S+/);
  });

  it('lets the user hide and show columns from a labelled menu, keeping at least one', async () => {
    const list = await settledList(html`<crm-leads-list .client=${mockClient()} columns="name,email"></crm-leads-list>`);
    await openMenu(list);
    expect(menu(list).matches(':popover-open')).to.equal(true);
    expect(menu(list).querySelector('legend')!.textContent).to.equal('Columns to show');
    expect([...menu(list).querySelectorAll('label')].map((item) => item.textContent!.trim())).to.deep.equal(['Name', 'Email']);
    await expect(list).to.be.accessible();

    await toggleColumn(list, 'Email');
    expect(headers(list)).to.deep.equal(['Name']);
    expect(columnBox(list, 'Name').disabled, 'the last column cannot be hidden').to.equal(true);
    await toggleColumn(list, 'Email');
    expect(headers(list)).to.deep.equal(['Name', 'Email']);
  });

  it('shows every column the user chose, and only those, at a medium width', async () => {
    const list = await settledList(html`<crm-leads-list .client=${mockClient()} style="width: 760px"></crm-leads-list>`);
    const visible = () =>
      [...shadow(list).querySelectorAll<HTMLElement>('thead th .sort')]
        .filter((sort) => getComputedStyle(sort.closest('th')!).display !== 'none')
        .map((sort) => sort.textContent!.replace(/[▲▼↕]/g, '').trim());
    expect(visible(), 'every column, the table scrolling sideways').to.deep.equal(['Name', 'Company', 'Email', 'Phone', 'Status', 'Source', 'Created']);
    for (const label of ['Name', 'Company', 'Email', 'Status']) await toggleColumn(list, label);
    expect(visible(), 'what is still checked is shown').to.deep.equal(['Phone', 'Source', 'Created']);
    const cells = [...shadow(list).querySelector('tbody tr')!.querySelectorAll<HTMLElement>('td[part="cell"]')];
    expect(cells.filter((cell) => getComputedStyle(cell).display !== 'none')).to.have.length(3);
  });

  it('remembers the choice per storage-key, storing only column ids', async () => {
    const first = await settledList(html`<crm-leads-list .client=${mockClient()} storage-key="front-desk"></crm-leads-list>`);
    await toggleColumn(first, 'Phone');
    await toggleColumn(first, 'Source');
    expect(storedKeys()).to.deep.equal(['mindbrite-crm:leads-list:front-desk:columns']);
    expect(JSON.parse(localStorage.getItem(storedKeys()[0]!)!)).to.deep.equal(['name', 'company', 'email', 'status', 'created']);

    const again = await settledList(html`<crm-leads-list .client=${mockClient()} storage-key="front-desk"></crm-leads-list>`);
    expect(headers(again)).to.deep.equal(['Name', 'Company', 'Email', 'Status', 'Created']);
    const other = await settledList(html`<crm-leads-list .client=${mockClient()} storage-key="billing"></crm-leads-list>`);
    expect(headers(other)).to.have.length(7);
  });

  it('stores nothing without a storage-key, and survives a corrupt stored entry', async () => {
    const list = await settledList(html`<crm-leads-list .client=${mockClient()}></crm-leads-list>`);
    await toggleColumn(list, 'Phone');
    expect(headers(list)).not.to.include('Phone');
    expect(storedKeys()).to.deep.equal([]);

    localStorage.setItem('mindbrite-crm:leads-list:broken:columns', '{not json');
    const broken = await settledList(html`<crm-leads-list .client=${mockClient()} storage-key="broken"></crm-leads-list>`);
    expect(headers(broken)).to.have.length(7);
  });
});
