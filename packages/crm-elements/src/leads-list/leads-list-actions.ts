// Loaded on demand with the list's first row action or row selection (see RecordsActions).
import { LEAD_STATUSES, type CrmClient, type Lead, type CrmId } from '@mindbrite/crm-client';
import { leadsListActionMessages } from '../messages/leads-list-actions.js';
import type { RecordsListContext } from '../records-list/crm-records-list.js';
import { RecordsActions } from '../records-list/records-actions.js';
import { sentence } from '../shared/sentence.js';
import { statusLabel } from './lead-columns.js';

/** The leads list's actions: those of every list (delete, bulk status and delete), and convert. */
export class LeadsListActions extends RecordsActions<Lead, typeof leadsListActionMessages> {
  protected readonly statuses = LEAD_STATUSES;

  constructor(list: RecordsListContext<Lead>) {
    super(list, leadsListActionMessages);
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

  /** Convert (offered for a lead not converted yet), before Delete. */
  protected override menuItems() {
    return [{ action: 'convert', label: this.words.convert }, ...super.menuItems()];
  }

  protected override runOwn(action: string, lead: Lead): Promise<void> {
    return action === 'convert' ? this.convert(lead) : super.runOwn(action, lead);
  }

  /** Converts `lead` to a contact once the user confirms. */
  private convert(lead: Lead): Promise<void> {
    const name = this.list.name(lead);
    const t = this.words;
    return this.runOne(t.confirmConvert, name, 'convert', 'primary', async (client) => {
      const contact = await client.leads.convert(lead.id);
      void this.list.showNotice({ tone: 'success', text: sentence(t.converted, name) });
      this.list.emit('crm-lead-converted', { lead, contact });
    });
  }
}
