// What `crm-check-api` found, as data: the JSON report for CI and the source of the text one.
// Nothing in it is a record's value (the check runs against patient data): only resource names,
// field paths, type names, counts, HTTP methods, statuses and paths without query strings.

import type { CrmResourceName } from '../index.js';

/** A failure means the client cannot work with the backend as configured; a warning that it can, tolerantly. */
export type Severity = 'failure' | 'warning';

/** What the check reads: the collections and the statistics endpoint. */
export type CheckedResource = CrmResourceName | 'statistics';

/** The collections, in the order the check reads and reports them. */
export const COLLECTIONS: readonly CrmResourceName[] = ['leads', 'contacts', 'opportunities', 'followUps'];

/** One field of a resource's records that does not fit its schema, over all records checked. */
export interface FieldFinding {
  /** The field's path inside a record, e.g. `email` or `contact.name`; `(record)` for the record itself. */
  path: string;
  /** `missing`: absent; `wrong_type`: present with another type; `unknown_value`: a status-like value outside the known list. */
  problem: 'missing' | 'wrong_type' | 'unknown_value';
  severity: Severity;
  /** The type the schema expects, or for `unknown_value` the known values (the SDK's own constants). */
  expected: string;
  /** The type found (`number`, `null`, `array`…), for `wrong_type` only. */
  received?: string;
  /** In how many of the records checked. */
  records: number;
}

/** Something about a request or a list that does not fit, beyond single fields. */
export interface Problem {
  severity: Severity;
  /** Stable, for CI: what kind of problem it is. */
  code:
    | 'http_error'
    | 'no_answer'
    | 'unreadable_body'
    | 'unexpected_error'
    | 'envelope'
    | 'no_total'
    | 'page_size_ignored'
    | 'no_records'
    | 'no_id'
    | 'update_erased_fields'
    | 'update_not_stored'
    | 'left_behind';
  /** What it means and what to do; built from names, statuses and paths only. */
  message: string;
  method?: string;
  /** The request's path, without its query string. */
  path?: string;
  status?: number;
}

/** How a collection's list came back. */
export interface ListReport {
  /** The request's path, without its query string. */
  path: string;
  status: number;
  /** The shape of the list as the server sent it, e.g. `{ results, count }` or `[ … ] with X-Total-Count`. */
  envelope: string;
  /** Whether the configured adapter reads that shape into records and a total. */
  readByAdapter: boolean;
  /** The names of the query parameters the adapter sent for page 1 of 2 records. */
  query: string[];
  /** Records asked for, and records the server sent. */
  asked: number;
  received: number;
}

/** What the check found for one collection, or for the statistics. */
export interface ResourceReport {
  resource: CheckedResource;
  fits: boolean;
  /** How many records (or statistics bodies) were checked against the schema. */
  records: number;
  list?: ListReport;
  fields: FieldFinding[];
  problems: Problem[];
}

/** What `--write` found: a test lead created, updated, read back and deleted. */
export interface WriteReport {
  fits: boolean;
  /** How the adapter sends updates. */
  update: { method: 'PUT' | 'PATCH'; send: 'changes' | 'record' };
  /** Fields of the test lead that were gone after an update that changed only its status. */
  erasedFields: string[];
  /** How many answers (of the create and the update) were checked against the schema. */
  answers: number;
  /** Fields of those answers that do not fit the schema. */
  fields: FieldFinding[];
  problems: Problem[];
}

/** A setting of the adapter that would make the backend fit, as code to paste. */
export interface Suggestion {
  /** The collection it is for; none when it is for all. */
  resource?: CrmResourceName;
  setting: 'readList' | 'update' | 'toModel' | 'toWire';
  code: string;
  reason: string;
}

/** One HTTP exchange of the check. */
export interface RequestSummary {
  method: string;
  path: string;
  /** 0 when no answer came. */
  status: number;
}

/** Everything `crm-check-api` found; `fits` decides its exit code. */
export interface CheckReport {
  /** The API's base URL, without query string or credentials. */
  baseUrl: string;
  /** Whether writes were checked (`--write`). */
  write: boolean;
  fits: boolean;
  failures: number;
  warnings: number;
  resources: ResourceReport[];
  writes?: WriteReport;
  suggestions: Suggestion[];
  /** The suggestions as one adapter module to start from; absent when there are none. */
  suggestedAdapter?: string;
  requests: RequestSummary[];
}
