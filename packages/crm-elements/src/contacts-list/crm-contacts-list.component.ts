import type { Contact } from '@mindbrite/crm-client';
import { CONTACT_SORT_FIELDS, CONTACT_STATUSES, LEAD_SOURCES } from '@mindbrite/crm-client';
import { property } from 'lit/decorators.js';
import { contactsListMessages as t } from '../messages/index.js';
import { CrmRecordsList, optionalText, type RecordsListDefinition } from '../records-list/crm-records-list.js';
import { listProperties } from '../records-list/list-properties.js';
import { sourceLabel } from '../records-list/person-columns.js';
import { CONTACT_COLUMNS, contactName, statusLabel } from './contact-columns.js';

/** The contacts list: the contacts collection, its columns, filters, words and on-demand modules. */
const contactsList: RecordsListDefinition<Contact> = {
  resource: 'contacts',
  kind: 'contacts-list',
  columns: CONTACT_COLUMNS,
  filters: [
    { key: 'status', label: 'statusFilter', anyLabel: 'anyStatus', known: CONTACT_STATUSES, toLabel: statusLabel },
    { key: 'source', label: 'sourceFilter', anyLabel: 'anySource', known: LEAD_SOURCES, toLabel: sourceLabel },
  ],
  sortFields: CONTACT_SORT_FIELDS,
  messages: t,
  name: contactName,
  menuActions: (_contact, may) => [may('followUps', 'create') && 'schedule', may('contacts', 'delete') && 'delete'],
  loadActions: (list) => import('./contacts-list-actions.js').then(({ ContactsListActions }) => new ContactsListActions(list)),
  loadExport: (list) => import('./contacts-csv.js').then(({ createContactsExport }) => createContactsExport(list)),
  editor: {
    load: () => import('../contact-dialog/crm-contact-dialog.js'),
    tag: 'crm-contact-dialog',
    open: (dialog, contact) => (dialog as HTMLElementTagNameMap['crm-contact-dialog']).open({ contactId: contact.id }),
  },
};

/**
 * @summary A table of contacts with search, filters, sorting, paging, row selection with bulk
 * actions, row actions (edit, schedule a follow-up, delete), a column chooser and CSV export.
 *
 * Data comes from the CRM client (the `client` property, the nearest `<crm-provider>`, or
 * `api-base`); the list reloads by itself when that client reports a change to contacts, so a
 * contact saved in a `<crm-contact-dialog>`, or a lead converted in a `<crm-leads-list>`, sharing
 * the client appears with no host code.
 *
 * It is a records list, as `<crm-leads-list>` is: filters, sort and page are attributes, reflected
 * as the user changes them and, with `sync-url`, mirrored in the page URL (never the search term,
 * usually a patient's name). A status or source the CRM uses that this SDK does not know is shown
 * as sent, and still offered as a filter when it is the list's filter.
 *
 * Choosing a row (a click, or Enter or Space on it) opens a read-only view of the contact, titled
 * with its name, with every field, "Edit" and the row's other actions; a host that shows contacts
 * its own way cancels `crm-contact-select`, and the view stays closed. "Edit" opens the contact in a
 * `<crm-contact-dialog>` (loaded on first use), with the contact's opportunities and follow-ups;
 * its events bubble out of the list like the list's own. A row's menu offers "Schedule follow-up"
 * and "Delete". "Schedule follow-up" (to a user who may create follow-ups) fires the cancelable
 * `crm-schedule-follow-up`; unless the host cancels it to schedule the follow-up its own way, it
 * opens a `<crm-follow-up-dialog>` (loaded on first use) with the contact chosen, whose events
 * bubble out of the list too.
 *
 * @fires crm-contact-select - A row was activated (clicked, or Enter/Space on a focused row). Cancelable: `preventDefault()` keeps the list's view of the contact closed, for a host that shows it its own way. `detail: { contact }`.
 * @fires crm-schedule-follow-up - The user chose "Schedule follow-up" in a row's menu. Cancelable: `preventDefault()` keeps the list's follow-up dialog closed, for a host that schedules it its own way. `detail: { contact }`.
 * @fires crm-follow-up-created - In the follow-up dialog, a follow-up was scheduled. `detail: { followUp }`.
 * @fires crm-contact-deleted - Contacts were deleted from the list (one, or the ones a bulk delete removed). `detail: { ids }`.
 * @fires crm-contact-updated - A contact was saved in the edit dialog, or by a bulk status change (once per contact). `detail: { contact }`.
 * @fires crm-cancel - The user closed the edit dialog without saving. `detail: {}`.
 * @fires crm-open-record - In the edit dialog, the user chose an existing contact with the same email or phone. `detail: { resource, id }`.
 * @fires crm-opportunity-select - In the edit dialog, the user chose one of the contact's opportunities. `detail: { opportunity }`.
 * @fires crm-follow-up-select - In the edit dialog, the user chose one of the contact's follow-ups. `detail: { followUp }`.
 *
 * @cssprop --crm-contacts-list-row-height - Height of a table row. Default `2.75rem` times `--crm-density`.
 * @cssprop --crm-contacts-list-height - In `mode="scroll"`, the most height the rows' frame takes; they scroll inside it. Default `36rem`.
 * @cssprop --crm-contacts-list-header-background - Background of the header row. Default `--crm-color-surface-raised`.
 * @cssprop --crm-contacts-list-selected-background - Background of a selected row. Default a tint of `--crm-color-primary`.
 *
 * @example
 * <crm-provider api-base="/api/crm">
 *   <crm-contacts-list columns="name,email,phone,company,status" storage-key="front-desk"></crm-contacts-list>
 * </crm-provider>
 */
export class CrmContactsList extends CrmRecordsList<Contact> {
  static override styles = [...CrmRecordsList.styles, listProperties('contacts-list')];

  /** Only contacts with this status (`active`, `inactive`, `prospect`, or any status the CRM uses); empty for all. */
  @property({ reflect: true, converter: optionalText }) status = '';

  /** Only contacts from this source (`website`, `referral`, …); empty for all. */
  @property({ reflect: true, converter: optionalText }) source = '';

  /**
   * The columns offered, in order, comma separated: `name`, `email`, `phone`, `company`,
   * `position`, `status`, `source`, `created`, `updated`. Default: all. The user may hide and show
   * these with the column chooser.
   */
  declare columns?: string;

  protected readonly definition = contactsList;

  protected activate(contact: Contact): boolean {
    return this.emit('crm-contact-select', { contact }, true);
  }
}
