// Loaded on demand with the list's first row action or row selection (see RecordsActions).
import { LEAD_STATUSES, type Contact, type CrmClient, type Lead, type CrmId } from '@mindbrite/crm-client';
import { html, nothing } from 'lit';
import { LazyModule } from '../controllers/lazy-module.controller.js';
import { leadsListActionMessages } from '../messages/leads-list-actions.js';
import type { CrmOpportunityDialog } from '../opportunity-dialog/crm-opportunity-dialog.component.js';
import type { RecordsListContext } from '../records-list/crm-records-list.js';
import { RecordsActions } from '../records-list/records-actions.js';
import { sentence } from '../shared/sentence.js';
import { statusLabel } from './lead-columns.js';

/**
 * The leads list's actions: those of every list (delete, bulk status and delete), convert, whose
 * notice offers to go straight on to an opportunity for the new contact, and schedule a follow-up,
 * which converts the lead first (see `<crm-leads-list>` for the rule).
 */
export class LeadsListActions extends RecordsActions<Lead, typeof leadsListActionMessages> {
  protected readonly statuses = LEAD_STATUSES;

  /**
   * The dialog that creates an opportunity for a converted lead's contact: its code loads when first
   * asked for, and its one element stays in the list's overlays; its events bubble out of the list.
   */
  readonly #opportunityDialog = new LazyModule(
    { requestUpdate: () => this.list.host.requestUpdate(), loadFailed: (error) => this.list.failed(error, 'load') },
    () => import('../opportunity-dialog/crm-opportunity-dialog.js').then(() => document.createElement('crm-opportunity-dialog')),
  );

  constructor(list: RecordsListContext<Lead>) {
    super(list, leadsListActionMessages);
  }

  override renderOverlays() {
    return html`${super.renderOverlays()}${this.#opportunityDialog.value}`;
  }

  protected collection(client: CrmClient) {
    return client.leads;
  }

  protected statusLabel(status: string, locale: string): string {
    return statusLabel(status, locale);
  }

  protected deleted(ids: CrmId[]): void {
    this.list.emit('crm-lead-deleted', { ids });
  }

  protected updated(lead: Lead): void {
    this.list.emit('crm-lead-updated', { lead });
  }

  /** Convert (offered for a lead not converted yet) and Schedule follow-up, before Delete. */
  protected override menuItems() {
    return [{ action: 'convert', label: this.words.convert }, { action: 'schedule', label: this.words.scheduleFollowUp }, ...super.menuItems()];
  }

  protected override runOwn(action: string, lead: Lead): Promise<void> {
    if (action === 'schedule') return this.schedule(lead);
    return action === 'convert' ? this.convert(lead).then(() => undefined) : super.runOwn(action, lead);
  }

  /**
   * Schedules a follow-up for `lead`, unless the host cancels `crm-schedule-follow-up` to do it
   * with the contact it knows: with the contact converting it makes (once the user confirms), or
   * for a lead converted already (the API names no contact of it) with the contact the user picks.
   */
  private async schedule(lead: Lead): Promise<void> {
    if (!this.list.emit('crm-schedule-follow-up', { lead }, true)) return;
    if (lead.status === 'converted') return this.scheduleFollowUp();
    const contact = await this.convert(lead);
    if (contact) await this.scheduleFollowUp(contact.id);
  }

  /**
   * Converts `lead` to a contact once the user confirms; the notice then offers to create an
   * opportunity for the contact, to a user who may. The contact, or `undefined` when the user
   * declined or converting failed.
   */
  private async convert(lead: Lead): Promise<Contact | undefined> {
    const name = this.list.name(lead);
    const t = this.words;
    let converted: Contact | undefined;
    await this.runOne(t.confirmConvert, name, 'convert', 'primary', async (client) => {
      const contact = (converted = await client.leads.convert(lead.id));
      const offer = this.list.may('create', 'opportunities')
        ? html` <button class="button" type="button" data-action="create-opportunity" @click=${() => this.#createOpportunity(contact)}>
            ${t.createOpportunity}
          </button>`
        : nothing;
      void this.list.showNotice({ tone: 'success', text: html`${sentence(t.converted, name)}${offer}` });
      this.list.emit('crm-lead-converted', { lead, contact });
    });
    return converted;
  }

  /** Opens the opportunity dialog for `contact`, following the list's client and language. */
  async #createOpportunity(contact: Contact): Promise<void> {
    const dialog = (await this.#opportunityDialog.get()) as CrmOpportunityDialog | undefined;
    if (!dialog) return;
    const { list } = this;
    Object.assign(dialog, { client: list.client(), locale: list.locale(), slowAfter: list.slowAfter() });
    await list.host.updateComplete;
    await dialog.open({ contactId: contact.id });
  }
}
