// Loaded on demand with the list's first row action or row selection (see RecordsActions).
import { CONTACT_STATUSES, type Contact, type CrmClient, type CrmId } from '@mindbrite/crm-client';
import { contactsListActionMessages } from '../messages/contacts-list-actions.js';
import type { RecordsListContext } from '../records-list/crm-records-list.js';
import { RecordsActions } from '../records-list/records-actions.js';
import { statusLabel } from './contact-columns.js';

/** The contacts list's actions: schedule a follow-up, delete, and the bulk status change and delete. */
export class ContactsListActions extends RecordsActions<Contact, typeof contactsListActionMessages> {
  protected readonly statuses = CONTACT_STATUSES;

  constructor(list: RecordsListContext<Contact>) {
    super(list, contactsListActionMessages);
  }

  protected collection(client: CrmClient) {
    return client.contacts;
  }

  protected statusLabel(status: string, locale: string): string {
    return statusLabel(status, locale);
  }

  protected deleted(ids: CrmId[]): void {
    this.list.emit('crm-contact-deleted', { ids });
  }

  protected updated(contact: Contact): void {
    this.list.emit('crm-contact-updated', { contact });
  }

  /** "Schedule follow-up", before Delete. */
  protected override menuItems() {
    return [{ action: 'schedule', label: this.words.scheduleFollowUp }, ...super.menuItems()];
  }

  /**
   * "Schedule follow-up" opens the list's follow-up dialog with the contact, unless a host that
   * schedules it its own way cancels `crm-schedule-follow-up`.
   */
  protected override runOwn(action: string, contact: Contact): Promise<void> {
    if (action !== 'schedule') return super.runOwn(action, contact);
    return this.list.emit('crm-schedule-follow-up', { contact }, true) ? this.scheduleFollowUp(contact.id) : Promise.resolve();
  }
}
