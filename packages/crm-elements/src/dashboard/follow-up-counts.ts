// Loaded on demand by the dashboard, beside its first statistics request: the follow-up counts'
// queries, cards, styles and words, none of which the dashboard's first load carries.
import { TaskStatus } from '@lit/task';
import type { CrmClient, CrmStatistics } from '@mindbrite/crm-client';
import { css, type ReactiveControllerHost } from 'lit';
import type { CrmElement } from '../base/crm-element.js';
import { ClientChangesController } from '../controllers/client-changes.controller.js';
import { CrmTask } from '../controllers/crm-task.js';
import { commonMessages } from '../messages/common.js';
import { dashboardFollowUpMessages } from '../messages/dashboard-follow-ups.js';
import { addStyles } from '../shared/add-styles.js';
import { localDay, startOfDay } from '../shared/follow-up-time.js';
import { formatFigure, formatNumber } from '../shared/format.js';
import type { Card } from './crm-dashboard.component.js';

/**
 * What the counts use of the dashboard, as a controller uses its host: where their task and change
 * listener attach and their styles go, its client, language and error reports.
 */
export type FollowUpCountsHost = ReactiveControllerHost & Pick<CrmElement, 'renderRoot' | 'isConnected' | 'crmClient' | 't' | 'effectiveLocale' | 'reportError'>;

/** Open follow-ups due today, and those of earlier days not done yet. */
interface Counts {
  today: number;
  overdue: number;
}

const countStyles = css`
  /* Overdue follow-ups want attention: their card is marked in the danger colour, beside its label. */
  [part~='overdue'] {
    border-inline-start: 4px solid var(--_color-danger);
    /* The thicker border takes its width from the padding, so the label lines up with its neighbours'. */
    padding-inline-start: calc(var(--_space) * 1.5 - 3px);
  }
  [part~='overdue'] dd {
    color: var(--_color-danger);
  }
`;

/** The counts `stats` carry, when the server sends both. */
function countsIn(stats?: CrmStatistics): Counts | undefined {
  const { follow_ups_due_today: today, follow_ups_overdue: overdue } = stats ?? {};
  return today === undefined || overdue === undefined ? undefined : { today, overdue };
}

/**
 * The counts from two one-row queries of open follow-ups, reading their `total`: today's, and
 * those up to yesterday. The days are the user's; a server compares them with its own day (the
 * mock CRM's is UTC's), so around midnight a follow-up may count on the neighbouring day.
 */
async function queryCounts(client: CrmClient, signal: AbortSignal): Promise<Counts> {
  const today = localDay(new Date());
  const count = (range: { from?: string; to: string }) =>
    client.followUps.list({ completed: false, ...range, per_page: 1 }, { signal }).then(({ total }) => total);
  const [due, overdue] = await Promise.all([count({ from: today, to: today }), count({ to: localDay(startOfDay(new Date(), -1)) })]);
  return { today: due, overdue };
}

/**
 * The dashboard's "Follow-ups due today" and "Overdue follow-ups": from the statistics when they
 * carry both counts, else from their own queries, which the statistics never wait for and which
 * reload when a follow-up or a contact (whose deletion may take its follow-ups) changes. A failed
 * query is reported once (`crm-error`, operation `load`) and shows "—" in both cards.
 */
export class FollowUpCounts {
  readonly #counts: CrmTask<readonly [CrmClient | undefined], Counts | undefined>;

  /** `statistics`: those on screen, which carry the counts where the server sends them. */
  constructor(
    private readonly host: FollowUpCountsHost,
    statistics: () => CrmStatistics | undefined,
  ) {
    this.#counts = new CrmTask(host, {
      args: () => [host.crmClient] as const,
      // Made after a removal (its code loads on demand), it sends nothing until the dashboard is back.
      task: ([client], { signal }) => (client && host.isConnected && !countsIn(statistics()) ? queryCounts(client, signal) : undefined),
      onError: (error) => host.reportError(error, 'load'),
    });
    if (!host.isConnected) this.#counts.hostDisconnected();
    new ClientChangesController(host, {
      client: () => host.crmClient,
      onChange: (changes) => {
        if (changes.some(({ resource }) => resource === 'followUps' || resource === 'contacts')) this.reload();
      },
    });
    addStyles(host.renderRoot as ShadowRoot, countStyles);
  }

  /** Loads the counts again, unless the statistics carry them; the current ones stay meanwhile. */
  reload(): void {
    this.#counts.reload();
  }

  /** The two cards, for the dashboard's list of figures. */
  cards(stats: CrmStatistics): Card[] {
    const { host } = this;
    const t = host.t(dashboardFollowUpMessages);
    const counts = countsIn(stats) ?? this.#counts.value;
    const failed = !countsIn(stats) && this.#counts.status === TaskStatus.ERROR;
    /** A count; "—" once it failed to load, "…" until it first loads, each explained in its tooltip. */
    const figure = (value?: number): Card[1] =>
      failed
        ? { text: '—', full: t.countFailed }
        : value === undefined
          ? { text: '…', full: host.t(commonMessages).loading }
          : formatFigure(value, (shown, options) => formatNumber(shown, host.effectiveLocale, options));
    return [
      [t.dueToday, figure(counts?.today), undefined, 'card follow-ups'],
      [t.overdue, figure(counts?.overdue), undefined, !failed && counts?.overdue ? 'card follow-ups overdue' : 'card follow-ups'],
    ];
  }
}
