import type { Contact, ContactUpdate, CrmId, Lead, LeadInput, LeadListParams, LeadUpdate } from '../schemas/index.js';
import { ContactSchema, LeadSchema } from '../schemas/index.js';
import type { RequestOptions, ResourceContext } from './context.js';
import { readJson, send, validate } from './context.js';
import type { CrmResource } from './resource.js';
import { createResource } from './resource.js';

/** Leads: the collection's operations, plus conversion into a contact. */
export interface LeadsResource extends CrmResource<Lead, LeadInput, LeadUpdate, LeadListParams> {
  /**
   * Converts a lead into a contact (`POST /leads/{id}/convert`); the lead's status becomes
   * `converted`. `overrides` replace fields of the new contact. Announces a `convert` change of
   * the lead and a `create` change of the contact.
   * @example
   * const contact = await client.leads.convert(7, { position: 'Office manager' });
   */
  convert(id: CrmId, overrides?: ContactUpdate, options?: RequestOptions): Promise<Contact>;
}

/**
 * The leads module of a client.
 * @example
 * const leads = createLeads(context);
 */
export function createLeads(context: ResourceContext): LeadsResource {
  const base = createResource<Lead, LeadInput, LeadUpdate, LeadListParams>(context, 'leads', LeadSchema);
  return {
    ...base,
    async convert(id, overrides = {}, options = {}) {
      const { adapter } = context;
      const exchange = await send(context, 'POST', adapter.target('leads', [id, 'convert']), options, adapter.toWire('contacts', overrides));
      const contact = validate(context, ContactSchema, adapter.toModel('contacts', readJson('contacts', exchange)), 'contacts', exchange);
      context.notify({ resource: 'leads', action: 'convert', id });
      context.notify({ resource: 'contacts', action: 'create', id: contact.id });
      return contact;
    },
  };
}
