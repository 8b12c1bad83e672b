import type { Contact, ContactInput, ContactListParams, ContactUpdate } from '../schemas/index.js';
import { ContactSchema } from '../schemas/index.js';
import type { ResourceContext } from './context.js';
import type { CrmResource } from './resource.js';
import { createResource } from './resource.js';

export type ContactsResource = CrmResource<Contact, ContactInput, ContactUpdate, ContactListParams>;

/**
 * The contacts module of a client.
 * @example
 * const contacts = createContacts(context);
 */
export const createContacts = (context: ResourceContext): ContactsResource =>
  createResource(context, 'contacts', ContactSchema);
