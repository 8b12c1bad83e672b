import type { Contact, CrmError, CrmId, FollowUp, Lead, ListProblems, Opportunity } from '@mindbrite/crm-client';

/** The quick actions the dashboard offers. */
export type CrmQuickAction = 'new-lead' | 'new-contact' | 'new-opportunity' | 'schedule-follow-up';

/** What a failed operation was doing, so a host can decide how to react to `crm-error`. */
export type CrmOperation = 'load' | 'create' | 'update' | 'delete' | 'convert' | 'bulk-delete' | 'bulk-update' | 'export';

/** The `detail` of every event our elements fire. Event names are public API. */
export interface CrmEventDetailMap {
  'crm-lead-created': { lead: Lead };
  'crm-lead-updated': { lead: Lead };
  'crm-lead-deleted': { ids: CrmId[] };
  'crm-lead-converted': { lead: Lead; contact: Contact };
  'crm-lead-select': { lead: Lead };
  'crm-contact-created': { contact: Contact };
  'crm-contact-updated': { contact: Contact };
  'crm-contact-deleted': { ids: CrmId[] };
  'crm-contact-select': { contact: Contact };
  /**
   * The user asked to schedule a follow-up with this contact, or for this lead (a lead list's
   * row). Cancelable: a host that schedules it its own way cancels it, and the list's dialog stays closed.
   */
  'crm-schedule-follow-up': { contact: Contact } | { lead: Lead };
  'crm-opportunity-select': { opportunity: Opportunity };
  'crm-opportunity-created': { opportunity: Opportunity };
  /** Saved, or moved to another stage (`move` says from which to which). */
  'crm-opportunity-updated': { opportunity: Opportunity; move?: { from: string; to: string } };
  'crm-opportunity-deleted': { ids: CrmId[] };
  'crm-follow-up-select': { followUp: FollowUp };
  'crm-follow-up-created': { followUp: FollowUp };
  /** Saved, rescheduled or reopened. */
  'crm-follow-up-updated': { followUp: FollowUp };
  'crm-follow-up-completed': { followUp: FollowUp };
  'crm-follow-up-deleted': { ids: CrmId[] };
  /** A reminder: the follow-up is `soon` due (`remind-before` minutes ahead) or `due` now. */
  'crm-follow-up-due': { followUp: FollowUp; when: 'soon' | 'due' };
  'crm-quick-action': { action: CrmQuickAction };
  'crm-error': { error: CrmError; operation: CrmOperation };
  /** Records left out of what was loaded; ids, counts and field paths only, never values. */
  'crm-warning': { operation: CrmOperation; problems: ListProblems };
  'crm-cancel': Record<string, never>;
  'crm-open-record': { resource: 'leads' | 'contacts'; id: CrmId };
}

export type CrmEventName = keyof CrmEventDetailMap;

/** Every event of ours as the DOM types it: a `CustomEvent` with the typed `detail`. */
export type CrmEventMap = { [Name in CrmEventName]: CustomEvent<CrmEventDetailMap[Name]> };

// Our events bubble and are composed, so a host listens on its elements, the document or the window.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds our events to the DOM's map
  interface HTMLElementEventMap extends CrmEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- as above
  interface DocumentEventMap extends CrmEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- as above
  interface WindowEventMap extends CrmEventMap {}
}
