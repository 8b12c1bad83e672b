import { initialState, TaskStatus } from '@lit/task';
import type { CrmClient, CrmId, FollowUp, ListResult, Opportunity } from '@mindbrite/crm-client';
import { html } from 'lit';
// The contact's activity shows in the history, so its code loads with the history's, never with the dialog.
import '../activity-timeline/crm-activity-timeline.js';
import type { CrmElement } from '../base/crm-element.js';
import { ClientChangesController } from '../controllers/client-changes.controller.js';
import { CrmTask } from '../controllers/crm-task.js';
import { commonMessages, describeError } from '../messages/common.js';
import { contactDialogMessages } from '../messages/contact-dialog.js';
import { followUpTypeLabels } from '../messages/follow-up-types.js';
import { formatFigure, formatMoney, formatNumber } from '../shared/format.js';
import { formatRelative } from '../shared/format-relative.js';
import { labelFor } from '../shared/labels.js';
import { renderAlert, renderEmpty, renderSkeleton } from '../shared/states.js';
import { clipText, plainText } from '../shared/text.js';

/** How many of each the history shows: the most recent, enough for a glance. */
const SHOWN = 20;

export interface ContactHistoryOptions {
  client: () => CrmClient | undefined;
  /** The contact whose history shows; `undefined` while there is none to show (closed, or creating). */
  contactId: () => CrmId | undefined;
  /** ISO 4217 currency of opportunity values. */
  currency: () => string;
}

interface History {
  opportunities: ListResult<Opportunity>;
  followUps: ListResult<FollowUp>;
}

/**
 * A contact's opportunities and open follow-ups, then its activity (`<crm-activity-timeline>`, which
 * loads its own and logs calls and notes), read through the client filtered by `contact_id`, as
 * two compact lists whose items fire `crm-opportunity-select` and `crm-follow-up-select` when
 * activated. The load runs beside the form and never holds it up; a newer contact, a closed dialog
 * (`contactId` gone) or a removed host aborts it; a failure is one `crm-error` and an error state
 * with Retry. Opportunities or follow-ups changed through the same client (a burst of changes at once) load
 * it again.
 *
 * @example
 * private readonly history = new ContactHistoryController(this, { client: () => this.crmClient, contactId: () => this.id, currency: () => 'USD' });
 * html`${this.history.render()}`;
 */
export class ContactHistoryController {
  private readonly task: CrmTask<readonly [CrmClient | undefined, number | undefined], History>;

  constructor(
    private readonly host: CrmElement,
    private readonly options: ContactHistoryOptions,
  ) {
    this.task = new CrmTask(host, {
      args: () => [options.client(), options.contactId()] as const,
      task: async ([client, contactId], { signal }) => {
        if (!client || contactId == null) return initialState;
        const query = { contact_id: contactId, per_page: SHOWN };
        const [opportunities, followUps] = await Promise.all([
          client.opportunities.list(query, { signal }),
          // Those done show in the activity below.
          client.followUps.list({ ...query, completed: false }, { signal }),
        ]);
        for (const { problems } of [opportunities, followUps]) if (problems) host.emit('crm-warning', { operation: 'load', problems });
        return { opportunities, followUps };
      },
      onError: (error) => host.reportError(error, 'load'),
    });
    new ClientChangesController(host, {
      client: options.client,
      onChange: (changes) => {
        if (changes.some(({ resource }) => resource === 'opportunities' || resource === 'followUps')) this.reload();
      },
    });
  }

  /** Loads the history again. */
  reload(): void {
    this.task.reload();
  }

  /** The two lists, their placeholder while they load, or the error with Retry; nothing while there is no contact. */
  render() {
    const { task } = this;
    const msg = this.host.t(contactDialogMessages);
    const common = this.host.t(commonMessages);
    return task.status === TaskStatus.INITIAL
      ? null
      : html`<section class="history" part="history" aria-labelledby="history-title" aria-busy=${task.status === TaskStatus.PENDING}>
          <h3 id="history-title">${msg.history}</h3>
          ${task.render({
            pending: () => renderSkeleton(common, 4),
            error: (error) => renderAlert(common, describeError(error, common), () => this.reload(), 'history-error'),
            complete: ({ opportunities, followUps }) => [
              this.renderList(msg.opportunities, msg.noOpportunities, opportunities, (opportunity) => [
                opportunity.title,
                `${labelFor(msg.stages, opportunity.stage)}, ${this.money(opportunity.value)}`,
                () => this.host.emit('crm-opportunity-select', { opportunity }),
              ]),
              this.renderList(msg.followUps, msg.noFollowUps, followUps, (followUp) => [
                followUp.subject,
                `${labelFor(this.host.t(followUpTypeLabels), followUp.type)}, ${msg.due(this.date(followUp.scheduled_date))}`,
                () => this.host.emit('crm-follow-up-select', { followUp }),
              ]),
            ],
          })}
          <h4>${msg.activity}</h4>
          <crm-activity-timeline part="activity" .client=${this.options.client()} .contactId=${this.options.contactId()}></crm-activity-timeline>
        </section>`;
  }

  /** When a follow-up is due or was done, relative to today. */
  private date(value: string): string {
    return formatRelative(value, this.host.effectiveLocale);
  }

  /** An amount in the dialog's currency, abbreviated where the full figure would not fit. */
  private money(value: number): string {
    const locale = this.host.effectiveLocale;
    return formatFigure(value, (figure, options) => formatMoney(figure, locale, this.options.currency(), options)).text;
  }

  /** One list: a heading, and a button per record (name, then what it is), or the empty state. */
  private renderList<Item>(
    heading: string,
    empty: string,
    { data, total }: ListResult<Item>,
    describe: (item: Item) => [name: string, detail: string, select: () => void],
  ) {
    const locale = this.host.effectiveLocale;
    return html`<h4>${heading}</h4>
      ${data.length
        ? html`<ul part="history-list">
              ${data.map((item) => {
                const [name, detail, select] = describe(item);
                return html`<li>
                  <button class="item" type="button" part="history-item" @click=${select}>
                    <bdi>${clipText(plainText(name))}</bdi>
                    <span class="detail">${detail}</span>
                  </button>
                </li>`;
              })}
            </ul>
            ${total > data.length ? html`<p class="more">${this.host.t(contactDialogMessages).shownOf(formatNumber(data.length, locale), formatNumber(total, locale))}</p>` : null}`
        : renderEmpty(empty)}`;
  }
}
