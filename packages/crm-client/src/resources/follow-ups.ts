import type { FollowUp, FollowUpInput, FollowUpListParams, FollowUpUpdate } from '../schemas/index.js';
import { FollowUpSchema } from '../schemas/index.js';
import type { ResourceContext } from './context.js';
import type { CrmResource } from './resource.js';
import { createResource } from './resource.js';

/** Follow-ups; lists filter by `contact_id`, `completed` and a `from`/`to` range of `scheduled_date`. */
export type FollowUpsResource = CrmResource<FollowUp, FollowUpInput, FollowUpUpdate, FollowUpListParams>;

/**
 * The follow-ups module of a client.
 * @example
 * const followUps = createFollowUps(context);
 */
export const createFollowUps = (context: ResourceContext): FollowUpsResource =>
  createResource(context, 'followUps', FollowUpSchema);
