import type { ResolvedOptions } from '../options.js';

/** Bearer tokens and the single-flight response to `401`. */
export interface Auth {
  /** Counts completed `onUnauthorized` calls; a request remembers it when sent. */
  readonly generation: number;
  /** Whether a `401` can be answered by `onUnauthorized` and a retry. */
  readonly canRefresh: boolean;
  token(): Promise<string | null | undefined>;
  /**
   * Makes sure the host has refreshed since `sentAt` (a `generation`): joins the refresh in flight,
   * starts one, or returns at once when one completed after the request was sent. So a burst of
   * `401`s, even ones arriving after the refresh ended, calls `onUnauthorized` once.
   */
  refreshSince(sentAt: number): Promise<void>;
}

export function createAuth({ getToken, onUnauthorized }: ResolvedOptions): Auth {
  let generation = 0;
  let inFlight: Promise<void> | undefined;
  return {
    get generation() {
      return generation;
    },
    canRefresh: onUnauthorized !== undefined,
    token: async () => (getToken ? getToken() : undefined),
    refreshSince(sentAt) {
      if (generation > sentAt) return Promise.resolve();
      // Called from a settled promise, so a hook that throws synchronously rejects like an async one
      // and `inFlight` is cleared after it is set, never before.
      inFlight ??= Promise.resolve()
        .then(onUnauthorized)
        .then(() => {
          generation += 1;
        })
        .finally(() => {
          inFlight = undefined;
        });
      return inFlight;
    },
  };
}
