import { delay, http, type HttpHandler } from 'msw';
import type { CrmDatabase } from '../db/database.js';
import { ConflictError, RecordNotFoundError, UnknownReferenceError } from '../db/errors.js';
import { malform } from '../scenarios/malform.js';
import type { ScenarioController, ScenarioDecision } from '../scenarios/scenario.js';
import type { IdempotencyStore } from './idempotency.js';
import { HttpFailure, errorResponse, invalid, notFound } from './responses.js';
import { crmRoutes, type Route } from './routes.js';

export interface HandlerContext {
  baseUrl: string;
  /** The database to answer from: the real one, or an empty one under the `empty` scenario. */
  database: (empty: boolean) => CrmDatabase;
  scenario: ScenarioController;
  idempotency: IdempotencyStore;
}

/**
 * The URL pattern MSW matches: an absolute base as given; a relative base (`/api/crm`) on any
 * origin, so the same handlers serve the page's origin in a browser and any host in Node.
 */
export function routePattern(baseUrl: string, path: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  return /^[a-z][a-z\d+.-]*:\/\//i.test(base) ? `${base}${path}` : `*${base.startsWith('/') ? '' : '/'}${base}${path}`;
}

/** The database's refusals as the contract's answers; anything else is a bug and propagates. */
function answerForError(error: unknown): Response {
  if (error instanceof HttpFailure) return error.response;
  if (error instanceof RecordNotFoundError) return notFound(error.resource);
  if (error instanceof UnknownReferenceError) return invalid({ [error.field]: [`No ${error.resource} has this id`] });
  if (error instanceof ConflictError) return errorResponse(409, error.message);
  throw error;
}

function simulatedError({ status, message, retryAfterSeconds }: NonNullable<ScenarioDecision['error']>): Response {
  const headers: HeadersInit = retryAfterSeconds === undefined ? {} : { 'Retry-After': String(retryAfterSeconds) };
  return errorResponse(status, message, undefined, headers);
}

const parseId = (value: unknown) => (typeof value === 'string' && /^[1-9]\d{0,15}$/.test(value) ? Number(value) : undefined);

async function answer(route: Route, context: HandlerContext, request: Request, rawId: unknown): Promise<Response> {
  const decision = context.scenario.decide(route);
  if (decision.hang) {
    await context.scenario.hold(request.signal);
    return Response.error();
  }
  if (decision.latency > 0) await delay(decision.latency);
  const { error } = decision;
  if (error && !error.afterProcessing) return simulatedError(error);
  const id = parseId(rawId);
  let response: Response;
  if (route.path.includes(':id') && id === undefined) {
    response = notFound(route.resource);
  } else {
    try {
      response = await route.answer(request, context.database(decision.empty), id ?? 0);
    } catch (error) {
      response = answerForError(error);
    }
  }
  if (error) return simulatedError(error);
  return decision.malformed && response.ok ? malform(response, decision.malformed) : response;
}

/** MSW handlers for every route of the contract under `context.baseUrl`. */
export function createRouteHandlers(context: HandlerContext): HttpHandler[] {
  const methods = { GET: http.get, POST: http.post, PUT: http.put, DELETE: http.delete };
  return crmRoutes(context.idempotency).map((route) =>
    methods[route.method](routePattern(context.baseUrl, route.path), ({ request, params }) =>
      answer(route, context, request, params.id)),
  );
}
