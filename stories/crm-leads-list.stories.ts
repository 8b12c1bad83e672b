import '@mindbrite/crm-elements/crm-leads-list.js';
import { LEAD_SORT_FIELDS, LEAD_SOURCES, LEAD_STATUSES } from '@mindbrite/crm-client';
import type { CrmMock } from '@mindbrite/crm-mocks';
import { http, HttpResponse } from 'msw';
import { expect, waitFor } from 'storybook/test';
import preview from '../.storybook/preview.js';
import { attributeArgTypes, renderElement } from './support/element-story.js';
import { mockCrm, type MockCrmSetup } from './support/mock-crm.js';
import { listStates, rows, selectRows } from './support/records-list.js';
import { findElement, findInShadow, findText } from './support/shadow.js';

const meta = preview.meta({
  title: 'Elements/crm-leads-list',
  component: 'crm-leads-list',
  argTypes: attributeArgTypes('crm-leads-list', {
    status: { control: 'select', options: ['', ...LEAD_STATUSES] },
    source: { control: 'select', options: ['', ...LEAD_SOURCES] },
    sort: { control: 'select', options: [...LEAD_SORT_FIELDS] },
    order: { control: 'inline-radio', options: ['asc', 'desc'] },
    'page-size': { control: 'select', options: [10, 25, 50, 100] },
    mode: { control: 'inline-radio', options: ['pages', 'scroll'] },
  }),
  render: renderElement('crm-leads-list'),
  beforeEach: mockCrm(),
});
export default meta;

const states = listStates('crm-leads-list', 'leads');
const { rowsShown } = states;

/** Names a designer must see hold up: very long, with diacritics, and in non-Latin scripts. */
const hardNames: Array<[first: string, last: string, company: string]> = [
  ['Maximilian-Alexander Konstantin', 'Wolfeschlegelsteinhausenbergerdorff', 'Interdisziplinäres Zentrum für Allgemein- und Familienmedizin GmbH'],
  ['Þórunn', 'Guðmundsdóttir', 'Heilsugæslan Höfða'],
  ['Nguyễn', 'Thị Minh Khai', 'Phòng khám Đa khoa Quốc tế'],
  ['ليلى', 'الحسيني', 'عيادة النور للأسرة'],
  ['美咲', '佐藤', '東京ファミリークリニック'],
  ['Σωκράτης', 'Παπαδόπουλος', 'Ιατρείο Αθηνών'],
  ['Александра', 'Иванова-Петрова', 'Семейная клиника «Здоровье»'],
  ['प्रिया', 'शर्मा', 'आरोग्य परिवार क्लिनिक'],
  ['서연', '김', '서울 가정의학과'],
  ['Siobhán', "Ní Dhomhnaill-O'Sullivan", ''],
];

/** Replaces the seeded leads with the hard names (statistics and contacts stay seeded). */
function seedHardNames(crm: CrmMock) {
  for (const lead of crm.db.leads.all()) crm.db.leads.delete(lead.id);
  hardNames.forEach(([first_name, last_name, company], index) =>
    crm.db.leads.insert({
      first_name,
      last_name,
      company,
      email: `patient${index + 1}@example.org`,
      phone: `+1 555 010 ${String(index).padStart(4, '0')}`,
      status: LEAD_STATUSES[index % LEAD_STATUSES.length]!,
      source: LEAD_SOURCES[index % LEAD_SOURCES.length]!,
      pipeline_id: 1,
      notes: null,
      assigned_to: null,
    }),
  );
}

export const Populated = meta.story(states.populated);
export const Loading = meta.story(states.loading);
export const Empty = meta.story(states.empty);
export const NoMatches = meta.story(states.noMatches);
export const LoadError = meta.story(states.loadError);
export const SlowServer = meta.story(states.slowServer);

/**
 * A page as a faulty backend sends it: a second patient under an id already on the page, and a
 * record with `last_name: null`. Each id is shown once (the first), the invalid record is left out,
 * the note counts both, and `crm-warning` (Actions panel) reports their ids and field paths.
 */
const servePageWithBadRecords: NonNullable<MockCrmSetup['prepare']> = (crm, { msw }) => {
  const newest = crm.db.leads
    .all()
    .sort((a, b) => b.created_at.localeCompare(a.created_at))
    .slice(0, 10);
  const [, second, , , fifth] = newest;
  const data: unknown[] = [...newest];
  // Another patient under the second row's id, right after it.
  data.splice(2, 0, { ...second, first_name: 'Zoë', last_name: 'Kierkegaard', email: 'zoe.kierkegaard@example.org' });
  // A required field the backend left empty.
  data[data.indexOf(fifth)] = { ...fifth, last_name: null };
  msw.use(http.get(`${crm.baseUrl}/leads`, () => HttpResponse.json({ data, total: newest.length })));
};

export const RecordsNotShown = meta.story({
  beforeEach: mockCrm({ prepare: servePageWithBadRecords }),
  play: async (context) => {
    const list = await rowsShown(context);
    await findInShadow(list, '[part="problems"]');
    await findText(list, /2 records could not be shown/);
    await expect(list.shadowRoot!.textContent).not.toContain('Kierkegaard');
    await waitFor(() => expect(rows(list)).toHaveLength(9));
  },
});

/** 100,000 characters without a break. */
const endlessName = 'Wolfeschlegelsteinhausenbergerdorff'.repeat(Math.ceil(100_000 / 35)).slice(0, 100_000);

/** Text that would break the page or disguise itself, stored as a hostile backend would. */
function seedHostileText(crm: CrmMock) {
  const base = { phone: '+1 555 010 0199', source: 'website' as const, pipeline_id: 1, notes: null, assigned_to: null };
  crm.db.leads.insert({ ...base, first_name: endlessName, last_name: 'Long', company: endlessName, email: 'long@example.org', status: 'new' });
  // Reads "order Bidiexe.png" if the overrides take effect.
  crm.db.leads.insert({
    ...base,
    first_name: '\u202Eredro\u202C Bidi\u202Egnp.exe',
    last_name: 'Override\u202E',
    company: '\u2067Clinic\u2069 \u0000\u0007\u001B[31mControl',
    email: 'bidi@example.org',
    status: 'new',
  });
  crm.db.leads.insert({
    ...base,
    first_name: 'Status',
    last_name: 'Unknown',
    company: 'Huge status key',
    email: 'status@example.org',
    status: 'awaiting_'.repeat(556).slice(0, 5000),
  });
}

export const HostileText = meta.story({
  beforeEach: mockCrm({ prepare: seedHostileText }),
  play: async (context) => {
    const list = await rowsShown(context);
    await findText(list, 'Bidi');
    await states.staysInPage();
  },
});

export const FilteredAndSorted = meta.story({
  args: { status: 'qualified', source: 'referral', sort: 'last_name', order: 'asc' },
  play: async (context) => {
    const list = await rowsShown(context);
    await findInShadow(list, '[part="header"][aria-sort="ascending"]');
  },
});

export const ManyRows = meta.story({
  args: { 'page-size': 100 },
  beforeEach: mockCrm({ leads: 400 }),
  play: async (context) => {
    const list = await rowsShown(context);
    await waitFor(() => expect(rows(list)).toHaveLength(100));
  },
});

/** A thousand leads under one scroll: only the rows in view are in the page; pages load as they come into view. */
export const ScrollMode = meta.story({
  args: { mode: 'scroll', 'page-size': 50 },
  beforeEach: mockCrm({ leads: 1000 }),
  play: async (context) => {
    const list = await rowsShown(context);
    await findInShadow(list, 'table[aria-rowcount="1001"]');
    await findInShadow(list, 'tr.spacer');
    await waitFor(() => expect(rows(list).length).toBeLessThan(40));
  },
});

export const LongAndNonLatinNames = meta.story({
  beforeEach: mockCrm({ prepare: seedHardNames }),
  play: async (context) => {
    const list = await rowsShown(context);
    await findText(list, 'Wolfeschlegelsteinhausenbergerdorff');
    await findText(list, '東京ファミリークリニック');
  },
});

export const ChosenColumns = meta.story({
  args: { columns: 'name,status,created' },
  play: async (context) => {
    const list = await rowsShown(context);
    await expect(rows(list)[0]!.querySelectorAll('[part="cell"]')).toHaveLength(3);
  },
});

export const RowsSelected = meta.story(states.rowsSelected);

export const BulkDeleteConfirmation = meta.story(states.bulkDeleteConfirmation);

export const BulkDeletePartlyFailed = meta.story({
  beforeEach: mockCrm({
    prepare: (crm, { msw }) => {
      // The newest lead (first on the page) is locked; the others delete normally.
      const newest = Math.max(...crm.db.leads.all().map((lead) => lead.id));
      msw.use(
        http.delete(`${crm.baseUrl}/leads/${newest}`, () =>
          HttpResponse.json({ message: 'This lead is linked to an appointment.' }, { status: 409 }),
        ),
      );
    },
  }),
  play: async (context) => {
    const list = await rowsShown(context);
    selectRows(list, 3);
    (await findInShadow(list, '[part="bulk-actions"] .button.danger')).click();
    (await findInShadow<HTMLButtonElement>(list, 'dialog[part="dialog"][open] button[value="confirm"]')).click();
    await findInShadow(list, '[part="notice"] li');
  },
});

export const ColumnChooserOpen = meta.story(states.columnChooserOpen);

export const ExportInProgress = meta.story(states.exportInProgress);

export const EditInDialog = meta.story({
  play: async (context) => {
    const list = await rowsShown(context);
    rows(list)[0]!.querySelector<HTMLButtonElement>('[data-action="edit"]')!.click();
    const dialog = await findInShadow(list, 'crm-lead-dialog');
    const form = await findInShadow(dialog, 'crm-lead-form');
    await findInShadow(form, 'form[aria-label="Edit lead"]:not([inert])');
  },
});

export const RecordView = meta.story(states.recordView);

/** A row's "Schedule follow-up" on a lead not converted yet: the conversion's confirmation comes first. */
export const ScheduleFollowUpConvertsFirst = meta.story({
  args: { status: 'new' },
  play: async (context) => {
    const list = await rowsShown(context);
    rows(list)[0]!.querySelector<HTMLButtonElement>('[data-action="menu"]')!.click();
    (await findInShadow<HTMLButtonElement>(list, '[part="row-menu"] [data-item="schedule"]')).click();
    await findInShadow(list, 'dialog.confirm[open]');
  },
});

export const NarrowContainer = meta.story(states.narrowContainer);

export const WideContainer = meta.story(states.wideContainer);

export const DarkTheme = meta.story(states.darkTheme);

export const BrandTheme = meta.story(states.brandTheme);

/** The host page in French (Canada). The toolbar's Language switch does this for any story. */
export const InFrench = meta.story({
  parameters: { frame: { lang: 'fr-CA' } },
  play: async (context) => {
    const list = await findElement(context.canvasElement, 'crm-leads-list');
    await findText(list, 'Rechercher des prospects');
  },
});

export const RightToLeft = meta.story({
  parameters: { frame: { dir: 'rtl', lang: 'ar' } },
  beforeEach: mockCrm({ prepare: seedHardNames }),
  play: async (context) => {
    const list = await rowsShown(context);
    await findText(list, 'الحسيني');
  },
});
