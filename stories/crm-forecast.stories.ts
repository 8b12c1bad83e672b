import '@mindbrite/crm-elements/crm-forecast.js';
import preview from '../.storybook/preview.js';
import { attributeArgTypes, renderElement } from './support/element-story.js';
import { mockCrm, STORY_NOW } from './support/mock-crm.js';
import { findElement, findInShadow, findText } from './support/shadow.js';

/** The contact whose forecast the ContactForecast story shows, with opportunities of its own. */
const CONTACT_ID = 1;

const meta = preview.meta({
  title: 'Elements/crm-forecast',
  component: 'crm-forecast',
  argTypes: attributeArgTypes('crm-forecast', {
    currency: { control: 'select', options: ['USD', 'EUR', 'GBP', 'JPY', 'INR', 'SAR'] },
  }),
  // "This month" is the mock CRM's, whose seeded dates are fixed by STORY_NOW.
  args: { today: STORY_NOW.slice(0, 10) },
  render: renderElement('crm-forecast'),
  beforeEach: mockCrm(),
});
export default meta;

/** Waits for the figures (the totals and the chart); returns the forecast. */
const figuresShown = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const forecast = await findElement(canvasElement, 'crm-forecast');
  await findInShadow(forecast, 'section > [part="chart"] [part="chart-image"][role="img"]');
  return forecast;
};

const showsFigures = async (context: { canvasElement: HTMLElement }) => {
  await figuresShown(context);
};

export const Default = meta.story({ play: showsFigures });

export const Loading = meta.story({
  beforeEach: mockCrm({ scenario: { hang: true } }),
  play: async ({ canvasElement }) => {
    const forecast = await findElement(canvasElement, 'crm-forecast');
    await findInShadow(forecast, '[part="skeleton"]');
  },
});

export const Empty = meta.story({
  beforeEach: mockCrm({ scenario: { empty: true } }),
  play: async ({ canvasElement }) => {
    const forecast = await findElement(canvasElement, 'crm-forecast');
    await findInShadow(forecast, '[part="empty"]');
  },
});

export const LoadError = meta.story({
  beforeEach: mockCrm({ scenario: { error: { status: 503, routes: ['GET /opportunities'] } } }),
  play: async ({ canvasElement }) => {
    const forecast = await findElement(canvasElement, 'crm-forecast');
    // The client retries a 503 with backoff before the forecast gives up.
    await findInShadow(forecast, '[part="error"] [part="retry"]', 10_000);
  },
});

export const SlowServer = meta.story({
  // The CRM never answers; after `slow-after` ms the forecast says it is still waiting and offers Cancel.
  args: { 'slow-after': 300 },
  beforeEach: mockCrm({ scenario: { hang: { routes: ['GET /opportunities'] } } }),
  play: async ({ canvasElement }) => {
    const forecast = await findElement(canvasElement, 'crm-forecast');
    await findInShadow(forecast, '[part="slow"] button');
    await findText(forecast, 'Still waiting for the CRM');
  },
});

export const NarrowContainer = meta.story({
  parameters: { frame: { width: '280px' } },
  play: showsFigures,
});

export const WideContainer = meta.story({
  args: { months: 12 },
  parameters: { frame: { width: '1280px' } },
  play: showsFigures,
});

/** One contact's forecast, as on the contact's page: `contact-id` asks the CRM for its opportunities only. */
export const ContactForecast = meta.story({
  args: { 'contact-id': CONTACT_ID },
  beforeEach: mockCrm({
    prepare: (crm) => {
      crm.db.opportunities.deleteWhere((row) => row.contact_id === CONTACT_ID);
      const month = (offset: number) => {
        const date = new Date(STORY_NOW);
        return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 15)).toISOString().slice(0, 10);
      };
      const add = (title: string, value: number, stage: string, probability: number, expected_close_date: string) =>
        crm.db.opportunities.insert({ title, description: null, contact_id: CONTACT_ID, value, stage, probability, expected_close_date });
      add('Implant consultation', 4800, 'proposal', 50, month(0));
      add('Orthodontic plan', 6200, 'negotiation', 75, month(2));
      add('Whitening package', 650, 'closed_won', 100, month(0));
      add('Crown replacement', 1900, 'qualification', 25, month(-1));
    },
  }),
  play: async (context) => {
    const forecast = await figuresShown(context);
    // Its weighted forecast: 4,800 × 50 % + 6,200 × 75 %; the crown, overdue, is apart.
    await findText(forecast, '$7,050');
  },
});

export const FiguresAsTable = meta.story({
  play: async (context) => {
    const forecast = await figuresShown(context);
    (await findInShadow<HTMLButtonElement>(forecast, '[part="table-toggle"]')).click();
    await findInShadow(forecast, '[part="table-toggle"][aria-pressed="true"]');
  },
});

export const DarkTheme = meta.story({
  parameters: { frame: { theme: 'dark' } },
  play: showsFigures,
});

/** The host page in Spanish (Mexico): words, month names and amounts. */
export const InSpanish = meta.story({
  args: { currency: 'MXN' },
  parameters: { frame: { lang: 'es-MX' } },
  play: async (context) => {
    const forecast = await figuresShown(context);
    await findText(forecast, 'Previsión por mes');
  },
});

export const RightToLeft = meta.story({
  args: { currency: 'SAR' },
  parameters: { frame: { dir: 'rtl', lang: 'ar' } },
  play: showsFigures,
});
