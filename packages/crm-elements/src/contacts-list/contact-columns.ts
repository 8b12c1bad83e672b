import type { Contact } from '@mindbrite/crm-client';
import { contactStatusLabels, contactsListMessages as t, leadSourceLabels } from '../messages/index.js';
import { personColumns, personName } from '../records-list/person-columns.js';
import { labelFor } from '../shared/labels.js';

/** A contact status in words; a status this SDK does not know is shown as the server sent it. */
export const statusLabel = (status: string): string => labelFor(contactStatusLabels, status);

/** A source in words (contacts share the leads' sources); an unknown source is shown as sent. */
export const sourceLabel = (source: string): string => labelFor(leadSourceLabels, source);

/** A contact's name as people read it, as plain text; a contact without one is still named, by its id. */
export const contactName = (contact: Contact): string => personName(contact, t.unnamed);

const column = personColumns<Contact>({ unnamed: t.unnamed, status: statusLabel, source: sourceLabel });

/** The columns the contacts list can show, in their default order. */
export const CONTACT_COLUMNS = [
  column.name,
  column.email,
  column.phone,
  column.company,
  column.position,
  column.status,
  column.source,
  column.created,
  column.updated,
];
