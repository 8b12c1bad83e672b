import '@mindbrite/crm-elements/crm-contacts-list.js';
import { CONTACT_SORT_FIELDS, CONTACT_STATUSES, LEAD_SOURCES } from '@mindbrite/crm-client';
import type { CrmMock } from '@mindbrite/crm-mocks';
import { expect, waitFor } from 'storybook/test';
import preview from '../.storybook/preview.js';
import { attributeArgTypes, renderElement } from './support/element-story.js';
import { mockCrm } from './support/mock-crm.js';
import { listStates, rows } from './support/records-list.js';
import { findInShadow, findText } from './support/shadow.js';

const meta = preview.meta({
  title: 'Elements/crm-contacts-list',
  component: 'crm-contacts-list',
  argTypes: attributeArgTypes('crm-contacts-list', {
    status: { control: 'select', options: ['', ...CONTACT_STATUSES] },
    source: { control: 'select', options: ['', ...LEAD_SOURCES] },
    sort: { control: 'select', options: [...CONTACT_SORT_FIELDS] },
    order: { control: 'inline-radio', options: ['asc', 'desc'] },
    'page-size': { control: 'select', options: [10, 25, 50, 100] },
  }),
  render: renderElement('crm-contacts-list'),
  beforeEach: mockCrm(),
});
export default meta;

const states = listStates('crm-contacts-list', 'contacts');
const { rowsShown } = states;

/**
 * Contacts a designer must see hold up: long and non-Latin names and positions, a status and a
 * source the SDK does not know (shown as sent), and no company or position at all.
 */
function seedHardContacts(crm: CrmMock) {
  const base = { phone: '+1 555 010 0100', source: 'referral', notes: null } as const;
  for (const contact of crm.db.contacts.all()) crm.db.contacts.delete(contact.id);
  crm.db.contacts.insert({
    ...base,
    first_name: 'Maximilian-Alexander Konstantin',
    last_name: 'Wolfeschlegelsteinhausenbergerdorff',
    email: 'maximilian.wolfeschlegelsteinhausenbergerdorff@interdisziplinaeres-zentrum.example.org',
    company: 'Interdisziplinäres Zentrum für Allgemein- und Familienmedizin GmbH',
    position: 'Leitender Oberarzt für Allgemeinmedizin und Palliativversorgung',
    status: 'active',
  });
  crm.db.contacts.insert({ ...base, first_name: 'ليلى', last_name: 'الحسيني', email: 'layla@example.org', company: 'عيادة النور للأسرة', position: 'مديرة العيادة', status: 'prospect' });
  crm.db.contacts.insert({ ...base, first_name: '美咲', last_name: '佐藤', email: 'misaki@example.org', company: null, position: null, status: 'on_hold', source: 'tv_ad' });
}

export const Populated = meta.story(states.populated);
export const Loading = meta.story(states.loading);
export const Empty = meta.story(states.empty);
export const NoMatches = meta.story(states.noMatches);
export const LoadError = meta.story(states.loadError);
export const SlowServer = meta.story(states.slowServer);

export const LongNamesAndUnknownValues = meta.story({
  beforeEach: mockCrm({ prepare: seedHardContacts }),
  play: async (context) => {
    const list = await rowsShown(context);
    await findText(list, 'Wolfeschlegelsteinhausenbergerdorff');
    await findText(list, 'On hold');
    await states.staysInPage();
  },
});

export const FilteredAndSorted = meta.story({
  args: { status: 'active', sort: 'last_name', order: 'asc' },
  play: async (context) => {
    const list = await rowsShown(context);
    await findInShadow(list, '[part="header"][aria-sort="ascending"]');
  },
});

export const ChosenColumns = meta.story({
  args: { columns: 'name,company,position,status' },
  play: async (context) => {
    const list = await rowsShown(context);
    await expect(rows(list)[0]!.querySelectorAll('[part="cell"]')).toHaveLength(4);
  },
});

export const RowsSelected = meta.story(states.rowsSelected);

export const BulkDeleteConfirmation = meta.story(states.bulkDeleteConfirmation);

export const ColumnChooserOpen = meta.story(states.columnChooserOpen);

export const ExportInProgress = meta.story(states.exportInProgress);

export const EditInDialog = meta.story({
  play: async (context) => {
    const list = await rowsShown(context);
    rows(list)[0]!.querySelector<HTMLButtonElement>('[data-action="edit"]')!.click();
    const dialog = await findInShadow(list, 'crm-contact-dialog');
    await waitFor(() => expect(dialog.shadowRoot?.querySelector('dialog[open]')).toBeTruthy());
  },
});

export const RecordView = meta.story(states.recordView);

/** A row's "Schedule follow-up": the follow-up dialog, loaded on first use, with the row's contact. */
export const ScheduleFollowUp = meta.story({
  play: async (context) => {
    const list = await rowsShown(context);
    rows(list)[0]!.querySelector<HTMLButtonElement>('[data-action="menu"]')!.click();
    (await findInShadow<HTMLButtonElement>(list, '[part="row-menu"] [data-item="schedule"]')).click();
    const dialog = await findInShadow(list, 'crm-follow-up-dialog');
    await waitFor(() => expect(dialog.shadowRoot?.querySelector('dialog[open]')).toBeTruthy());
  },
});

export const NarrowContainer = meta.story(states.narrowContainer);

export const WideContainer = meta.story(states.wideContainer);

export const DarkTheme = meta.story(states.darkTheme);
export const BrandTheme = meta.story(states.brandTheme);

export const RightToLeft = meta.story({
  parameters: { frame: { dir: 'rtl', lang: 'ar' } },
  beforeEach: mockCrm({ prepare: seedHardContacts }),
  play: async (context) => {
    const list = await rowsShown(context);
    await findText(list, 'الحسيني');
  },
});
