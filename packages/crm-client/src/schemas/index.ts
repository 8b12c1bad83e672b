import type { ValidationIssue } from '../errors/response-validation-error.js';
import type { CrmId } from './fields.js';
export * from './fields.js';
export * from './lead.js';
export * from './contact.js';
export * from './opportunity.js';
export * from './follow-up.js';
export * from './statistics.js';

/** What the client left out of a list page it was sent; count it with `countListProblems`. */
export interface ListProblems {
  /**
   * Ids of records left out because an earlier record on the page had the same id: only the first
   * record with each id is kept. An id is listed once per record left out (sent three times, twice).
   */
  duplicateIds: number[];
  /** How many records the server sent beyond the `per_page` asked for (default 25); they are dropped. */
  surplus: number;
  /**
   * Records that did not fit the schema (strict validation only): their index on the page as sent,
   * their id when it could be read, and the issues, with paths inside the record (never values).
   */
  invalid: { index: number; id?: CrmId; issues: ValidationIssue[] }[];
}

/** One page of a list and the number of records matching the query across all pages. */
export interface ListResult<T> {
  data: T[];
  total: number;
  /** Present only when the client left records of the page out. */
  problems?: ListProblems;
}
