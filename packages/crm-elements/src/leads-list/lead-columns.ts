import type { Lead } from '@mindbrite/crm-client';
import { localize } from '../localize/localize.js';
import { leadStatusLabels } from '../messages/lead-statuses.js';
import { leadsListMessages } from '../messages/leads-list.js';
import { personColumns, personName, sourceLabel } from '../records-list/person-columns.js';
import { labelFor } from '../shared/labels.js';

/** A status in words of `locale`; a status this SDK does not know is shown as the server sent it. */
export const statusLabel = (status: string, locale: string): string => labelFor(localize(leadStatusLabels, locale), status);

/** A lead's name as people read it, as plain text; a lead without one is still named, by its id, in `locale`. */
export const leadName = (lead: Lead, locale: string): string => personName(lead, localize(leadsListMessages, locale).unnamed);

const column = personColumns<Lead>({ name: leadName, status: statusLabel, source: sourceLabel });

/** The columns the leads list can show, in their default order. */
export const LEAD_COLUMNS = [column.name, column.company, column.email, column.phone, column.status, column.source, column.created];
