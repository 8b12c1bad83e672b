import type { Opportunity, OpportunityInput, OpportunityListParams, OpportunityUpdate } from '../schemas/index.js';
import { OpportunitySchema } from '../schemas/index.js';
import type { ResourceContext } from './context.js';
import type { CrmResource } from './resource.js';
import { createResource } from './resource.js';

export type OpportunitiesResource = CrmResource<Opportunity, OpportunityInput, OpportunityUpdate, OpportunityListParams>;

/**
 * The opportunities module of a client.
 * @example
 * const opportunities = createOpportunities(context);
 */
export const createOpportunities = (context: ResourceContext): OpportunitiesResource =>
  createResource(context, 'opportunities', OpportunitySchema);
