import '@mindbrite/crm-elements/crm-activity-timeline.js';
import preview from '../.storybook/preview.js';
import { attributeArgTypes, renderElement } from './support/element-story.js';
import { mockCrm } from './support/mock-crm.js';
import { findElement, findInShadow } from './support/shadow.js';

/** The contact whose activity the stories show: the seed gives it follow-ups, some completed. */
const CONTACT_ID = 1;

const meta = preview.meta({
  title: 'Elements/crm-activity-timeline',
  component: 'crm-activity-timeline',
  argTypes: attributeArgTypes('crm-activity-timeline'),
  args: { 'contact-id': String(CONTACT_ID) },
  render: renderElement('crm-activity-timeline'),
  beforeEach: mockCrm({
    // A call with its outcome and a note, so the entries show every part of theirs.
    prepare: (crm) => {
      crm.db.followUps.insert({
        contact_id: CONTACT_ID,
        type: 'call',
        subject: 'Called about the cleaning appointment',
        description: 'Prefers mornings; asked about the hygienist.',
        scheduled_date: '2026-11-19T15:00:00Z',
        completed: true,
        completed_date: '2026-11-19T15:10:00Z',
        outcome: 'Booked for 3 December, 9:00',
      });
      crm.db.followUps.insert({
        contact_id: CONTACT_ID,
        type: 'note',
        subject: 'Insurance card updated',
        description: '',
        scheduled_date: '2026-11-18T09:00:00Z',
        completed: false,
        completed_date: null,
      });
    },
  }),
});
export default meta;

const entriesShown = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const timeline = await findElement(canvasElement, 'crm-activity-timeline');
  await findInShadow(timeline, '[part="entry"]');
  await findInShadow(timeline, '[part="log"]');
};

export const Default = meta.story({ play: entriesShown });

export const Loading = meta.story({
  beforeEach: mockCrm({ scenario: { hang: true } }),
  play: async ({ canvasElement }) => {
    const timeline = await findElement(canvasElement, 'crm-activity-timeline');
    await findInShadow(timeline, '[part="skeleton"]');
  },
});

export const Empty = meta.story({
  beforeEach: mockCrm({ prepare: (crm) => crm.db.followUps.deleteWhere((row) => row.contact_id === CONTACT_ID) }),
  play: async ({ canvasElement }) => {
    const timeline = await findElement(canvasElement, 'crm-activity-timeline');
    await findInShadow(timeline, '[part="empty"]');
  },
});

export const LoadError = meta.story({
  beforeEach: mockCrm({ scenario: { error: { status: 503, routes: ['GET /follow-ups'] } } }),
  play: async ({ canvasElement }) => {
    const timeline = await findElement(canvasElement, 'crm-activity-timeline');
    // The client retries a 503 with backoff before the timeline gives up.
    await findInShadow(timeline, '[part="error"] [part="retry"]', 10_000);
  },
});

export const NoContact = meta.story({
  args: { 'contact-id': '' },
  render: (args, context) => {
    const element = renderElement('crm-activity-timeline')(args, context);
    element.removeAttribute('contact-id');
    return element;
  },
  play: async ({ canvasElement }) => {
    const timeline = await findElement(canvasElement, 'crm-activity-timeline');
    await findInShadow(timeline, '[part="empty"]');
  },
});

export const NarrowContainer = meta.story({
  parameters: { frame: { width: '280px' } },
  play: entriesShown,
});

export const WideContainer = meta.story({
  parameters: { frame: { width: '1024px' } },
  play: entriesShown,
});
