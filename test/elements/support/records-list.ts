// Driving a records list (<crm-leads-list>, <crm-contacts-list>) as a user would: find its
// controls by their visible labels, read what its table shows, and wait for the list to settle.
import { http } from 'msw';
import { crm } from './mock-crm.js';
import { expect, fixtureSync, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../packages/crm-elements/src/contacts-list/crm-contacts-list.js';
import '../../../packages/crm-elements/src/leads-list/crm-leads-list.js';
import type { CrmContactsList } from '../../../packages/crm-elements/src/contacts-list/crm-contacts-list.js';
import type { CrmLeadsList } from '../../../packages/crm-elements/src/leads-list/crm-leads-list.js';

export type { CrmContactsList, CrmLeadsList };

/** The element's shadow root. */
export const shadow = (list: HTMLElement): ShadowRoot => list.shadowRoot!;

/** The record rows (the `<tr>`s of the table body; not the loading state's empty ones). */
export const rows = (list: HTMLElement): HTMLTableRowElement[] => [...shadow(list).querySelectorAll<HTMLTableRowElement>('tbody tr[data-id]')];

/** The text of each data cell of each row, without the checkbox and action cells. */
export const cellTexts = (list: HTMLElement): string[][] =>
  rows(list).map((row) => [...row.querySelectorAll('td[part="cell"]')].map((cell) => cell.textContent!.trim()));

/** The name column's text of each row. */
export const names = (list: HTMLElement): string[] =>
  rows(list).map((row) => row.querySelector('td[part="cell"]')!.textContent!.trim());

/** The column headers' visible labels. */
export const headers = (list: HTMLElement): string[] =>
  [...shadow(list).querySelectorAll('thead th .sort')].map((button) => button.textContent!.replace(/[▲▼↕]/g, '').trim());

/** A button by its visible text or accessible name. */
export function button(root: ParentNode, name: string | RegExp): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((candidate) => {
    const label = `${candidate.getAttribute('aria-label') ?? ''} ${candidate.textContent ?? ''}`;
    return typeof name === 'string' ? label.includes(name) : name.test(label);
  });
  if (!found) throw new Error(`No button named ${String(name)}`);
  return found;
}

/** A form control by the text of its label. */
export function control<T extends HTMLInputElement | HTMLSelectElement>(list: HTMLElement, label: string): T {
  for (const labelElement of shadow(list).querySelectorAll('label')) {
    if (!labelElement.textContent!.includes(label)) continue;
    const target = labelElement.control ?? labelElement.querySelector('input, select');
    if (target) return target as T;
  }
  throw new Error(`No control labelled ${label}`);
}

/** Chooses `value` in a select, as a user does. */
export function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Types `text` into the search box, one keystroke at a time. */
export function typeSearch(list: HTMLElement, text: string): void {
  const input = shadow(list).querySelector<HTMLInputElement>('input[type="search"]')!;
  for (let end = 1; end <= text.length; end++) {
    input.value = text.slice(0, end);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
}

/** Whether the list has settled: no request in flight, and a table, empty state or error showing. */
export function settled(list: HTMLElement): boolean {
  const root = shadow(list);
  if (root.querySelector('table[aria-busy="true"], [part="skeleton"]')) return false;
  return Boolean(root.querySelector('table, [part="empty"], [part="error"]'));
}

/**
 * `waitUntil` with room for a busy machine: the tests share two cores with other suites, and an
 * action that takes a few requests can need more than `waitUntil`'s default second.
 */
export const waitFor = <T>(predicate: () => T, message: string, options: { timeout?: number; interval?: number } = {}) =>
  waitUntil(predicate, message, { timeout: 8000, ...options });

/** Waits for the update a user action started (and the request it sent) to finish. */
export async function waitForSettled(list: HTMLElement, message = 'the list to settle'): Promise<void> {
  await (list as CrmLeadsList).updateComplete;
  await waitFor(() => settled(list), message);
  await (list as CrmLeadsList).updateComplete;
}

/**
 * Renders `template` (a list, possibly inside other markup) and waits for it to settle.
 * `fixtureSync`, because `fixture` waits for an animation frame when the outer element is not a
 * Lit element, and a test page running in a background tab gets none.
 */
export async function settledList<List extends HTMLElement = CrmLeadsList>(template: TemplateResult): Promise<List> {
  const host = fixtureSync<HTMLElement>(template);
  const list = /^crm-\w+-list$/.test(host.localName) ? host : host.querySelector<HTMLElement>('crm-leads-list, crm-contacts-list')!;
  await waitForSettled(list);
  return list as List;
}

/** The mock's leads in the list's default order (newest first; the mock breaks ties by id). */
export function leadsNewestFirst() {
  return crm.db.leads.all().sort((a, b) => b.created_at.localeCompare(a.created_at) || a.id - b.id);
}

/** The live region's current announcement. */
export const announcement = (list: HTMLElement): string =>
  shadow(list).querySelector('.announcer')!.textContent!.trim();

export { expect };

/**
 * Holds the list requests (of `resource`) that arrive until `release()` (then the mock answers
 * them normally). Unlike the mock's `hang` scenario, held requests can always be let go, so the
 * worker can stop.
 * @example
 * const held = holdLeadRequests();
 * try { …assert the loading state… } finally { held.release(); }
 */
export function holdLeadRequests(filter: (url: URL) => boolean = () => true, resource = 'leads') {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  crm.use(
    http.get(`${crm.baseUrl}/${resource}`, async ({ request }) => {
      if (!filter(new URL(request.url))) return undefined;
      held += 1;
      await gate;
      return undefined;
    }),
  );
  return {
    release,
    get held() {
      return held;
    },
  };
}

/** The header's select-all checkbox. */
export const selectAll = (list: HTMLElement) => shadow(list).querySelector<HTMLInputElement>('thead input[type="checkbox"]')!;
export const rowBox = (row: HTMLTableRowElement) => row.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
export const bulkBar = (list: HTMLElement) => shadow(list).querySelector<HTMLElement>('[part="bulk-actions"]');
export const dialog = (list: HTMLElement) => shadow(list).querySelector('dialog')!;
export const notice = (list: HTMLElement) => shadow(list).querySelector<HTMLElement>('[part="notice"]');
export const idOf = (row: HTMLTableRowElement) => Number(row.dataset.id);

/** Ticks the first `count` rows, waits for the bulk bar, and gives their ids. */
export async function select(list: HTMLElement & { updateComplete: Promise<boolean> }, count: number): Promise<number[]> {
  const picked = rows(list).slice(0, count);
  for (const row of picked) rowBox(row).click();
  await list.updateComplete;
  // The bulk actions load with the first selection.
  await waitFor(() => bulkBar(list), 'the bulk actions');
  return picked.map(idOf);
}

/** Captures the files the page hands to the browser as downloads, instead of downloading them. */
export function captureDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  const createObjectURL = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob) => {
    const url = createObjectURL.call(URL, blob);
    blobs.set(url, blob as Blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) files.push({ name: this.download, blob });
    else click.call(this);
  };
  return {
    files,
    restore() {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

/** Splits CSV text into rows of cells (quoted cells, doubled quotes, CRLF line ends). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  return rows;
}

/** The records of a downloaded CSV file (`Blob.text()` drops the BOM, as UTF-8 decoding does). */
export const csvRecords = async (file: Blob) => parseCsv(await file.text()).slice(1);

/** Whether the confirmation dialog is open (it loads with the list's actions, on first use). */
export const confirmOpen = (list: HTMLElement) => Boolean(shadow(list).querySelector<HTMLDialogElement>('dialog.confirm')?.open);

/** A person's name as the list shows it. */
export const fullName = (person: { first_name: string; last_name: string }) => `${person.first_name} ${person.last_name}`;

/** Waits for the confirmation, and answers it with the button labelled `label`. */
export async function answer(list: HTMLElement, label: string): Promise<void> {
  await waitFor(() => confirmOpen(list), 'the confirmation dialog');
  button(shadow(list).querySelector('dialog.confirm')!, label).click();
}

/** The open menu of a row's other actions, if any. */
export const rowMenu = (list: HTMLElement) => shadow(list).querySelector<HTMLElement>('[part="row-menu"]:popover-open');

/** Opens the menu of `row`'s other actions, as a user does, and waits for it. */
export async function openRowMenu(list: HTMLElement, row: HTMLTableRowElement): Promise<HTMLElement> {
  row.querySelector<HTMLButtonElement>('[data-action="menu"]')!.click();
  await waitFor(() => rowMenu(list), 'the row\'s menu');
  return rowMenu(list)!;
}

/** The labels of a row's menu items, once it is open. */
export const menuItems = (menu: HTMLElement) => [...menu.querySelectorAll('[role="menuitem"]')].map((item) => item.textContent!.trim());

/** Chooses `label` in the menu of `row`'s other actions (Delete, Convert to contact, …). */
export async function rowAction(list: HTMLElement, row: HTMLTableRowElement, label: string): Promise<void> {
  const menu = await openRowMenu(list, row);
  const item = [...menu.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')].find((candidate) => candidate.textContent!.trim() === label);
  if (!item) throw new Error(`The row's menu has no ${label}: ${menuItems(menu).join(', ')}`);
  item.click();
}
