// The states every records list (<crm-leads-list>, <crm-contacts-list>) shows a designer, as story
// settings: each list's stories file spreads them into its `meta.story({ … })`, so both lists show
// the same states, checked the same way.
import { http } from 'msw';
import { expect } from 'storybook/test';
import { mockCrm, storyApiBase } from './mock-crm.js';
import { findElement, findInShadow, findText } from './shadow.js';

type ListTag = 'crm-leads-list' | 'crm-contacts-list';
type PlayContext = { canvasElement: HTMLElement; id: string; msw: { use: (...handlers: ReturnType<typeof http.get>[]) => void } };

/** The rows a list shows. */
export const rows = (list: HTMLElement) => [...list.shadowRoot!.querySelectorAll<HTMLTableRowElement>('[part="row"]')];

/** Ticks the checkbox of each of the first `count` rows, as a user would. */
export const selectRows = (list: HTMLElement, count: number) => {
  for (const row of rows(list).slice(0, count)) row.querySelector<HTMLInputElement>('[data-select]')!.click();
};

/**
 * The story settings of a list's states, for the list `tag` over the collection `resource`.
 * @example
 * const states = listStates('crm-contacts-list', 'contacts');
 * export const Loading = meta.story(states.loading);
 */
export function listStates(tag: ListTag, resource: 'leads' | 'contacts') {
  /** Waits for the table's rows; returns the list. */
  const rowsShown = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const list = await findElement(canvasElement, tag);
    await findInShadow(list, '[part="row"]');
    return list;
  };
  const showsRows = async (context: { canvasElement: HTMLElement }) => {
    await rowsShown(context);
  };
  const shows = (selector: string, timeout?: number) => async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    await findInShadow(await findElement(canvasElement, tag), selector, timeout);
  };
  return {
    rowsShown,
    populated: { play: showsRows },
    loading: { beforeEach: mockCrm({ scenario: { hang: true } }), play: shows('[part="skeleton"]') },
    empty: { beforeEach: mockCrm({ scenario: { empty: true } }), play: shows('[part="empty"]') },
    noMatches: { args: { search: 'Zyxwvutsrq' }, play: shows('[part="empty"] button') },
    // The client retries a 503 with backoff before the list gives up.
    loadError: { beforeEach: mockCrm({ scenario: { error: { status: 503, routes: [`GET /${resource}`] } } }), play: shows('[part="error"] [part="retry"]', 10_000) },
    // The CRM never answers; after `slow-after` ms the list says it is still waiting and offers Cancel.
    slowServer: {
      args: { 'slow-after': 300 },
      beforeEach: mockCrm({ scenario: { hang: { routes: [`GET /${resource}`] } } }),
      play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
        const list = await findElement(canvasElement, tag);
        await findInShadow(list, '[part="slow"] button');
        await findText(list, 'Still waiting for the CRM');
      },
    },
    rowsSelected: {
      play: async (context: PlayContext) => {
        const list = await rowsShown(context);
        selectRows(list, 3);
        await findInShadow(list, '[part="bulk-actions"]');
      },
    },
    bulkDeleteConfirmation: {
      play: async (context: PlayContext) => {
        const list = await rowsShown(context);
        selectRows(list, 2);
        (await findInShadow(list, '[part="bulk-actions"] .button.danger')).click();
        await findInShadow(list, 'dialog[part="dialog"][open]');
      },
    },
    /** A row chosen: the read-only view of its record, titled with its name, with Edit and the row's other actions. */
    recordView: {
      play: async (context: PlayContext) => {
        const list = await rowsShown(context);
        rows(list)[0]!.querySelector<HTMLElement>('[part="cell"]')!.click();
        // Its code loads with the row actions, on the first row chosen.
        await findInShadow(list, 'dialog[part="record-view"][open] [part="record-view-actions"] button');
      },
    },
    columnChooserOpen: {
      play: async (context: PlayContext) => {
        const list = await rowsShown(context);
        (await findInShadow<HTMLButtonElement>(list, 'button[popovertarget="column-menu"]')).click();
        // Its checkboxes load as the menu first opens.
        await findInShadow(list, '[part="column-menu"]:popover-open input');
      },
    },
    exportInProgress: {
      play: async (context: PlayContext) => {
        const list = await rowsShown(context);
        // The export's pages never arrive, so its progress and its cancel button stay on screen.
        context.msw.use(http.get(`${storyApiBase(context.id)}/${resource}`, () => new Promise<never>(() => {})));
        (await findInShadow<HTMLButtonElement>(list, '[part="export"] button')).click();
        await findInShadow(list, '[part="export"] progress');
      },
    },
    narrowContainer: { parameters: { frame: { width: '300px' } }, play: showsRows },
    wideContainer: { parameters: { frame: { width: '1400px' } }, play: showsRows },
    darkTheme: {
      parameters: { frame: { theme: 'dark' } },
      play: async (context: PlayContext) => {
        const list = await rowsShown(context);
        selectRows(list, 2);
        await findInShadow(list, '[part="bulk-actions"]');
      },
    },
    brandTheme: { parameters: { frame: { theme: 'brand' } }, play: showsRows },
    /** Nothing pushes the host page sideways. */
    staysInPage: async () => expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth),
  };
}
