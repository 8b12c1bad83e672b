import '@mindbrite/crm-elements/crm-follow-ups.js';
import type { CrmMock } from '@mindbrite/crm-mocks';
import { http, HttpResponse } from 'msw';
import { expect, waitFor } from 'storybook/test';
import preview from '../.storybook/preview.js';
import { attributeArgTypes, renderElement } from './support/element-story.js';
import { mockCrm } from './support/mock-crm.js';
import { findElement, findInShadow, findText } from './support/shadow.js';

const MINUTE = 60_000;

/**
 * Follow-ups around the moment the story is viewed (the seed's are around its fixed date, which the
 * agenda, on the real clock, would show long overdue): overdue, earlier today, in 8 and 45 minutes,
 * tomorrow, in 3 and 12 days, and two completed.
 */
function aroundNow(crm: CrmMock) {
  const now = Date.now();
  const [first, second] = crm.db.contacts.all();
  crm.db.followUps.load([]);
  const add = (subject: string, type: string, minutes: number, done?: { outcome: string | null }) =>
    crm.db.followUps.insert({
      contact_id: (minutes % 2 ? first : second)!.id,
      type,
      subject,
      description: type === 'call' ? 'Ask how the crown feels.\nOffer the 6-month check-up.' : '',
      scheduled_date: new Date(now + minutes * MINUTE).toISOString(),
      completed: !!done,
      completed_date: done ? new Date(now + (minutes + 30) * MINUTE).toISOString() : null,
      outcome: done?.outcome ?? null,
    });
  add('Call about the implant quote', 'call', -2 * 1440 - 60);
  add('Confirm hygiene visit', 'email', -50);
  add('Check in after extraction', 'call', 8);
  add('Team huddle: new patients', 'meeting', 45);
  add('Send whitening aftercare', 'email', 1440 + 30);
  add('Insurance pre-authorisation', 'note', 3 * 1440);
  add('Annual recall', 'call', 12 * 1440);
  add('Post-op call', 'call', -1440, { outcome: 'Healing well, no pain.' });
  add('Sent x-ray copies', 'email', -3 * 1440, { outcome: null });
}

const meta = preview.meta({
  title: 'Elements/crm-follow-ups',
  component: 'crm-follow-ups',
  argTypes: attributeArgTypes('crm-follow-ups'),
  render: renderElement('crm-follow-ups'),
  beforeEach: mockCrm({ prepare: aroundNow }),
});
export default meta;

type Context = { canvasElement: HTMLElement };

/** Waits for the agenda's items; returns the agenda. */
const itemsShown = async ({ canvasElement }: Context) => {
  const agenda = await findElement(canvasElement, 'crm-follow-ups');
  await findInShadow(agenda, '.root .agenda:not(.places) [part="item"]');
  return agenda;
};

const showsItems = async (context: Context) => {
  await itemsShown(context);
};

export const Default = meta.story({ play: showsItems });

export const WithReminder = meta.story({
  play: async (context) => {
    // Each reminder is raised once per browser: forgotten, so the story always shows it.
    localStorage.removeItem('crm-follow-up-reminders');
    const agenda = await itemsShown(context);
    await findInShadow(agenda, '[part="reminder"]');
  },
});

export const CompletedExpanded = meta.story({
  play: async (context) => {
    const agenda = await itemsShown(context);
    (await findInShadow(agenda, '[part="toggle"]')).click();
    await findText(agenda, 'Healing well, no pain.');
  },
});

export const CompleteWithOutcome = meta.story({
  play: async (context) => {
    const agenda = await itemsShown(context);
    (await findInShadow(agenda, '[part="complete"]')).click();
    const field = (await findInShadow(agenda, '[part="item-form"] textarea')) as HTMLTextAreaElement;
    field.value = 'Left a voicemail.';
    (await findInShadow(agenda, '[part="item-form"] .primary')).click();
    await findInShadow(agenda, '[part="undo"]');
  },
});

export const SnoozeMenu = meta.story({
  play: async (context) => {
    const agenda = await itemsShown(context);
    (await findInShadow(agenda, '[part="snooze"]')).click();
    await findInShadow(agenda, '[role="menuitem"]');
  },
});

export const ForOneContact = meta.story({
  args: { 'contact-id': '1' },
  play: async ({ canvasElement }) => {
    const agenda = await findElement(canvasElement, 'crm-follow-ups');
    await findInShadow(agenda, '.root .agenda:not(.places) [part="item"], [part="empty"]');
    await waitFor(() => expect(agenda.shadowRoot!.querySelector('[part="contact-filter"]')).toBeNull());
  },
});

export const Loading = meta.story({
  beforeEach: mockCrm({ scenario: { hang: true } }),
  play: async ({ canvasElement }) => {
    await findInShadow(await findElement(canvasElement, 'crm-follow-ups'), '[part="skeleton"]');
  },
});

export const Empty = meta.story({
  beforeEach: mockCrm({ scenario: { empty: true } }),
  play: async ({ canvasElement }) => {
    await findInShadow(await findElement(canvasElement, 'crm-follow-ups'), '[part="empty"]');
  },
});

export const LoadError = meta.story({
  beforeEach: mockCrm({ scenario: { error: { status: 503, routes: ['GET /follow-ups'] } } }),
  play: async ({ canvasElement }) => {
    // The client retries a 503 with backoff before the agenda gives up.
    await findInShadow(await findElement(canvasElement, 'crm-follow-ups'), '[part="error"] [part="retry"]', 10_000);
  },
});

export const ActionFails = meta.story({
  beforeEach: mockCrm({
    prepare: (crm, context) => {
      aroundNow(crm);
      context.msw.use(http.put(/\/follow-ups\/\w+$/, () => HttpResponse.json({ message: 'No.' }, { status: 409 })));
    },
  }),
  play: async (context) => {
    const agenda = await itemsShown(context);
    (await findInShadow(agenda, '[part="complete"]')).click();
    (await findInShadow(agenda, '[part="item-form"] .primary')).click();
    await findInShadow(agenda, '[part="notice"][role="alert"]');
  },
});

export const NarrowContainer = meta.story({
  parameters: { frame: { width: '320px' } },
  play: showsItems,
});

export const WideContainer = meta.story({
  parameters: { frame: { width: '1280px' } },
  play: showsItems,
});
