import type * as z from 'zod/mini';
import { safeParse } from 'zod/mini';
import type { QueryParams } from '../adapter.js';
import type { CrmId, ListProblems, ListResult } from '../schemas/index.js';
import type { ResourceContext } from './context.js';
import { toIssue } from './context.js';

/** The contract's `per_page` when a list call gives none. */
const DEFAULT_PER_PAGE = 25;

/** A record's id when it can be read: an integer `id`. */
const readId = (record: unknown): number | undefined => {
  const id = (record as { id?: unknown } | null)?.id;
  return Number.isInteger(id) ? (id as number) : undefined;
};

/**
 * How many records the client left out of a list page, in all.
 * @example
 * const { data, problems } = await client.leads.list(params);
 * if (problems) notice(`${countListProblems(problems)} records could not be shown`);
 */
export const countListProblems = ({ duplicateIds, surplus, invalid }: ListProblems): number =>
  duplicateIds.length + surplus + invalid.length;

/**
 * Keeps what can be shown of a page and reports the rest: the records beyond `per_page` go first,
 * then every record whose id an earlier one had (two rows with one id hand a host the wrong
 * record), then, when validation is strict, each record that does not fit the schema. One bad
 * record costs that record, not the page.
 * @example
 * const { data, total, problems } = cleanPage(context, LeadSchema, page, { per_page: 10 });
 */
export function cleanPage<Model>(
  { validation }: ResourceContext,
  schema: z.core.$ZodType<Model>,
  page: { data: unknown[]; total: number },
  params: QueryParams | undefined,
): ListResult<Model> {
  const perPage = Number(params?.per_page ?? DEFAULT_PER_PAGE);
  // A `per_page` that is no number leaves the page as sent: there is no limit to hold it to.
  const asked = perPage > 0 ? page.data.slice(0, perPage) : page.data;
  const problems: ListProblems = { duplicateIds: [], surplus: page.data.length - asked.length, invalid: [] };
  const seen = new Set<CrmId>();
  const data: Model[] = [];
  for (const [index, record] of asked.entries()) {
    const id = readId(record);
    if (id !== undefined) {
      if (seen.has(id)) {
        problems.duplicateIds.push(id);
        continue;
      }
      seen.add(id);
    }
    if (validation === 'off') {
      data.push(record as Model);
      continue;
    }
    const result = safeParse(schema, record);
    if (result.success) {
      data.push(result.data);
      continue;
    }
    const issues = result.error.issues.map((issue) => toIssue(issue, []));
    problems.invalid.push(id === undefined ? { index, issues } : { index, id, issues });
  }
  return countListProblems(problems) ? { data, total: page.total, problems } : { data, total: page.total };
}
