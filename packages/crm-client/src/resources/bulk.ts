import type { CrmError } from '../errors/crm-error.js';
import { isCrmError } from '../errors/guards.js';
import type { CrmId } from '../schemas/fields.js';
import type { RequestOptions } from './context.js';

/** The outcome for one id of a bulk call. */
export type BulkItemResult<T> = { id: CrmId; ok: true; value: T } | { id: CrmId; ok: false; error: CrmError };

/** Every id's outcome in the order given, and the same split into what succeeded and what failed. */
export interface BulkResult<T> {
  results: BulkItemResult<T>[];
  succeeded: CrmId[];
  failed: { id: CrmId; error: CrmError }[];
}

export interface BulkOptions extends Pick<RequestOptions, 'signal'> {
  /** How many requests run at once. Default `4`. */
  concurrency?: number;
}

const DEFAULT_BULK_CONCURRENCY = 4;

/**
 * Runs `task` for every id, at most `concurrency` at a time, and reports each id's outcome: a
 * failure never stops the others, and an abort turns every id not yet done into an `AbortError`
 * result. Only an error that is not a request failure (say, the host's `getToken` throwing)
 * rejects the whole call, since it would fail every id alike.
 * @example
 * const { failed } = await runBulk([1, 2, 3], (id, signal) => client.leads.delete(id, { signal }));
 */
export async function runBulk<T>(
  ids: readonly CrmId[],
  task: (id: CrmId, signal: AbortSignal | undefined) => Promise<T>,
  { signal, concurrency = DEFAULT_BULK_CONCURRENCY }: BulkOptions = {},
): Promise<BulkResult<T>> {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
  }
  const results = new Array<BulkItemResult<T>>(ids.length);
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const index = next++;
      const id = ids[index]!;
      try {
        results[index] = { id, ok: true, value: await task(id, signal) };
      } catch (error) {
        if (!isCrmError(error)) throw error;
        results[index] = { id, ok: false, error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, ids.length) }, worker));
  return {
    results,
    succeeded: results.filter((result) => result.ok).map(({ id }) => id),
    failed: results.flatMap((result) => (result.ok ? [] : [{ id: result.id, error: result.error }])),
  };
}
