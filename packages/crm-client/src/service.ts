import type { CrmClient } from './client.js';
import type {
  Contact,
  ContactInput,
  ContactListParams,
  ContactUpdate,
  CrmId,
  CrmStatistics,
  FollowUp,
  FollowUpInput,
  FollowUpUpdate,
  Lead,
  LeadInput,
  LeadListParams,
  LeadUpdate,
  ListResult,
  Opportunity,
  OpportunityInput,
  OpportunityListParams,
  OpportunityUpdate,
} from './schemas/index.js';
import type { RequestOptions } from './resources/context.js';

/** The CRM module's documented `crmService`, backed by a {@link CrmClient}. Lists return `{ data, total }`. */
export interface CrmService {
  getLeads(filters?: LeadListParams, options?: RequestOptions): Promise<ListResult<Lead>>;
  getLead(id: CrmId, options?: RequestOptions): Promise<Lead>;
  createLead(data: LeadInput, options?: RequestOptions): Promise<Lead>;
  updateLead(id: CrmId, data: LeadUpdate, options?: RequestOptions): Promise<Lead>;
  deleteLead(id: CrmId, options?: RequestOptions): Promise<void>;
  convertLead(leadId: number, contactData?: ContactUpdate, options?: RequestOptions): Promise<Contact>;
  getContacts(filters?: ContactListParams, options?: RequestOptions): Promise<ListResult<Contact>>;
  getContact(id: CrmId, options?: RequestOptions): Promise<Contact>;
  createContact(data: ContactInput, options?: RequestOptions): Promise<Contact>;
  updateContact(id: CrmId, data: ContactUpdate, options?: RequestOptions): Promise<Contact>;
  deleteContact(id: CrmId, options?: RequestOptions): Promise<void>;
  getOpportunities(filters?: OpportunityListParams, options?: RequestOptions): Promise<ListResult<Opportunity>>;
  getOpportunity(id: CrmId, options?: RequestOptions): Promise<Opportunity>;
  createOpportunity(data: OpportunityInput, options?: RequestOptions): Promise<Opportunity>;
  updateOpportunity(id: CrmId, data: OpportunityUpdate, options?: RequestOptions): Promise<Opportunity>;
  deleteOpportunity(id: CrmId, options?: RequestOptions): Promise<void>;
  /** Follow-ups, of one contact when `contactId` is given. */
  getFollowUps(contactId?: number, options?: RequestOptions): Promise<ListResult<FollowUp>>;
  getFollowUp(id: CrmId, options?: RequestOptions): Promise<FollowUp>;
  createFollowUp(data: FollowUpInput, options?: RequestOptions): Promise<FollowUp>;
  updateFollowUp(id: CrmId, data: FollowUpUpdate, options?: RequestOptions): Promise<FollowUp>;
  deleteFollowUp(id: CrmId, options?: RequestOptions): Promise<void>;
  getStatistics(options?: RequestOptions): Promise<CrmStatistics>;
}

/**
 * A `crmService`-shaped facade, so code written against the CRM module's documented service works
 * unchanged on top of the client (and its retries, auth, errors and `change` events).
 * @example
 * const crmService = createCrmService(createCrmClient());
 * const { data, total } = await crmService.getLeads({ search: 'silva' });
 * await crmService.convertLead(7, { position: 'Office manager' });
 */
export function createCrmService(client: CrmClient): CrmService {
  // The resources' methods are closures that never read `this`, so they are handed over as they are.
  const { leads, contacts, opportunities, followUps, statistics } = client;
  return {
    getLeads: leads.list,
    getLead: leads.get,
    createLead: leads.create,
    updateLead: leads.update,
    deleteLead: leads.delete,
    convertLead: leads.convert,
    getContacts: contacts.list,
    getContact: contacts.get,
    createContact: contacts.create,
    updateContact: contacts.update,
    deleteContact: contacts.delete,
    getOpportunities: opportunities.list,
    getOpportunity: opportunities.get,
    createOpportunity: opportunities.create,
    updateOpportunity: opportunities.update,
    deleteOpportunity: opportunities.delete,
    getFollowUps: (contactId, options) =>
      followUps.list(contactId === undefined ? {} : { contact_id: contactId }, options),
    getFollowUp: followUps.get,
    createFollowUp: followUps.create,
    updateFollowUp: followUps.update,
    deleteFollowUp: followUps.delete,
    getStatistics: statistics.get,
  };
}
