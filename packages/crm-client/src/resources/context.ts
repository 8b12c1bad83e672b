import type * as z from 'zod/mini';
import { safeParse } from 'zod/mini';
import type { Adapter, RequestTarget } from '../adapter.js';
import type { ValidationIssue } from '../errors/response-validation-error.js';
import { ResponseValidationError } from '../errors/response-validation-error.js';
import type { CrmId } from '../schemas/fields.js';
import type { HttpMethod, RawResponse, Transport } from '../transport/transport.js';

/** The collections whose records change, as named in `change` events. */
export type CrmChangeResource = 'leads' | 'contacts' | 'opportunities' | 'followUps';
/** What happened to a record. */
export type CrmChangeAction = 'create' | 'update' | 'delete' | 'convert';

/** The `detail` of a `change` event: a record changed ({@link CrmRecordChange}), or a collection may have changed unheard ({@link CrmStaleChange}). */
export type CrmChangeDetail = CrmRecordChange | CrmStaleChange;

/** Which record of which collection changed, and how. */
export interface CrmRecordChange {
  resource: CrmChangeResource;
  action: CrmChangeAction;
  id: CrmId;
  /** `true` when the change was made in another tab of this origin on the same API (see the `syncTabs` option); absent for the client's own. */
  remote?: true;
}

/**
 * The page came back from the browser's back/forward cache: while it was stored, frozen, any
 * record of `resource` may have changed without the client hearing of it. What shows the
 * collection loads it again. One per collection, on each restore.
 */
export interface CrmStaleChange {
  resource: CrmChangeResource;
  action: 'stale';
  id?: undefined;
  remote?: undefined;
}

/** Per-call options every method accepts. */
export interface RequestOptions {
  /** Cancels the call, including a wait between retries. */
  signal?: AbortSignal | undefined;
  /**
   * The `Idempotency-Key` of a create or convert (a `POST`) instead of a fresh one. Pass the key of
   * an earlier call that failed with an unknown outcome (see `isOutcomeUnknown`) to send the same
   * write again: a server that honours the key does it at most once. Ignored by other methods.
   * Default: a fresh key per call (`createIdempotencyKey()`).
   */
  idempotencyKey?: string | undefined;
}

/** What every resource module is built from. */
export interface ResourceContext {
  transport: Transport;
  adapter: Adapter;
  validation: 'strict' | 'off';
  /** Announces a successful change (the client dispatches it as a `change` event). */
  notify(detail: CrmRecordChange): void;
}

/** A sent request and its answer, as validation errors need to name them. */
export interface Exchange {
  method: HttpMethod;
  target: RequestTarget;
  response: RawResponse;
}

/**
 * Sends a request through the transport and keeps what later steps need to name it in errors.
 * @example
 * const exchange = await send(context, 'GET', context.adapter.target('leads', [7]), {});
 */
export async function send(
  { transport }: ResourceContext,
  method: HttpMethod,
  target: RequestTarget,
  { signal, idempotencyKey }: RequestOptions,
  json?: unknown,
): Promise<Exchange> {
  const response = await transport.request({ method, target, json, signal, idempotencyKey });
  return { method, target, response };
}

const issue = (path: ValidationIssue['path'], code: string, message: string): ValidationIssue => ({ path, code, message });

/**
 * Parses a response body as JSON; a body that is empty or not JSON is a validation error of the
 * resource, not a crash somewhere later.
 */
export function readJson(resource: string, { method, target, response }: Exchange): unknown {
  const fail = (code: string, message: string) =>
    new ResponseValidationError(resource, [issue([], code, message)], method, target.path);
  if (response.text.trim() === '') throw fail('empty_body', 'Expected a JSON body, got an empty one');
  try {
    return JSON.parse(response.text);
  } catch {
    throw fail('invalid_json', 'Expected a JSON body, got something else');
  }
}

/** A zod issue as the client reports it: path (after `prefix`), code and zod's message, never the value. */
export const toIssue = (zodIssue: z.core.$ZodIssue, prefix: ValidationIssue['path']): ValidationIssue =>
  issue(
    [...prefix, ...zodIssue.path.map((key) => (typeof key === 'number' ? key : String(key)))],
    zodIssue.code,
    zodIssue.message,
  );

/**
 * Checks `value` against `schema` when validation is strict; returns the parsed value (unknown
 * fields kept) or throws a `ResponseValidationError` with every issue, paths prefixed by `prefix`.
 * With validation off the value passes through as the model type, unchecked.
 */
export function validate<Model>(
  context: ResourceContext,
  schema: z.core.$ZodType<Model>,
  value: unknown,
  resource: string,
  exchange: Exchange,
  prefix: ValidationIssue['path'] = [],
): Model {
  if (context.validation === 'off') return value as Model;
  const result = safeParse(schema, value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((zodIssue) => toIssue(zodIssue, prefix));
  throw new ResponseValidationError(resource, issues, exchange.method, exchange.target.path);
}
