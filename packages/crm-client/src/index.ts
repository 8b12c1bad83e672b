export {
  LeadSchema, LeadInputSchema, LeadUpdateSchema, LeadListParamsSchema, LEAD_STATUSES, LEAD_SOURCES, LEAD_SORT_FIELDS,
} from './schemas/index.js';
export type { Lead, LeadInput, LeadUpdate, LeadListParams, LeadStatus, LeadSource, ListResult, OpenString } from './schemas/index.js';
