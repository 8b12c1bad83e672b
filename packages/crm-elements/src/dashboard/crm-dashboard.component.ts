import { TaskStatus } from '@lit/task';
import { LEAD_SOURCES, LEAD_STATUSES, OPPORTUNITY_STAGES, type CrmResourceName, type CrmStatistics } from '@mindbrite/crm-client';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CrmElement } from '../base/crm-element.js';
import { ClientChangesController } from '../controllers/client-changes.controller.js';
import { CrmTask } from '../controllers/crm-task.js';
import { LazyModule } from '../controllers/lazy-module.controller.js';
import { SlowLoadController } from '../controllers/slow-load.controller.js';
import type { CrmLeadDialog } from '../lead-dialog/crm-lead-dialog.component.js';
import type { CrmContactDialog } from '../contact-dialog/crm-contact-dialog.component.js';
import type { CrmOpportunityDialog } from '../opportunity-dialog/crm-opportunity-dialog.component.js';
import type { CrmFollowUpDialog } from '../follow-up-dialog/crm-follow-up-dialog.component.js';
import { commonMessages, describeError } from '../messages/common.js';
import { dashboardMessages } from '../messages/dashboard.js';
import { leadSourceLabels } from '../messages/lead-sources.js';
import { leadStatusLabels } from '../messages/lead-statuses.js';
import type { CrmQuickAction } from '../shared/events.js';
import { formatFigure, formatMoney, formatNumber, formatPercent } from '../shared/format.js';
import { labelFor } from '../shared/labels.js';
import { toneOf } from '../shared/tones.js';
import { renderAlert, renderEmpty, renderError, stateStyles } from '../shared/states.js';
import { themeStyles } from '../styles/theme.styles.js';
import { toggleStyles } from '../styles/toggle.styles.js';
import { renderBarChart, type BarChart } from './bar-chart.js';
import { dashboardStyles } from './crm-dashboard.styles.js';

type Figure = ReturnType<typeof formatFigure>;
/** A card of the figures: its label, its figure (abbreviated, the whole of it in its tooltip), what shows under the figure, and its parts (`card` unless said). */
export type Card = [label: string, figure: Figure, below?: unknown, part?: string];

/** The quick actions, each with the collection it creates a record in. */
const QUICK_ACTIONS: readonly [CrmQuickAction, CrmResourceName][] = [
  ['new-lead', 'leads'],
  ['new-contact', 'contacts'],
  ['new-opportunity', 'opportunities'],
  ['schedule-follow-up', 'followUps'],
];

/** Each key with `value`. */
const each = <T>(keys: readonly string[], value: T) => Object.fromEntries(keys.map((key) => [key, value]));

/**
 * What the skeleton lays out: a card for every figure and a bar for every known status, source and
 * stage, so the figures take the skeleton's place without moving what is below.
 */
const PLACES: CrmStatistics = {
  total_leads: 0,
  total_contacts: 0,
  total_opportunities: 0,
  conversion_rate: 0,
  leads_this_month: 0,
  opportunities_this_month: 0,
  pipeline_value: 0,
  weighted_pipeline_value: 0,
  leads_by_status: each(LEAD_STATUSES, 0),
  leads_by_source: each(LEAD_SOURCES, 0),
  opportunities_by_stage: each(OPPORTUNITY_STAGES, { count: 0, value: 0 }),
};

/** The follow-up counts' cards, a line each, while their code loads. */
const PENDING_COUNTS: Card[] = [['\u00a0', { text: '' }], ['\u00a0', { text: '' }]];

/** The known keys in their natural order, then any others the API sent. */
function ordered<T>(record: Record<string, T> | undefined, known: readonly string[]): Array<[string, T]> {
  const entries = Object.entries(record ?? {});
  const rank = (key: string) => (known.includes(key) ? known.indexOf(key) : known.length);
  return entries.sort(([a], [b]) => rank(a) - rank(b));
}

/**
 * @summary The practice's CRM at a glance: totals, this month's new leads and opportunities,
 * the conversion rate, open follow-ups due today and overdue, leads by status and source, the
 * pipeline by stage, and quick actions.
 *
 * Stays current by itself: it refreshes when any widget (or host code) sharing its client
 * changes a record, when it is put back into the page, and every `refresh-interval` seconds
 * while the page is visible.
 *
 * The follow-up counts come from the statistics' `follow_ups_due_today` and `follow_ups_overdue`
 * where the server sends both; otherwise from two one-row follow-ups queries reading their
 * `total` (`completed=false` with `from` and `to` today, and with `to` yesterday), which load
 * beside the statistics, never holding them up, and again when a follow-up or a contact changes
 * through the client. Today and yesterday are the user's days; a server compares those dates
 * with its own day (UTC in the mock CRM), so near midnight a follow-up may count on the
 * neighbouring day. Counts that could not load show "—"; the other figures stay. Their code
 * loads with the first statistics request.
 *
 * A figure too long for its card (say a pipeline value of 1e308) is abbreviated ("$1E308",
 * "$123B"), the whole figure in its tooltip; the tables behind the charts show every figure in
 * full. Names of statuses, sources and stages the CRM sends are shown without control characters.
 *
 * @fires crm-quick-action - A quick action was chosen. `detail: { action: 'new-lead' | 'new-contact' | 'new-opportunity' | 'schedule-follow-up' }`. Cancelable: with `quick-actions="inline"`, cancelling it stops the built-in dialog from opening.
 * @fires crm-lead-created - From the inline lead dialog: a lead was created. `detail: { lead }`.
 * @fires crm-contact-created - From the inline contact dialog: a contact was created. `detail: { contact }`.
 * @fires crm-opportunity-created - From the inline opportunity dialog: an opportunity was created. `detail: { opportunity }`.
 * @fires crm-open-record - From an inline dialog: the user chose an existing record with the same email or phone. `detail: { resource, id }`.
 * @fires crm-cancel - From an inline dialog: it was closed without saving. `detail: {}`.
 * @fires crm-follow-up-created - From the inline follow-up dialog: a follow-up was scheduled. `detail: { followUp }`.
 * @fires crm-error - The figures or the follow-up counts could not be loaded (`operation: 'load'`, once per failed load), or the inline form failed. `detail: { error, operation }`.
 *
 * @csspart cards - The list of figures.
 * @csspart card - One figure (label and value).
 * @csspart follow-ups - The cards of open follow-ups due today and overdue (each also a `card`).
 * @csspart overdue - The card of overdue follow-ups while there are any (also a `card` and `follow-ups`), marked in the danger colour.
 * @csspart progress - The conversion rate bar (`role="progressbar"`).
 * @csspart charts - The row of charts.
 * @csspart chart - One chart (`<figure>`).
 * @csspart chart-image - A chart's SVG.
 * @csspart chart-table - A chart's table of figures (visually hidden until shown).
 * @csspart table-toggle - The button showing the tables.
 * @csspart quick-actions - The group of quick action buttons.
 * @csspart quick-action - One quick action button.
 * @csspart refresh-error - The note shown when a refresh failed (the last figures stay).
 * @csspart slow - The note shown while loading is slow, with its Cancel button.
 * @csspart skeleton - Placeholder while the figures load.
 * @csspart empty - Shown when the CRM has no records yet.
 * @csspart error - The error state.
 * @csspart retry - The retry button of the error states.
 *
 * @cssprop --crm-dashboard-bar-color - Colour of chart bars and the progress bar (default the primary colour).
 * @cssprop --crm-color-surface-raised - Card background.
 *
 * @example
 * <crm-dashboard api-base="/api/crm" refresh-interval="60" currency="EUR" locale="de-DE"></crm-dashboard>
 */
export class CrmDashboard extends CrmElement {
  static override styles = [themeStyles, stateStyles, toggleStyles, dashboardStyles];

  /** Seconds between automatic refreshes; `0` or absent turns them off. Paused while the page is hidden. */
  @property({ type: Number, attribute: 'refresh-interval' }) refreshInterval = 0;

  /** ISO 4217 currency of pipeline values, and of the value of an opportunity created from the inline dialog. */
  @property() currency = 'USD';

  /**
   * What the quick actions do: `event` (default) fires `crm-quick-action` for the host to handle;
   * `inline` also opens the lead form in a dialog for "New lead", the contact form for "New
   * contact", the opportunity form for "New opportunity" and the follow-up form for "Schedule
   * follow-up", unless the event is cancelled; `none` hides them.
   */
  @property({ attribute: 'quick-actions' }) quickActions: 'event' | 'inline' | 'none' = 'event';

  /** The pipeline a lead created from the inline dialog joins. */
  @property({ type: Number, attribute: 'pipeline-id' }) pipelineId = 1;

  @state() private showTables = false;
  /** The last figures loaded; they stay on screen while a refresh runs or after it fails. */
  @state() private figures?: CrmStatistics;
  /** The timed refreshes, whose code loads once `refresh-interval` first asks for them. */
  readonly #refresher = new LazyModule(this, () =>
    import('./refresh-interval.controller.js').then(
      ({ RefreshIntervalController }) =>
        new RefreshIntervalController(this, { seconds: () => this.refreshInterval, refresh: () => this.refresh() }),
    ),
  );
  /** The inline dialogs of the quick actions: only hosts that use one pay for it, when it is first needed. */
  readonly #inlineDialogs: Record<CrmQuickAction, LazyModule<unknown>> = {
    'new-lead': new LazyModule(this, () => import('../lead-dialog/crm-lead-dialog.js')),
    'new-contact': new LazyModule(this, () => import('../contact-dialog/crm-contact-dialog.js')),
    'new-opportunity': new LazyModule(this, () => import('../opportunity-dialog/crm-opportunity-dialog.js')),
    'schedule-follow-up': new LazyModule(this, () => import('../follow-up-dialog/crm-follow-up-dialog.js')),
  };
  /** The follow-up counts, whose code loads beside the first statistics request. */
  readonly #followUps = new LazyModule(this, () =>
    import('./follow-up-counts.js').then(({ FollowUpCounts }) => new FollowUpCounts(this, () => this.figures)),
  );

  readonly #statistics = new CrmTask(this, {
    args: () => [this.crmClient] as const,
    task: ([client], { signal }) => client?.statistics.get({ signal }),
    onComplete: (figures) => {
      if (figures) this.figures = figures;
    },
    onError: (error) => this.reportError(error, 'load'),
  });

  readonly #slowLoad = new SlowLoadController(this, this.#statistics);

  constructor() {
    super();
    // One reload for a burst of changes (a bulk delete reports one per record); the follow-up
    // counts follow the changes that concern them by themselves.
    new ClientChangesController(this, { client: () => this.crmClient, onChange: () => this.#statistics.reload() });
  }


  protected override willUpdate(): void {
    // Refreshing on changes works without it; a failed load is tried again with the next update.
    if (this.refreshInterval > 0) void this.#refresher.get();
    // The follow-up counts' code loads with the first update, beside the first statistics request.
    void this.#followUps.get();
  }

  /** Loads the figures and the follow-up counts again; the current ones stay on screen meanwhile. */
  refresh(): void {
    this.#statistics.reload();
    this.#followUps.value?.reload();
  }

  async #runQuickAction(action: CrmQuickAction): Promise<void> {
    // Cancelable: with `quick-actions="inline"`, cancelling it keeps the built-in dialog closed.
    const allowed = this.emit('crm-quick-action', { action }, true);
    const dialog = this.quickActions === 'inline' && allowed && this.#inlineDialogs[action];
    if (!dialog || !(await dialog.get())) return;
    await this.updateComplete;
    // `crm-lead-dialog` for "new-lead", …, `crm-follow-up-dialog` for "schedule-follow-up".
    await this.renderRoot
      .querySelector<CrmLeadDialog | CrmContactDialog | CrmOpportunityDialog | CrmFollowUpDialog>(`crm-${action.replace(/^\w+-/, '')}-dialog`)
      ?.open();
  }

  protected override render() {
    const common = this.t(commonMessages);
    const msg = this.t(dashboardMessages);
    // While its provider waits for a client, its own loading state: the same as when it loads.
    if (!this.crmClient && !this.waitsForClient) return renderAlert(common, common.noClient);
    const { status, error } = this.#statistics;
    const value = this.figures;
    const failed = status === TaskStatus.ERROR;
    const empty = !value?.total_leads && !value?.total_contacts && !value?.total_opportunities;
    const retry = () => {
      this.refresh();
      // The button goes with the error; focus stays in the widget, on the region it reloads.
      this.renderRoot.querySelector('section')?.focus();
    };
    // One template in every state: the quick actions work while the figures load or after they
    // failed to, and an open inline dialog survives the figures' arrival.
    return html`<section class="dashboard" tabindex="-1" aria-label=${msg.label} aria-busy=${String(status === TaskStatus.PENDING)}>
      ${value
        ? html`${failed ? renderAlert(common, `${msg.refreshFailed} ${describeError(error, common)}`, retry, 'refresh-error') : nothing}
            ${empty ? renderEmpty(msg.empty) : this.#renderFigures(value, msg)}`
        : failed
          ? renderError(common, error, retry)
          : html`<div class="skeleton" part="skeleton" role="status" aria-busy="true">
              <span class="visually-hidden">${common.loading}</span>
              <div class="dashboard places" inert aria-hidden="true">${this.#renderFigures(PLACES, msg)}</div>
            </div>`}
      ${this.#slowLoad.render()} ${this.#renderQuickActions(msg)}
    </section>`;
  }

  #renderFigures(stats: CrmStatistics, msg: typeof dashboardMessages) {
    const locale = this.effectiveLocale;
    const number = (value: number) => formatFigure(value, (figure, options) => formatNumber(figure, locale, options));
    const money = (value: number) => formatFigure(value, (figure, options) => formatMoney(figure, locale, this.currency, options));
    const full = ({ text, full }: Figure) => full ?? text;
    const rate = Math.min(100, Math.max(0, stats.conversion_rate));
    const percent = formatFigure(stats.conversion_rate, (figure, options) => formatPercent(figure, locale, options));
    const cards: Card[] = [
      [msg.cards.totalLeads, number(stats.total_leads)],
      [msg.cards.totalContacts, number(stats.total_contacts)],
      [msg.cards.totalOpportunities, number(stats.total_opportunities)],
      [
        msg.cards.conversionRate,
        percent,
        html`<div class="progress" part="progress" role="progressbar" aria-label=${msg.conversionProgress}
          aria-valuemin="0" aria-valuemax="100" aria-valuenow=${rate} aria-valuetext=${percent.text}>
          <svg aria-hidden="true"><rect class="progress-bar" width="${rate}%" height="100%"></rect></svg>
        </div>`,
      ],
      [msg.cards.leadsThisMonth, number(stats.leads_this_month)],
      [msg.cards.opportunitiesThisMonth, number(stats.opportunities_this_month)],
    ];
    if (stats.pipeline_value !== undefined) cards.push([msg.cards.pipelineValue, money(stats.pipeline_value)]);
    if (stats.weighted_pipeline_value !== undefined) {
      cards.push([msg.cards.weightedPipelineValue, money(stats.weighted_pipeline_value)]);
    }
    const counted = (label: string, count: number, status?: string) => ({ label, status: status && toneOf(status), value: count, valueText: number(count).text, cells: [full(number(count))] });
    const charts: BarChart[] = [
      {
        title: msg.charts.byStatus,
        columns: [msg.charts.status, msg.charts.leads],
        rows: ordered(stats.leads_by_status, LEAD_STATUSES).map(([key, count]) => counted(labelFor(this.t(leadStatusLabels), key), count, key)),
      },
      {
        title: msg.charts.bySource,
        columns: [msg.charts.source, msg.charts.leads],
        rows: ordered(stats.leads_by_source, LEAD_SOURCES).map(([key, count]) =>
          counted(key === 'unknown' ? msg.charts.unknownSource : labelFor(this.t(leadSourceLabels), key), count),
        ),
      },
      {
        title: msg.charts.byStage,
        columns: [msg.charts.stage, msg.charts.opportunities, msg.charts.value],
        rows: ordered(stats.opportunities_by_stage, OPPORTUNITY_STAGES).map(([key, { count, value }]) => ({
          label: labelFor(msg.stages, key),
          status: toneOf(key),
          value,
          valueText: money(value).text,
          cells: [full(number(count)), full(money(value))],
        })),
      },
    ];
    return html`
      <dl class="cards" part="cards">
        ${[...cards, ...(this.#followUps.value?.cards(stats) ?? (stats === PLACES ? PENDING_COUNTS : []))].map(
          ([label, { text, full }, below, part = 'card']) => html`<div class="card" part=${part}>
            <dt>${label}</dt>
            <dd>${full ? html`<abbr title=${full}>${text}</abbr>` : text} ${below}</dd>
          </div>`,
        )}
      </dl>
      <div class="charts" part="charts">${charts.map((chart) => renderBarChart(chart, this.showTables, msg.charts, locale))}</div>
      <button class="button" type="button" part="table-toggle" aria-pressed=${String(this.showTables)}
        @click=${() => (this.showTables = !this.showTables)}>${msg.charts.showTables}</button>
    `;
  }

  #renderQuickActions(msg: typeof dashboardMessages) {
    // Only what the user may create is offered.
    const offered = QUICK_ACTIONS.filter(([, resource]) => this.may(resource, 'create'));
    if (this.quickActions === 'none' || !offered.length) return nothing;
    return html`<div class="quick-actions" part="quick-actions" role="group" aria-label=${msg.quickActions.label}>
        ${offered.map(
          ([action]) => html`<button class="button ${action === 'new-lead' ? 'primary' : ''}" type="button" part="quick-action"
            data-action=${action} @click=${() => this.#runQuickAction(action)}>${msg.quickActions[action]}</button>`,
        )}
      </div>
      ${this.quickActions === 'inline'
        ? html`<crm-lead-dialog .client=${this.crmClient} .locale=${this.locale} .pipelineId=${this.pipelineId}
              .slowAfter=${this.slowAfter}></crm-lead-dialog>
            <crm-contact-dialog .client=${this.crmClient} .locale=${this.locale} .slowAfter=${this.slowAfter}></crm-contact-dialog>
            <crm-opportunity-dialog .client=${this.crmClient} .locale=${this.locale} .slowAfter=${this.slowAfter}
              .currency=${this.currency}></crm-opportunity-dialog>
            <crm-follow-up-dialog .client=${this.crmClient} .locale=${this.locale} .slowAfter=${this.slowAfter}></crm-follow-up-dialog>`
        : nothing}`;
  }
}
