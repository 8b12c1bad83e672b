import type { AnyHandler, HttpHandler } from 'msw';
import { CrmDatabase, type CrmDatabaseOptions } from './db/database.js';
import { createRouteHandlers } from './http/handlers.js';
import { IdempotencyStore } from './http/idempotency.js';
import { ScenarioController, type CrmScenario } from './scenarios/scenario.js';

export interface CrmMockOptions extends CrmDatabaseOptions {
  /**
   * Where the CRM lives. Default `'/api/crm'`, matched on any origin; an absolute URL
   * (`'http://localhost:1234/api/crm'`) matches only that origin.
   */
  baseUrl?: string;
  /** The scenario to start with (see {@link CrmScenario}). Default: a well-behaved CRM. */
  scenario?: CrmScenario;
  /** An existing database to serve, e.g. one shared by several handler sets. Default: a new one from these options. */
  db?: CrmDatabase;
}

/** A mock CRM: MSW handlers, the database behind them, and the scenario they follow. */
export interface CrmMock {
  /** Handlers for every route of the contract, for any MSW setup. */
  readonly handlers: HttpHandler[];
  /** The data the handlers serve; seed, read and change it directly in tests. Created on first use. */
  readonly db: CrmDatabase;
  /** How the handlers misbehave: `scenario.set({ latency: 800 })`, `scenario.reset()`. */
  readonly scenario: ScenarioController;
  readonly baseUrl: string;
  /** Back to the seeded data, normal behaviour and no remembered idempotency keys. */
  reset(): void;
}

export const DEFAULT_BASE_URL = '/api/crm';

/**
 * Creates a mock CRM for any MSW setup. The database is seeded on first use, so creating a
 * mock (or importing the default `handlers`) costs nothing until a request arrives.
 *
 * @example
 * const crm = createCrmMock({ seed: 7, scenario: { latency: { min: 200, max: 900 } } });
 * const worker = setupWorker(...crm.handlers);
 * crm.scenario.set({ error: { status: 500, routes: ['GET /leads'] } });
 */
export function createCrmMock(options: CrmMockOptions = {}): CrmMock {
  const { baseUrl = DEFAULT_BASE_URL, scenario: initialScenario, db: givenDb, ...databaseOptions } = options;
  let db = givenDb;
  let emptyDb: CrmDatabase | undefined;
  const database = () => (db ??= new CrmDatabase(databaseOptions));
  // The empty CRM lasts as long as the scenario that asked for it (see ScenarioController).
  const scenario = new ScenarioController(initialScenario, () => (emptyDb = undefined));
  const idempotency = new IdempotencyStore();
  const handlers = createRouteHandlers({
    baseUrl,
    scenario,
    idempotency,
    database: (empty) => (empty ? (emptyDb ??= database().emptyCopy()) : database()),
  });
  return {
    handlers,
    get db() {
      return database();
    },
    scenario,
    baseUrl,
    reset() {
      database().reset();
      scenario.reset();
      idempotency.clear();
    },
  };
}

/** The part of MSW's `setupWorker` and `setupServer` that route overrides need. */
export interface MswOverrides {
  use(...handlers: AnyHandler[]): void;
  resetHandlers(): void;
}

/**
 * A mock bound to an MSW setup (the browser's worker or Node's server): overrides go to that
 * setup, and `reset()` drops them along with the data, scenario and idempotency keys.
 */
export function bindToMsw(mock: CrmMock, setup: MswOverrides) {
  return {
    handlers: mock.handlers,
    get db() {
      return mock.db;
    },
    scenario: mock.scenario,
    baseUrl: mock.baseUrl,
    use: (...handlers: AnyHandler[]) => setup.use(...handlers),
    reset() {
      mock.reset();
      setup.resetHandlers();
    },
  };
}
