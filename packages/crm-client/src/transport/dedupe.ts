interface Shared<T> {
  promise: Promise<T>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

/** Shares one in-flight run among callers asking for the same key. */
export type Share<T> = (key: string, run: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal) => Promise<T>;

/**
 * Lets identical concurrent requests share one. Each caller waits with its own signal: aborting
 * ends that caller's wait only, and the shared request is cancelled when every caller has gone.
 * An entry lives only while its request is in flight, so nothing is cached.
 */
export function createDeduper<T>(): Share<T> {
  const inFlight = new Map<string, Shared<T>>();
  const forget = (key: string, entry: Shared<T>) => {
    if (inFlight.get(key) === entry) inFlight.delete(key);
  };
  const start = (key: string, run: (signal: AbortSignal) => Promise<T>) => {
    const controller = new AbortController();
    const entry: Shared<T> = { controller, waiting: 0, settled: false, promise: run(controller.signal) };
    const done = () => {
      entry.settled = true;
      forget(key, entry);
    };
    entry.promise.then(done, done);
    inFlight.set(key, entry);
    return entry;
  };

  return (key, run, signal) => {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const entry = inFlight.get(key) ?? start(key, run);
    entry.waiting += 1;
    if (!signal) return entry.promise;
    // One listener ends this caller's wait and, when it was the last caller, cancels the request.
    return new Promise<T>((resolve, reject) => {
      const leave = () => {
        reject(signal.reason);
        entry.waiting -= 1;
        if (entry.waiting > 0 || entry.settled) return;
        forget(key, entry);
        entry.controller.abort(signal.reason);
      };
      signal.addEventListener('abort', leave, { once: true });
      entry.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', leave));
    });
  };
}
