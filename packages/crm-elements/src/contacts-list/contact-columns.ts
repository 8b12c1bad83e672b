import type { Contact } from '@mindbrite/crm-client';
import { localize } from '../localize/localize.js';
import { contactStatusLabels, contactsListMessages } from '../messages/index.js';
import { personColumns, personName, sourceLabel } from '../records-list/person-columns.js';
import { labelFor } from '../shared/labels.js';

/** A contact status in words of `locale`; a status this SDK does not know is shown as the server sent it. */
export const statusLabel = (status: string, locale: string): string => labelFor(localize(contactStatusLabels, locale), status);

/** A contact's name as people read it, as plain text; a contact without one is still named, by its id, in `locale`. */
export const contactName = (contact: Contact, locale: string): string => personName(contact, localize(contactsListMessages, locale).unnamed);

const column = personColumns<Contact>({ name: contactName, status: statusLabel, source: sourceLabel });

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
