import type { Lead } from '@mindbrite/crm-client';
import { leadSourceLabels, leadStatusLabels, leadsListMessages as t } from '../messages/index.js';
import { personColumns, personName } from '../records-list/person-columns.js';
import { labelFor } from '../shared/labels.js';

/** A status in words; a status this SDK does not know is shown as the server sent it. */
export const statusLabel = (status: string): string => labelFor(leadStatusLabels, status);

/** A source in words; an unknown source is shown as the server sent it. */
export const sourceLabel = (source: string): string => labelFor(leadSourceLabels, source);

/** A lead's name as people read it, as plain text; a lead without one is still named, by its id. */
export const leadName = (lead: Lead): string => personName(lead, t.unnamed);

const column = personColumns<Lead>({ unnamed: t.unnamed, status: statusLabel, source: sourceLabel });

/** The columns the leads list can show, in their default order. */
export const LEAD_COLUMNS = [column.name, column.company, column.email, column.phone, column.status, column.source, column.created];
