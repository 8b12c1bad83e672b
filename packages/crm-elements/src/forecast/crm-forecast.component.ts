import { TaskStatus } from '@lit/task';
import type { CrmId, Opportunity } from '@mindbrite/crm-client';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CrmElement } from '../base/crm-element.js';
import { ClientChangesController } from '../controllers/client-changes.controller.js';
import { CrmTask } from '../controllers/crm-task.js';
import { LoadingSpaceController } from '../controllers/loading-space.controller.js';
import { SlowLoadController } from '../controllers/slow-load.controller.js';
import { commonMessages, describeError } from '../messages/common.js';
import { forecastMessages } from '../messages/forecast.js';
import { recordIdAttribute } from '../shared/record-id.js';
import { renderAlert, renderEmpty, renderError, stateStyles } from '../shared/states.js';
import { themeStyles } from '../styles/theme.styles.js';
import { toggleStyles } from '../styles/toggle.styles.js';
import { forecastStyles } from './crm-forecast.styles.js';
import { renderForecast } from './forecast-chart.js';
import { forecastOf, monthNumber, type ForecastOpportunity } from './forecast-figures.js';

/** How many months the forecast shows when `months` is not a whole number from 1 to `MAX_MONTHS`. */
/**
 * What the skeleton lays out: the months, and one opportunity expected after them, whose note most
 * forecasts have; so the figures take its place without moving what is below.
 */
const PLACES: ForecastOpportunity[] = [{ stage: 'prospecting', value: 0, probability: 0, expected_close_date: '9999-12-31' }];

const DEFAULT_MONTHS = 6;
const MAX_MONTHS = 24;

/**
 * @summary The revenue forecast: for this month and the next ones, by expected close date, the
 * weighted value of the open opportunities (value × probability), their best case (their value)
 * and what was already won; overdue open value apart, with totals for the period.
 *
 * The figures come from every opportunity the client returns (all pages), summed as the pipeline
 * board sums its columns, so the two agree exactly. Every stage but `closed_won` and `closed_lost`
 * is open, a stage the forecast does not know included, which it says. Won means `closed_won`,
 * counted in the month of its expected close date. Open opportunities without a readable expected
 * close date, and those expected after the period, are counted and said under the chart, not in
 * it; closed ones without a date count nowhere. Months are calendar months of the expected close
 * date as written (no time zone moves it), named in the element's locale.
 *
 * Stays current by itself: it loads again when any widget (or host code) sharing its client
 * changes an opportunity or deletes a contact (whose opportunities go with it), and when it is put
 * back into the page.
 *
 * @fires crm-error - The opportunities could not be loaded. `detail: { error, operation: 'load' }`.
 *
 * @csspart totals - The list of the period's totals.
 * @csspart total - One total (label and amount).
 * @csspart chart - The chart (`<figure>`) with its legend and table.
 * @csspart legend - What each mark of the bars shows.
 * @csspart chart-image - The bars, one row per month (`role="img"`, named with every figure).
 * @csspart chart-table - The chart's table of figures (visually hidden until shown).
 * @csspart table-toggle - The button showing the table.
 * @csspart notes - What the chart leaves out: opportunities without a close date or after the period, unknown stages.
 * @csspart refresh-error - The note shown when a reload failed (the last figures stay).
 * @csspart slow - The note shown while loading is slow, with its Cancel button.
 * @csspart skeleton - Placeholder while the opportunities load.
 * @csspart empty - Shown when there are no opportunities.
 * @csspart error - The error state.
 * @csspart retry - The retry button of the error states.
 *
 * @cssprop --crm-forecast-weighted-color - The weighted forecast's bars, and (paler) the best case's (default the primary colour).
 * @cssprop --crm-forecast-won-color - The bars of what was won (default the success colour).
 *
 * @example
 * <crm-forecast api-base="/api/crm" months="12" currency="EUR" locale="de-DE"></crm-forecast>
 */
export class CrmForecast extends CrmElement {
  static override styles = [themeStyles, stateStyles, toggleStyles, forecastStyles];

  /** How many months to forecast, this month first: a whole number from 1 to 24; anything else gives 6. */
  @property({ type: Number }) months: number = DEFAULT_MONTHS;

  /** ISO 4217 currency of the amounts. */
  @property() currency = 'USD';

  /** Only this contact's opportunities, as the board shows them with the same attribute. */
  @property({ attribute: 'contact-id', converter: recordIdAttribute }) contactId?: CrmId;

  /**
   * The day that makes "this month", as an ISO date (`2026-11-20`): for a forecast as of another
   * day, and for stories and tests. Absent (or not a date), the user's today, read at each render.
   */
  @property() today?: string;

  @state() private showTable = false;
  /** The opportunities last loaded; they stay on screen while a reload runs or after it fails. */
  @state() private opportunities?: readonly Opportunity[];

  readonly #load = new CrmTask(this, {
    args: () => [this.crmClient, this.contactId] as const,
    task: async ([client, contactId], { signal }) => {
      if (!client) return undefined;
      // As the board does: an id met twice (a record that moved between pages while they loaded)
      // counts once, as last served.
      const byId = new Map<CrmId, Opportunity>();
      for await (const opportunity of client.opportunities.iterate({ contact_id: contactId }, { signal })) byId.set(opportunity.id, opportunity);
      return [...byId.values()];
    },
    onComplete: (opportunities) => {
      if (opportunities) this.opportunities = opportunities;
    },
    onError: (error) => this.reportError(error, 'load'),
  });

  readonly #slowLoad = new SlowLoadController(this, this.#load);

  constructor() {
    super();
    new LoadingSpaceController(this);
    new ClientChangesController(this, {
      client: () => this.crmClient,
      onChange: (changes) => {
        if (changes.some(({ resource, action }) => resource === 'opportunities' || (resource === 'contacts' && action === 'delete'))) this.refresh();
      },
    });
  }


  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another contact's figures are not this one's: the skeleton shows until its own arrive.
    if (changed.has('contactId')) this.opportunities = undefined;
  }

  /** Loads the opportunities again; the current figures stay on screen meanwhile. */
  refresh(): void {
    this.#load.reload();
  }

  protected override render() {
    const common = this.t(commonMessages);
    const words = this.t(forecastMessages);
    // While its provider waits for a client, its own loading state: the same as when it loads.
    if (!this.crmClient && !this.waitsForClient) return renderAlert(common, common.noClient);
    const { status, error } = this.#load;
    const opportunities = this.opportunities;
    const failed = status === TaskStatus.ERROR;
    const retry = () => {
      this.refresh();
      // The button goes with the error; focus stays in the widget, on the region it reloads.
      this.renderRoot.querySelector('section')?.focus();
    };
    return html`<section class="forecast" tabindex="-1" aria-label=${words.label} aria-busy=${String(status === TaskStatus.PENDING)}>
      ${opportunities
        ? html`${failed ? renderAlert(common, `${words.refreshFailed} ${describeError(error, common)}`, retry, 'refresh-error') : nothing}
          ${opportunities.length ? this.#renderFigures(opportunities, words) : renderEmpty(words.empty)}`
        : failed
          ? renderError(common, error, retry)
          : html`<div class="skeleton" part="skeleton" role="status" aria-busy="true">
              <span class="visually-hidden">${common.loading}</span>
              <div class="forecast places" inert aria-hidden="true">${this.#renderFigures(PLACES, words)}</div>
            </div>`}
      ${this.#slowLoad.render()}
    </section>`;
  }

  #renderFigures(opportunities: readonly ForecastOpportunity[], words: typeof forecastMessages) {
    const count = Number.isInteger(this.months) && this.months > 0 && this.months <= MAX_MONTHS ? this.months : DEFAULT_MONTHS;
    const now = new Date();
    const first = monthNumber(this.today) ?? now.getFullYear() * 12 + now.getMonth();
    const locale = this.effectiveLocale;
    return html`${renderForecast(forecastOf(opportunities, first, count), { words, locale, currency: this.currency, showTable: this.showTable })}
      <button class="button" type="button" part="table-toggle" aria-pressed=${String(this.showTable)}
        @click=${() => (this.showTable = !this.showTable)}>${words.showTable}</button>`;
  }
}
