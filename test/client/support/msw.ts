// One MSW worker per test file (each file runs in its own page). Tests add small handlers with
// `worker.use(...)`. Unhandled requests pass through to the test server (which serves the test
// modules through the same worker) and answer 404 there, which the tests would notice.
import { setupWorker } from 'msw/browser';

export const worker = setupWorker();

/** Call once per test file, at the top level: starts the worker and clears handlers after each test. */
export function useMsw(): void {
  before(async () => {
    await worker.start({ quiet: true, onUnhandledFrame: 'bypass' });
  });
  afterEach(() => worker.resetHandlers());
  after(() => worker.stop());
}

/**
 * How long a handler stalls to provoke a timeout or an abort. Bounded on purpose: `worker.stop()`
 * waits for handlers still pending, so `delay('infinite')` would hang the file's last hook.
 */
export const STALL_MS = 1000;

/** A request as a handler saw it, for assertions after the call. */
export interface SeenRequest {
  method: string;
  pathname: string;
  query: Record<string, string>;
  headers: Headers;
  body: unknown;
}

/** Records what a handler receives (the body read from a clone, so handlers can still read it). */
export async function see(request: Request): Promise<SeenRequest> {
  const url = new URL(request.url);
  const text = await request.clone().text();
  return {
    method: request.method,
    pathname: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: request.headers,
    body: text ? JSON.parse(text) : undefined,
  };
}
