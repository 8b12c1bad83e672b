// Environment-neutral entry: the database, the MSW handlers and the scenarios. `./node` and
// `./browser` add the MSW server and worker around them.
import { createCrmMock } from './mock.js';

export { createCrmMock, DEFAULT_BASE_URL } from './mock.js';
export type { CrmMock, CrmMockOptions } from './mock.js';
export { CrmDatabase, createCrmDatabase, DEFAULT_SIZES } from './db/database.js';
export type { CrmDatabaseOptions } from './db/database.js';
export type { SeedSizes } from './db/seed.js';
export type { Table, NewRow, RowChanges } from './db/table.js';
export type { ContactRow, FollowUpRecord, FollowUpRow, LeadRow, OpportunityRecord, OpportunityRow } from './db/rows.js';
export { DEFAULT_STORAGE_KEY } from './db/persistence.js';
export type { CrmSnapshot, PersistOptions, SnapshotStorage } from './db/persistence.js';
export { ConflictError, RecordNotFoundError, UnknownReferenceError } from './db/errors.js';
export { ScenarioController } from './scenarios/scenario.js';
export type { CrmScenario, MalformedKind, RouteSelector } from './scenarios/scenario.js';
export { DEFAULT_PER_PAGE, MAX_PER_PAGE } from './http/list-query.js';

/**
 * A ready mock CRM with the defaults (seed 1, `/api/crm`), seeded on its first request.
 * Its `db` and `scenario` are reachable here; create your own with {@link createCrmMock} for isolation.
 */
export const defaultCrmMock = createCrmMock();

/**
 * The default mock CRM's handlers, for any MSW setup.
 *
 * @example
 * import { handlers } from '@mindbrite/crm-mocks';
 * import { setupWorker } from 'msw/browser';
 * await setupWorker(...handlers).start();
 */
export const handlers = defaultCrmMock.handlers;
