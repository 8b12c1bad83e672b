export * from './fields.js';
export * from './lead.js';
export * from './contact.js';
export * from './opportunity.js';
export * from './follow-up.js';
export * from './statistics.js';

/** One page of a list and the number of records matching the query across all pages. */
export interface ListResult<T> {
  data: T[];
  total: number;
}
