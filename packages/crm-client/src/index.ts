export { createCrmClient, CrmClient } from './client.js';
export type { CrmClientEventMap } from './client.js';
export type { CrmClientOptions, CsrfOptions, RetryOptions } from './options.js';
export { createCrmService } from './service.js';
export type { CrmService } from './service.js';
export { readEnvelope, readArrayWithTotalHeader } from './adapter.js';
export type { CrmAdapter, CrmResourceAdapter, CrmResourceName, CrmPathName, QueryParams, ListResponseInfo, RawListPage, UpdateStyle, WireRecord } from './adapter.js';
export type { CrmExchangeDetail } from './transport/transport.js';
export { CrmError } from './errors/crm-error.js';
export type { CrmErrorKind } from './errors/crm-error.js';
export { HttpError } from './errors/http-error.js';
export { ResponseValidationError } from './errors/response-validation-error.js';
export type { ValidationIssue } from './errors/response-validation-error.js';
export { NetworkError } from './errors/network-error.js';
export { TimeoutError } from './errors/timeout-error.js';
export { AbortError } from './errors/abort-error.js';
export {
  isCrmError,
  isHttpError,
  isResponseValidationError,
  isNetworkError,
  isTimeoutError,
  isAbortError,
  isOutcomeUnknown,
} from './errors/guards.js';
export { createIdempotencyKey } from './transport/uuid.js';
export { countListProblems } from './resources/list-page.js';
export type { CrmChangeDetail, CrmRecordChange, CrmStaleChange, CrmChangeResource, CrmChangeAction, RequestOptions } from './resources/context.js';
export type { CrmResource } from './resources/resource.js';
export type { BulkResult, BulkItemResult, BulkOptions } from './resources/bulk.js';
export type { LeadsResource } from './resources/leads.js';
export type { ContactsResource } from './resources/contacts.js';
export type { OpportunitiesResource } from './resources/opportunities.js';
export type { FollowUpsResource } from './resources/follow-ups.js';
export type { StatisticsResource } from './resources/statistics.js';
export {
  LeadSchema,
  LeadInputSchema,
  LeadUpdateSchema,
  LeadListParamsSchema,
  LEAD_STATUSES,
  LEAD_SOURCES,
  LEAD_SORT_FIELDS,
  ContactSchema,
  ContactInputSchema,
  ContactUpdateSchema,
  ContactListParamsSchema,
  CONTACT_STATUSES,
  CONTACT_SORT_FIELDS,
  OpportunitySchema,
  OpportunityInputSchema,
  OpportunityUpdateSchema,
  OpportunityListParamsSchema,
  OPPORTUNITY_STAGES,
  OPPORTUNITY_SORT_FIELDS,
  STAGE_PROBABILITY,
  CLOSED_STAGES,
  FollowUpSchema,
  FollowUpInputSchema,
  FollowUpUpdateSchema,
  FollowUpListParamsSchema,
  FOLLOW_UP_TYPES,
  StatisticsSchema,
  EMAIL_PATTERN,
  openEnum,
} from './schemas/index.js';
export type {
  Lead,
  LeadInput,
  LeadUpdate,
  LeadListParams,
  LeadStatus,
  LeadSource,
  Contact,
  ContactInput,
  ContactUpdate,
  ContactListParams,
  ContactStatus,
  Opportunity,
  OpportunityInput,
  OpportunityUpdate,
  OpportunityListParams,
  OpportunityStage,
  FollowUp,
  FollowUpInput,
  FollowUpUpdate,
  FollowUpListParams,
  FollowUpType,
  CrmStatistics,
  ListResult,
  ListProblems,
  OpenString,
  SortOrder,
  KnownFields,
  CrmId,
} from './schemas/index.js';
