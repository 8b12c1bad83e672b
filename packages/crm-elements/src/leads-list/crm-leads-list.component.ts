import type { Lead } from '@mindbrite/crm-client';
import { LEAD_SORT_FIELDS, LEAD_SOURCES, LEAD_STATUSES } from '@mindbrite/crm-client';
import { property } from 'lit/decorators.js';
import type { LeadDialogOpenOptions } from '../lead-dialog/crm-lead-dialog.component.js';
import { leadsListMessages as t } from '../messages/index.js';
import { CrmRecordsList, optionalText, type RecordsListDefinition } from '../records-list/crm-records-list.js';
import { listProperties } from '../records-list/list-properties.js';
import { sourceLabel } from '../records-list/person-columns.js';
import { LEAD_COLUMNS, leadName, statusLabel } from './lead-columns.js';

/** The leads list: the leads collection, its columns, filters, words and on-demand modules. */
const leadsList: RecordsListDefinition<Lead> = {
  resource: 'leads',
  kind: 'leads-list',
  columns: LEAD_COLUMNS,
  filters: [
    { key: 'status', label: 'statusFilter', anyLabel: 'anyStatus', known: LEAD_STATUSES, toLabel: statusLabel },
    { key: 'source', label: 'sourceFilter', anyLabel: 'anySource', known: LEAD_SOURCES, toLabel: sourceLabel },
  ],
  sortFields: LEAD_SORT_FIELDS,
  messages: t,
  name: leadName,
  // Scheduling a follow-up for a lead may convert it first.
  menuActions: (lead, may) => [
    lead.status !== 'converted' && may('leads', 'convert') && 'convert',
    may('followUps', 'create') && may('leads', 'convert') && 'schedule',
    may('leads', 'delete') && 'delete',
  ],
  loadActions: (list) => import('./leads-list-actions.js').then(({ LeadsListActions }) => new LeadsListActions(list)),
  loadExport: (list) => import('./leads-csv.js').then(({ createLeadsExport }) => createLeadsExport(list)),
  editor: {
    load: () => import('../lead-dialog/crm-lead-dialog.js'),
    tag: 'crm-lead-dialog',
    open: (dialog, lead) => (dialog as HTMLElement & { open(options: LeadDialogOpenOptions): Promise<unknown> }).open({ leadId: lead.id }),
  },
};

/**
 * @summary A table of leads with search, filters, sorting, paging, row selection with bulk actions,
 * row actions (edit, convert, schedule a follow-up, delete), a column chooser and CSV export.
 *
 * Data comes from the CRM client (the `client` property, the nearest `<crm-provider>`, or
 * `api-base`); the list reloads by itself when that client reports a change, so a lead created in a
 * `<crm-lead-form>` sharing the client appears with no host code.
 *
 * It is a records list (see `CrmRecordsList`): filters, sort and page are attributes, reflected
 * as the user changes them and, with `sync-url`, mirrored in the page URL. The search term is
 * neither reflected nor written to the URL: it is usually a patient's name. A host that wants a
 * search in the URL puts it there itself and sets `search`. Rows are records, identified by id;
 * records the client had to leave out of a page are counted in a note and reported by
 * `crm-warning`; text from the CRM is shown without the control characters that could disguise it.
 *
 * Choosing a row (a click, or Enter or Space on it) opens a read-only view of the lead, titled
 * with its name, with every field, "Edit" and the row's other actions; a host that shows leads its
 * own way cancels `crm-lead-select`, and the view stays closed. "Edit" opens the lead in a
 * `<crm-lead-dialog>`; its events bubble out of the list like the list's own. A row's other actions
 * (convert, for a lead not converted yet, schedule a follow-up, and delete) are in its menu.
 *
 * "Schedule follow-up": a follow-up belongs to a contact, and a lead is not one. The action first
 * fires the cancelable `crm-schedule-follow-up` with the lead; a host that knows the lead's contact
 * cancels it and schedules with that contact itself (`followUpDialog.open({ contactId })`). Otherwise
 * a lead not converted yet is converted first, as "Convert to contact" does (with its
 * confirmation), and a `<crm-follow-up-dialog>` opens with the new contact; for a lead already
 * converted, whose contact the API does not name, the dialog opens for the user to pick the
 * contact. It is offered to a user who may create follow-ups and convert leads. The dialog's
 * events bubble out of the list.
 *
 * The code of what only some users do loads on first use: the edit dialog, the record view, the
 * menu, convert and delete with their confirmation, the follow-up dialog and the bulk actions
 * (with the first row action, row chosen or selection), the column chooser's checkboxes (when its
 * menu first opens), the URL mirroring (with `sync-url`) and the CSV export.
 *
 * @fires crm-lead-select - A row was activated (clicked, or Enter/Space on a focused row). Cancelable: `preventDefault()` keeps the list's view of the lead closed, for a host that shows it its own way. `detail: { lead }`.
 * @fires crm-lead-deleted - Leads were deleted from the list (one, or the ones a bulk delete removed). `detail: { ids }`.
 * @fires crm-lead-converted - A lead was converted to a contact. `detail: { lead, contact }` (`lead` as it was listed).
 * @fires crm-schedule-follow-up - The user chose "Schedule follow-up" in a row's menu. Cancelable: `preventDefault()` stops the list from converting the lead and opening its follow-up dialog, for a host that schedules it its own way. `detail: { lead }`.
 * @fires crm-follow-up-created - In the follow-up dialog, a follow-up was scheduled. `detail: { followUp }`.
 * @fires crm-lead-updated - A lead was saved in the edit dialog, or by a bulk status change (once per lead). `detail: { lead }`.
 * @fires crm-cancel - The user closed the edit dialog without saving. `detail: {}`.
 * @fires crm-open-record - In the edit dialog, the user chose an existing record with the same email or phone. `detail: { resource, id }`.
 *
 * @cssprop --crm-leads-list-row-height - Height of a table row. Default `2.75rem` times `--crm-density`.
 * @cssprop --crm-leads-list-height - In `mode="scroll"`, the most height the rows' frame takes; they scroll inside it. Default `36rem`.
 * @cssprop --crm-leads-list-header-background - Background of the header row. Default `--crm-color-surface-raised`.
 * @cssprop --crm-leads-list-selected-background - Background of a selected row. Default a tint of `--crm-color-primary`.
 *
 * @example
 * <crm-provider api-base="/api/crm">
 *   <crm-leads-list columns="name,email,status,created" storage-key="front-desk" sync-url></crm-leads-list>
 * </crm-provider>
 */
export class CrmLeadsList extends CrmRecordsList<Lead> {
  static override styles = [...CrmRecordsList.styles, listProperties('leads-list')];

  /** Only leads with this status (`new`, `contacted`, … or any status the CRM uses); empty for all. */
  @property({ reflect: true, converter: optionalText }) status = '';

  /** Only leads from this source (`website`, `referral`, …); empty for all. */
  @property({ reflect: true, converter: optionalText }) source = '';

  /**
   * The columns offered, in order, comma separated: `name`, `company`, `email`, `phone`, `status`,
   * `source`, `created`. Default: all. The user may hide and show these with the column chooser.
   */
  declare columns?: string;

  protected readonly definition = leadsList;

  protected activate(lead: Lead): boolean {
    return this.emit('crm-lead-select', { lead }, true);
  }
}
