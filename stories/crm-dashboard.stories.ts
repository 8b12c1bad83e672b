import '@mindbrite/crm-elements/crm-dashboard.js';
import { http, HttpResponse } from 'msw';
import { expect } from 'storybook/test';
import preview from '../.storybook/preview.js';
import { attributeArgTypes, renderElement } from './support/element-story.js';
import { mockCrm, storyApiBase } from './support/mock-crm.js';
import { findElement, findInShadow, findText } from './support/shadow.js';

const meta = preview.meta({
  title: 'Elements/crm-dashboard',
  component: 'crm-dashboard',
  argTypes: attributeArgTypes('crm-dashboard', {
    currency: { control: 'select', options: ['USD', 'EUR', 'GBP', 'JPY', 'INR', 'SAR'] },
  }),
  render: renderElement('crm-dashboard'),
  beforeEach: mockCrm(),
});
export default meta;

/** Waits for the figures (the cards and the conversion progress bar); returns the dashboard. */
const figuresShown = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const dashboard = await findElement(canvasElement, 'crm-dashboard');
  await findInShadow(dashboard, 'section > dl [part="progress"][role="progressbar"]');
  return dashboard;
};

const showsFigures = async (context: { canvasElement: HTMLElement }) => {
  await figuresShown(context);
};

export const Populated = meta.story({ play: showsFigures });

export const Loading = meta.story({
  beforeEach: mockCrm({ scenario: { hang: true } }),
  play: async ({ canvasElement }) => {
    const dashboard = await findElement(canvasElement, 'crm-dashboard');
    await findInShadow(dashboard, '[part="skeleton"]');
  },
});

export const Empty = meta.story({
  beforeEach: mockCrm({ scenario: { empty: true } }),
  play: async ({ canvasElement }) => {
    const dashboard = await findElement(canvasElement, 'crm-dashboard');
    await findInShadow(dashboard, '[part="empty"]');
  },
});

export const LoadError = meta.story({
  beforeEach: mockCrm({ scenario: { error: { status: 503, routes: ['GET /statistics'] } } }),
  play: async ({ canvasElement }) => {
    const dashboard = await findElement(canvasElement, 'crm-dashboard');
    // The client retries a 503 with backoff before the dashboard gives up.
    await findInShadow(dashboard, '[part="error"] [part="retry"]', 10_000);
  },
});

export const SlowServer = meta.story({
  // The CRM never answers; after `slow-after` ms the dashboard says it is still waiting and offers
  // Cancel (the client gives up on its own after its total timeout, 20 s by default).
  args: { 'slow-after': 300 },
  beforeEach: mockCrm({ scenario: { hang: { routes: ['GET /statistics'] } } }),
  play: async ({ canvasElement }) => {
    const dashboard = await findElement(canvasElement, 'crm-dashboard');
    await findInShadow(dashboard, '[part="slow"] button');
    await findText(dashboard, 'Still waiting for the CRM');
  },
});

export const HugeFigures = meta.story({
  // Figures no practice has, as a broken or hostile backend may send them: they are abbreviated
  // inside their cards, with the full value available.
  beforeEach: mockCrm({
    prepare: (crm, { msw }) => {
      const stats = crm.db.statistics();
      msw.use(
        http.get(`${crm.baseUrl}/statistics`, () =>
          HttpResponse.json({
            ...stats,
            total_leads: Number.MAX_SAFE_INTEGER,
            leads_this_month: 123_456_789_012,
            pipeline_value: 1e308,
            weighted_pipeline_value: 1e308,
            opportunities_by_stage: Object.fromEntries(
              Object.entries(stats.opportunities_by_stage ?? {}).map(([stage, { count }]) => [stage, { count, value: 1e308 }]),
            ),
          }),
        ),
      );
    },
  }),
  play: async (context) => {
    await figuresShown(context);
    // Nothing pushes the host page sideways.
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  },
});

export const RefreshFailed = meta.story({
  play: async (context) => {
    const dashboard = await figuresShown(context);
    context.msw.use(
      http.get(`${storyApiBase(context.id)}/statistics`, () =>
        HttpResponse.json({ message: 'Not allowed.' }, { status: 403 }),
      ),
    );
    dashboard.refresh();
    // The last figures stay on screen beside the note.
    await findInShadow(dashboard, '[part="refresh-error"]');
    await expect(dashboard.shadowRoot!.querySelector('[part="progress"]')).not.toBeNull();
  },
});

export const BusyPractice = meta.story({
  args: { currency: 'EUR', locale: 'de-DE' },
  beforeEach: mockCrm({ leads: 4000, contacts: 1800, opportunities: 900, followUps: 300 }),
  play: async (context) => {
    const dashboard = await figuresShown(context);
    // German grouping: 4.000 leads.
    await findText(dashboard, '4.000');
  },
});

export const FiguresAsTables = meta.story({
  play: async (context) => {
    const dashboard = await figuresShown(context);
    (await findInShadow<HTMLButtonElement>(dashboard, '[part="table-toggle"]')).click();
    await findInShadow(dashboard, '[part="table-toggle"][aria-pressed="true"]');
  },
});

export const InlineNewLeadDialog = meta.story({
  args: { 'quick-actions': 'inline' },
  play: async (context) => {
    const dashboard = await figuresShown(context);
    (await findInShadow<HTMLButtonElement>(dashboard, '[part="quick-action"][data-action="new-lead"]')).click();
    const dialog = await findInShadow(dashboard, 'crm-lead-dialog');
    await findInShadow(dialog, 'dialog[open]');
  },
});

/** The follow-up counts, from the two follow-ups queries (the mock's statistics do not carry them): the seed has overdue ones. */
export const FollowUpCounts = meta.story({
  play: async (context) => {
    const dashboard = await figuresShown(context);
    await findText(dashboard, 'Follow-ups due today');
    await findInShadow(dashboard, '[part~="overdue"]');
  },
});

/** The counts as a server's statistics send them (`follow_ups_due_today`, `follow_ups_overdue`): nothing overdue. */
export const FollowUpCountsFromStatistics = meta.story({
  beforeEach: mockCrm({
    prepare: (crm, { msw }) => {
      msw.use(http.get(`${crm.baseUrl}/statistics`, () => HttpResponse.json({ ...crm.db.statistics(), follow_ups_due_today: 12, follow_ups_overdue: 0 })));
    },
  }),
  play: async (context) => {
    const dashboard = await figuresShown(context);
    await findText(dashboard, '12');
    await expect(dashboard.shadowRoot!.querySelector('[part~="overdue"]')).toBeNull();
  },
});

/** The follow-ups queries fail: their counts show "—" (explained in their tooltip), the other figures stay. */
export const FollowUpCountsFailed = meta.story({
  beforeEach: mockCrm({ scenario: { error: { status: 503, routes: ['GET /follow-ups'] } } }),
  play: async (context) => {
    const dashboard = await figuresShown(context);
    // The client retries a 503 with backoff before the counts give up.
    await findInShadow(dashboard, 'abbr[title="Could not be loaded"]', 10_000);
  },
});

export const InlineScheduleFollowUpDialog = meta.story({
  args: { 'quick-actions': 'inline' },
  play: async (context) => {
    const dashboard = await figuresShown(context);
    (await findInShadow<HTMLButtonElement>(dashboard, '[part="quick-action"][data-action="schedule-follow-up"]')).click();
    const dialog = await findInShadow(dashboard, 'crm-follow-up-dialog');
    await findInShadow(dialog, 'dialog[open]');
  },
});

export const WithoutQuickActions = meta.story({
  args: { 'quick-actions': 'none' },
  play: async (context) => {
    const dashboard = await figuresShown(context);
    await expect(dashboard.shadowRoot!.querySelector('[part="quick-actions"]')).toBeNull();
  },
});

export const NarrowContainer = meta.story({
  parameters: { frame: { width: '280px' } },
  play: showsFigures,
});

export const WideContainer = meta.story({
  parameters: { frame: { width: '1280px' } },
  play: showsFigures,
});

export const DarkTheme = meta.story({
  parameters: { frame: { theme: 'dark' } },
  play: showsFigures,
});

export const BrandTheme = meta.story({
  parameters: { frame: { theme: 'brand' } },
  play: showsFigures,
});

/** The host page in Spanish (Mexico): every word, number and amount in it. The toolbar's Language switch does this for any story. */
export const InSpanish = meta.story({
  args: { currency: 'MXN' },
  parameters: { frame: { lang: 'es-MX' } },
  play: async (context) => {
    const dashboard = await figuresShown(context);
    await findText(dashboard, 'Total de clientes potenciales');
  },
});

/** The pseudo-locale: every word of ours accented, longer and in ⟦brackets⟧; plain text would be unlocalised. */
export const PseudoLocale = meta.story({
  parameters: { frame: { lang: 'en-XA' } },
  play: async (context) => {
    const dashboard = await figuresShown(context);
    await findText(dashboard, '⟦Ţóţáĺ ĺéáðš');
  },
});

export const RightToLeft = meta.story({
  args: { currency: 'SAR' },
  parameters: { frame: { dir: 'rtl', lang: 'ar' } },
  play: showsFigures,
});
