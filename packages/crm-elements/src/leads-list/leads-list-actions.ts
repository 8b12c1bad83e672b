// Loaded on demand (dynamic import) by the first row action or row selection, so a host whose
// users only read the list never downloads the confirmations and bulk actions.
import { LEAD_STATUSES, type Lead } from '@mindbrite/crm-client';
import { css, html, nothing } from 'lit';
import type { CrmElement } from '../base/crm-element.js';
import { ConfirmController, type ConfirmRequest } from '../controllers/confirm.controller.js';
import { confirmStyles } from '../controllers/confirm.styles.js';
import type { SelectionController } from '../controllers/selection.controller.js';
import { describeError } from '../messages/index.js';
import { leadsListActionMessages as t } from '../messages/leads-list-actions.js';
import { leadsListMessages } from '../messages/leads-list.js';
import type { CrmOperation } from '../shared/events.js';
import { addStyles } from '../shared/add-styles.js';
import type { Notice } from '../records-list/notice.js';
import { sentence } from '../shared/sentence.js';
import { clipText } from '../shared/text.js';
import { leadName, statusLabel } from './lead-columns.js';

/** What these actions use of `<crm-leads-list>` (its `@internal` members). */
export interface LeadsListHost extends CrmElement {
  readonly selection: SelectionController<number>;
  readonly records: { readonly byId: ReadonlyMap<number, Lead> };
  count(value: number): string;
  reload(): void;
  showNotice(notice: Notice): Promise<void>;
  failed(error: unknown, operation: CrmOperation): void;
}

type Client = NonNullable<CrmElement['crmClient']>;
type Tone = ConfirmRequest['tone'];
/** A confirmation's text in the messages: what will happen, and the button that goes ahead. */
type Question = { body: string; action: string };

/** The styles of the bulk bar and the confirmation dialog, added to the list's when this module loads. */
const actionStyles = css`
  ${confirmStyles}
  .bulk {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
  }
`;

/**
 * The list's actions that change leads: convert and delete one row, and delete or re-status the
 * selected rows, each behind a confirmation, reporting the outcome (by row for partial failures).
 */
export class LeadsListActions {
  /** While a bulk action runs, the list does not reload on each record's change, only at the end. */
  running = false;

  private readonly confirmation: ConfirmController;

  constructor(private readonly list: LeadsListHost) {
    this.confirmation = new ConfirmController(list);
    addStyles(list.renderRoot as ShadowRoot, actionStyles);
  }

  /** The confirmation dialog; rendered once in the list. */
  renderConfirm() {
    return this.confirmation.render();
  }

  /** The bar of actions on the selected rows; nothing while no row is selected. */
  renderBulkBar() {
    const { selection } = this.list;
    if (!selection.size) return nothing;
    const busy = this.running;
    return html`<div class="bulk" part="bulk-actions">
      <span>${t.selectedCount(this.list.count(selection.size))}</span>
      <label class="field">
        <span class="visually-hidden">${t.bulkStatusLabel}</span>
        <select id="bulk-status" ?disabled=${busy}>
          <option value="">${t.bulkStatusPlaceholder}</option>
          ${LEAD_STATUSES.map((status) => html`<option value=${status}>${statusLabel(status)}</option>`)}
        </select>
      </label>
      <button class="button" type="button" ?disabled=${busy} @click=${this.bulkChangeStatus}>${t.applyStatus}</button>
      <button class="button danger" type="button" ?disabled=${busy} @click=${this.bulkDelete}>${t.deleteSelected}</button>
      <button class="button" type="button" @click=${() => selection.clear()}>${t.clearSelection}</button>
    </div>`;
  }

  /** Converts `lead` to a contact once the user confirms. */
  convert(lead: Lead): Promise<void> {
    const name = clipText(leadName(lead));
    return this.runOne(t.confirmConvert, name, 'convert', 'primary', async (client) => {
      const contact = await client.leads.convert(lead.id);
      void this.list.showNotice({ tone: 'success', text: sentence(t.converted, name) });
      this.list.emit('crm-lead-converted', { lead, contact });
    });
  }

  /** Deletes `lead` once the user confirms. */
  delete(lead: Lead): Promise<void> {
    const name = clipText(leadName(lead));
    return this.runOne(t.confirmDeleteOne, name, 'delete', 'danger', async (client) => {
      await client.leads.delete(lead.id);
      void this.list.showNotice({ tone: 'success', text: sentence(t.deleted, name) });
      this.list.emit('crm-lead-deleted', { ids: [lead.id] });
    });
  }

  /** Asks, then runs `act` on one lead; a failure is reported in the notice and as `crm-error`. */
  private async runOne(
    ask: Question & { title: (name: string) => string },
    name: string,
    operation: CrmOperation,
    tone: Tone,
    act: (client: Client) => Promise<void>,
  ): Promise<void> {
    const client = this.list.crmClient;
    if (!(await this.confirm(sentence(ask.title, name), ask, tone)) || !client) return;
    try {
      await act(client);
    } catch (error) {
      this.list.failed(error, operation);
    }
  }

  private confirm(title: ConfirmRequest['title'], { body, action }: Question, tone?: Tone): Promise<boolean> {
    return this.confirmation.ask({ title, body, confirmLabel: action, tone });
  }

  private readonly bulkDelete = async () => {
    const { list } = this;
    if (!(await this.confirm(t.confirmDeleteMany.title(list.count(list.selection.size)), t.confirmDeleteMany, 'danger'))) return;
    const result = await this.runBulk('bulk-delete', (client, ids) => client.leads.bulkDelete(ids), t.bulkDeleted);
    if (result?.succeeded.length) list.emit('crm-lead-deleted', { ids: result.succeeded });
  };

  private readonly bulkChangeStatus = async () => {
    const { list } = this;
    const select = list.renderRoot.querySelector<HTMLSelectElement>('#bulk-status');
    const status = select?.value;
    // Apply before choosing a status: take the user to the choice that is missing.
    if (!status) return select?.focus();
    const title = t.confirmStatus.title(list.count(list.selection.size), statusLabel(status));
    if (!(await this.confirm(title, t.confirmStatus))) return;
    const result = await this.runBulk('bulk-update', (client, ids) => client.leads.bulkUpdate(ids, { status }), t.bulkUpdated);
    for (const item of result?.results ?? []) if (item.ok) list.emit('crm-lead-updated', { lead: item.value });
  };

  /**
   * Runs a bulk action on the selected rows, then reloads once. Rows that succeeded leave the
   * selection; rows that failed stay selected and are listed by name with the reason.
   */
  private async runBulk<Result extends { succeeded: number[]; failed: { id: number; error: unknown }[] }>(
    operation: CrmOperation,
    action: (client: Client, ids: number[]) => Promise<Result>,
    successText: (count: string) => string,
  ): Promise<Result | undefined> {
    const { list } = this;
    const client = list.crmClient;
    if (!client) return undefined;
    const ids = list.selection.keys;
    // Names are read now: the reload that follows may no longer list these leads.
    const names = new Map(ids.map((id) => [id, list.records.byId.get(id)]));
    this.running = true;
    list.requestUpdate();
    try {
      const result = await action(client, ids);
      list.selection.setAll(result.succeeded, false);
      const failed = result.failed;
      void list.showNotice(
        failed.length
          ? {
              tone: 'error',
              text: t.bulkPartial(list.count(failed.length), list.count(ids.length)),
              failures: failed.map(({ id, error }) => {
                const lead = names.get(id);
                const name = lead ? clipText(leadName(lead)) : leadsListMessages.unnamed(String(id));
                return sentence((who) => t.failedRow(who, describeError(error)), name);
              }),
            }
          : { tone: 'success', text: successText(list.count(result.succeeded.length)) },
      );
      for (const { error } of failed) list.reportError(error, operation);
      return result;
    } catch (error) {
      list.failed(error, operation);
      return undefined;
    } finally {
      this.running = false;
      list.reload();
    }
  }
}
