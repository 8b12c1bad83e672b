import '@mindbrite/crm-elements/crm-contact-dialog.js';
import type { CrmMock } from '@mindbrite/crm-mocks';
import { expect, waitFor } from 'storybook/test';
import preview from '../.storybook/preview.js';
import { attributeArgTypes } from './support/element-story.js';
import { mockCrm, STORY_NOW } from './support/mock-crm.js';
import { dialogStates, RECORD_ID } from './support/record-form.js';
import { findInShadow, findText } from './support/shadow.js';

const dialogs = dialogStates({
  tag: 'crm-contact-dialog',
  form: 'crm-contact-form',
  labels: { create: 'New contact', edit: 'Edit contact' },
  open: (dialog, contactId) => dialog.open({ contactId }),
});

const meta = preview.meta({
  title: 'Elements/crm-contact-dialog',
  component: 'crm-contact-dialog',
  argTypes: attributeArgTypes('crm-contact-dialog'),
  render: dialogs.render,
  beforeEach: mockCrm(),
});
export default meta;

/** A minute apart, newest first: the history lists the most recent first, so it shows them in the order given. */
const createdAt = (index: number) => new Date(Date.parse(STORY_NOW) - index * 60_000).toISOString();

/** Replaces the opportunities and follow-ups of the contact the stories edit. */
function replaceHistory(
  crm: CrmMock,
  opportunities: Array<[title: string, stage: string, value: number]>,
  followUps: Array<[subject: string, type: string, date: string, done: boolean]>,
) {
  crm.db.opportunities.deleteWhere((row) => row.contact_id === RECORD_ID);
  crm.db.followUps.deleteWhere((row) => row.contact_id === RECORD_ID);
  opportunities.forEach(([title, stage, value], index) =>
    crm.db.opportunities.insert({
      title,
      description: null,
      contact_id: RECORD_ID,
      value,
      stage,
      probability: 40,
      expected_close_date: '2027-03-31',
      created_at: createdAt(index),
    }),
  );
  followUps.forEach(([subject, type, date, completed], index) =>
    crm.db.followUps.insert({
      contact_id: RECORD_ID,
      type,
      subject,
      description: '',
      scheduled_date: date,
      completed,
      completed_date: completed ? date : null,
      created_at: createdAt(index),
    }),
  );
}

/** Two opportunities and two follow-ups, one of them done (dates at 11:00 UTC fall on the same day everywhere). */
const withHistory = mockCrm({
  prepare: (crm) =>
    replaceHistory(
      crm,
      [
        ['Implant consultation', 'proposal', 4800],
        ['Whitening package', 'closed_won', 650],
      ],
      [
        ['Call about the quote', 'call', '2026-11-24T11:00:00Z', false],
        ['Send aftercare leaflet', 'email', '2026-11-12T11:00:00Z', true],
      ],
    ),
});

/** Opens the contact for editing and waits for its history's `count` items; returns the dialog. */
async function historyShown(canvasElement: HTMLElement, count: number) {
  const { dialog } = await dialogs.openDialog(canvasElement, RECORD_ID);
  await waitFor(() => expect(dialog.shadowRoot!.querySelectorAll('[part="history-item"]')).toHaveLength(count));
  return dialog;
}

const showsHistory = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  // Two opportunities and the open follow-up; the one done shows in the activity.
  await historyShown(canvasElement, 3);
};

export const Closed = meta.story(dialogs.closed);
export const CreateContact = meta.story(dialogs.create);

export const EditWithHistory = meta.story({ beforeEach: withHistory, play: showsHistory });

/** The history loads beside the form, which can be edited meanwhile. */
export const HistoryLoading = meta.story({
  beforeEach: mockCrm({ scenario: { hang: { routes: ['GET /opportunities', 'GET /follow-ups'] } } }),
  play: async ({ canvasElement }) => {
    const { dialog } = await dialogs.openDialog(canvasElement, RECORD_ID);
    await findInShadow(dialog, '[part="history"] [part="skeleton"]');
  },
});

export const HistoryEmpty = meta.story({
  beforeEach: mockCrm({ prepare: (crm) => replaceHistory(crm, [], []) }),
  play: async ({ canvasElement }) => {
    const { dialog } = await dialogs.openDialog(canvasElement, RECORD_ID);
    await waitFor(() => expect(dialog.shadowRoot!.querySelectorAll('[part="history"] [part="empty"]')).toHaveLength(2));
  },
});

// The client retries a 503 with backoff before the history gives up; the form stays usable.
export const HistoryLoadError = meta.story({
  beforeEach: mockCrm({ scenario: { error: { status: 503, routes: ['GET /opportunities'] } } }),
  play: async ({ canvasElement }) => {
    const { dialog } = await dialogs.openDialog(canvasElement, RECORD_ID);
    await findInShadow(dialog, '[part="history-error"] [part="retry"]', 10_000);
  },
});

/**
 * More than the history shows (the first 20 of each, then how many there are), long and non-Latin
 * titles, a stage and a type the SDK does not know (shown as sent), and a value too large to write out.
 */
export const LongHistoryAndUnknownValues = meta.story({
  beforeEach: mockCrm({
    prepare: (crm) =>
      replaceHistory(
        crm,
        [
          ['Komplette Gebisssanierung mit Implantatversorgung im Ober- und Unterkiefer einschließlich Nachsorge', 'on_ice', 1e12],
          ['歯科インプラント治療 — 上顎', 'negotiation', 12_500],
          ...Array.from({ length: 23 }, (_, index): [string, string, number] => [`Hygiene plan ${index + 1}`, 'prospecting', 180 + index]),
        ],
        [['متابعة بعد العلاج', 'carrier_pigeon', '2026-12-01T11:00:00Z', false]],
      ),
  }),
  play: async ({ canvasElement }) => {
    const dialog = await historyShown(canvasElement, 21);
    await findText(dialog, 'Showing the first 20 of 25.');
  },
});

export const UnsavedChangesConfirmation = meta.story(dialogs.unsavedChangesConfirmation);

export const DarkTheme = meta.story({ ...dialogs.darkTheme, beforeEach: withHistory, play: showsHistory });
export const BrandTheme = meta.story({ ...dialogs.brandTheme, beforeEach: withHistory, play: showsHistory });
export const RightToLeft = meta.story({ ...dialogs.rightToLeft, beforeEach: withHistory, play: showsHistory });
