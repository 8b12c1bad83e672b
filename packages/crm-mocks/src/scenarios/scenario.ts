import { seededRandom } from './random.js';

/**
 * Which routes a scenario part applies to: `'GET /leads'` (the list), `'GET /leads/:id'`,
 * `'POST /leads/:id/convert'`, `'/statistics'` (every method), `'* /leads/:id'`. `{id}` may be
 * written as in the contract. Absent: every route.
 */
export type RouteSelector = string;

interface Scoped {
  routes?: RouteSelector[];
}

interface AfterProcessing {
  /**
   * Fail only after the request has been carried out: the record is written, but its answer is
   * lost (a gateway timing out after the commit). The case `Idempotency-Key` exists for.
   */
  afterProcessing?: boolean;
}

/** How the mock CRM misbehaves; every part is optional and parts combine. */
export interface CrmScenario {
  /** Milliseconds before every answer: fixed, or uniformly random in a range. */
  latency?: number | ({ min: number; max: number } & Scoped);
  /**
   * Never answer, to show loading states: the request stays pending until it is aborted, or
   * until the scenario changes (then it fails as a dropped connection, so nothing hangs forever).
   */
  hang?: boolean | Scoped;
  /** Answer with this status on the chosen routes, with a contract error body. */
  error?: { status: number; message?: string; retryAfterSeconds?: number } & AfterProcessing & Scoped;
  /** Fail this share (0 to 1) of requests, deterministically from `seed` (default 1). */
  failureRate?: number | ({ rate: number; status?: number; seed?: number } & AfterProcessing & Scoped);
  /** Serve an empty CRM (writes go to that empty CRM while the scenario lasts). */
  empty?: boolean;
  /**
   * Break successful bodies: `'not-json'` (an HTML error page), `'wrong-types'` (ids as objects,
   * `{ "$oid": … }`, and totals as strings), `'missing-fields'` (no `id`, no `total`, no
   * `total_leads`), `'empty-body'`.
   */
  malformed?: MalformedKind | ({ kind: MalformedKind } & Scoped);
}

export type MalformedKind = 'not-json' | 'wrong-types' | 'missing-fields' | 'empty-body';

/** A route as scenarios see it: its method and contract path template. */
export interface RouteKey {
  method: string;
  path: string;
}

const normalizePath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1').replace(/\/+$/, '');

/** Whether a selector such as `'GET /leads/:id'` names this route. */
export function selects(selector: RouteSelector, route: RouteKey): boolean {
  const [first = '', second] = selector.trim().split(/\s+/);
  const [method, path] = second === undefined ? ['*', first] : [first.toUpperCase(), second];
  return (method === '*' || method === route.method) && normalizePath(path) === route.path;
}

const applies = (part: Scoped | boolean | number | string, route: RouteKey) =>
  typeof part !== 'object' || !part.routes || part.routes.some((selector) => selects(selector, route));

/** What the scenario asks of one request, decided once when it arrives. */
export interface ScenarioDecision {
  hang: boolean;
  latency: number;
  error?: { status: number; message: string; retryAfterSeconds?: number; afterProcessing?: boolean };
  malformed?: MalformedKind;
  empty: boolean;
}

/**
 * Holds a handler set's current scenario; `set` replaces it, `update` merges into it,
 * `reset` returns to normal behaviour. Each handler set has its own.
 *
 * @example
 * crm.scenario.set({ latency: { min: 200, max: 900 }, error: { status: 503, routes: ['GET /statistics'] } });
 * crm.scenario.update({ error: undefined });
 * crm.scenario.reset();
 */
export class ScenarioController {
  #scenario: CrmScenario;
  #random: () => number;
  #releaseHeld: () => void = () => {};
  #held = new Promise<void>((resolve) => (this.#releaseHeld = resolve));
  readonly #endEmptyCrm: (() => void) | undefined;

  /**
   * `endEmptyCrm` runs when the empty CRM of an `empty` scenario is over: on `set` and `reset`,
   * which start afresh, and on an `update` that turns `empty` off. An `update` that leaves `empty`
   * on keeps what was written into it.
   */
  constructor(initial: CrmScenario = {}, endEmptyCrm?: () => void) {
    this.#scenario = { ...initial };
    this.#random = this.#seedRandom();
    this.#endEmptyCrm = endEmptyCrm;
  }

  /** The scenario in force. */
  get current(): Readonly<CrmScenario> {
    return this.#scenario;
  }

  /** Replaces the scenario (and restarts the failure sequence from its seed). */
  set(scenario: CrmScenario): void {
    this.#replace(scenario);
    this.#endEmptyCrm?.();
  }

  /** Settles when the scenario changes or `signal` aborts: how long a hanging request waits. */
  hold(signal: AbortSignal): Promise<void> {
    const aborted = new Promise<void>((resolve) => {
      if (signal.aborted) resolve();
      signal.addEventListener('abort', () => resolve(), { once: true });
    });
    return Promise.race([this.#held, aborted]);
  }

  /** Adds or replaces parts of the scenario, keeping the others (an empty CRM's data too). */
  update(parts: CrmScenario): void {
    this.#replace({ ...this.#scenario, ...parts });
    if (this.#scenario.empty !== true) this.#endEmptyCrm?.();
  }

  /** Back to a well-behaved mock. */
  reset(): void {
    this.set({});
  }

  /** Decides how to treat one request to `route`. */
  decide(route: RouteKey): ScenarioDecision {
    const { latency, hang, error, failureRate, empty, malformed } = this.#scenario;
    const decision: ScenarioDecision = { hang: false, latency: 0, empty: empty === true };
    if (hang && applies(hang, route)) decision.hang = true;
    if (latency !== undefined && applies(latency, route)) {
      decision.latency = typeof latency === 'number'
        ? latency
        : latency.min + Math.round(this.#random() * (latency.max - latency.min));
    }
    if (error && applies(error, route)) {
      decision.error = { message: 'Simulated server error.', ...error };
    } else if (failureRate !== undefined && applies(failureRate, route)) {
      const { rate, status = 500, afterProcessing } = typeof failureRate === 'number' ? { rate: failureRate } : failureRate;
      if (this.#random() < rate) decision.error = { status, message: 'Simulated intermittent failure.', afterProcessing };
    }
    if (malformed && applies(malformed, route)) {
      decision.malformed = typeof malformed === 'string' ? malformed : malformed.kind;
    }
    return decision;
  }

  /** Puts `scenario` in force: the failure sequence restarts and held requests are let go. */
  #replace(scenario: CrmScenario) {
    this.#scenario = { ...scenario };
    this.#random = this.#seedRandom();
    this.#releaseHeld();
    this.#held = new Promise<void>((resolve) => (this.#releaseHeld = resolve));
  }

  #seedRandom() {
    const { failureRate } = this.#scenario;
    return seededRandom(typeof failureRate === 'object' ? (failureRate.seed ?? 1) : 1);
  }
}
