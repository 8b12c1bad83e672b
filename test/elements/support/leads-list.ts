// Driving <crm-leads-list> as a user would: find its controls by their visible labels, read what
// its table shows, and wait for the list to settle.
import { http } from 'msw';
import { crm } from './mock-crm.js';
import { expect, fixtureSync, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../packages/crm-elements/src/leads-list/crm-leads-list.js';
import type { CrmLeadsList } from '../../../packages/crm-elements/src/leads-list/crm-leads-list.js';

export type { CrmLeadsList };

/** The element's shadow root. */
export const shadow = (list: HTMLElement): ShadowRoot => list.shadowRoot!;

/** The lead rows (the `<tr>`s of the table body). */
export const rows = (list: HTMLElement): HTMLTableRowElement[] => [...shadow(list).querySelectorAll<HTMLTableRowElement>('tbody tr')];

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
 * Renders `template` (a `<crm-leads-list>`, possibly inside other markup) and waits for it to
 * settle. `fixtureSync`, because `fixture` waits for an animation frame when the outer element is
 * not a Lit element, and a test page running in a background tab gets none.
 */
export async function settledList(template: TemplateResult): Promise<CrmLeadsList> {
  const host = fixtureSync<HTMLElement>(template);
  const list = host instanceof HTMLElement && host.localName === 'crm-leads-list' ? host : host.querySelector('crm-leads-list')!;
  await waitForSettled(list);
  return list as CrmLeadsList;
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
 * Holds the list requests that arrive until `release()` (then the mock answers them normally).
 * Unlike the mock's `hang` scenario, held requests can always be let go, so the worker can stop.
 * @example
 * const held = holdLeadRequests();
 * try { …assert the loading state… } finally { held.release(); }
 */
export function holdLeadRequests(filter: (url: URL) => boolean = () => true) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  crm.use(
    http.get(`${crm.baseUrl}/leads`, async ({ request }) => {
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
