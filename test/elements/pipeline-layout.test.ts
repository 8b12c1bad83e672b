// The layout test (support/layout-run.ts) and the language test (support/language-run.ts) of
// <crm-pipeline>, over the same states: one file, so the states are written once.
import '@mindbrite/crm-elements/crm-pipeline.js';
import type { CrmElement } from '@mindbrite/crm-elements';
import { http, HttpResponse } from 'msw';
import { languageSuite } from './support/language-run.js';
import { layoutSuite, type Subject } from './support/layout-run.js';
import { crm, mockClient } from './support/mock-crm.js';
import { waitFor } from './support/records-list.js';

const root = (board: CrmElement) => board.shadowRoot!;

function create(): CrmElement {
  const board = document.createElement('crm-pipeline');
  board.client = mockClient();
  return board;
}

/** Settled: the board, its empty state or its error, and no load under way. */
const settled = (board: CrmElement) =>
  waitFor(
    () => board.hasUpdated && root(board).querySelector('.root[aria-busy="false"]') && root(board).querySelector('[part="board"], [part="empty"], [part="error"]'),
    'the board never settled',
  );

const subjects: Subject[] = [
  { name: 'with the seeded opportunities', create, ready: settled },
  {
    name: 'with a closed column expanded, after a move the CRM refused',
    create: () => {
      crm.use(http.put(`${crm.baseUrl}/opportunities/:id`, () => HttpResponse.json({ message: 'No.' }, { status: 500 })));
      return create();
    },
    ready: async (board) => {
      await settled(board);
      root(board).querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
      root(board).querySelector<HTMLButtonElement>('[part="move"]')!.click();
      await waitFor(() => root(board).querySelector('[role="menuitem"]'), 'the move menu never opened');
      root(board).querySelector<HTMLButtonElement>('[role="menuitem"]')!.click();
      await waitFor(() => root(board).querySelector('[part="move-error"]'), 'the failure was never said');
    },
  },
  {
    name: 'empty',
    create: () => {
      crm.db.opportunities.load([]);
      return create();
    },
    ready: settled,
  },
  {
    name: 'after a failed load',
    create: () => {
      crm.scenario.set({ error: { status: 500, routes: ['GET /opportunities'] } });
      return create();
    },
    ready: settled,
  },
];

layoutSuite('<crm-pipeline>', subjects);
languageSuite('<crm-pipeline>', subjects);
