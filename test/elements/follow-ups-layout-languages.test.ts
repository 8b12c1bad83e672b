// The layout test (support/layout-run.ts) and the language test (support/language-run.ts) of
// <crm-follow-ups>, over the same states: one file, so the states are written once. The mock's
// seed puts open follow-ups around now (overdue, today, in 8 minutes…), so the loaded states show
// every group and the reminder of the one coming due.
import '@mindbrite/crm-elements/crm-follow-ups.js';
import type { CrmElement } from '@mindbrite/crm-elements';
import { languageSuite } from './support/language-run.js';
import { layoutSuite, type Subject } from './support/layout-run.js';
import { crm, mockClient } from './support/mock-crm.js';
import { waitFor } from './support/records-list.js';

const root = (agenda: CrmElement) => agenda.shadowRoot!;

function create(): CrmElement {
  // Each reminder is raised once per browser profile: forgotten here, so every state shows it.
  localStorage.removeItem('crm-follow-up-reminders');
  const agenda = document.createElement('crm-follow-ups');
  agenda.client = mockClient();
  return agenda;
}

/** Settled: the agenda, its empty state or its error, and no load under way. */
const settled = (agenda: CrmElement) =>
  waitFor(
    () => agenda.hasUpdated && root(agenda).querySelector('.root[aria-busy="false"]') && root(agenda).querySelector('.root :is(.agenda:not(.places), [part="empty"], [part="error"])'),
    'the agenda never settled',
  );

const subjects: Subject[] = [
  {
    name: 'with the seeded follow-ups, a reminder, Completed expanded and a description shown',
    create,
    ready: async (agenda) => {
      await settled(agenda);
      await waitFor(() => root(agenda).querySelector('[part="reminder"]'), 'no reminder came');
      root(agenda).querySelector<HTMLButtonElement>('[part="toggle"]')?.click();
      await agenda.updateComplete;
      root(agenda).querySelector('details')?.setAttribute('open', '');
    },
  },
  {
    name: 'with the outcome field open',
    create,
    ready: async (agenda) => {
      await settled(agenda);
      root(agenda).querySelector<HTMLButtonElement>('[part="complete"]')!.click();
      await waitFor(() => root(agenda).querySelector('[part="item-form"]'), 'the outcome field never opened');
    },
  },
  {
    name: 'empty',
    create: () => {
      crm.db.followUps.load([]);
      return create();
    },
    ready: settled,
  },
  {
    name: 'after a failed load',
    create: () => {
      crm.scenario.set({ error: { status: 500, routes: ['GET /follow-ups'] } });
      return create();
    },
    ready: settled,
  },
];

layoutSuite('<crm-follow-ups>', subjects);
languageSuite('<crm-follow-ups>', subjects);
