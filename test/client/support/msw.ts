// One MSW worker per test file (each file runs in its own page). Tests add small handlers with
// `worker.use(...)`; anything unhandled fails the request loudly instead of reaching the network.
import { setupWorker } from 'msw/browser';

export const worker = setupWorker();

/** Starts the worker for the current `describe` and clears handlers after each test. */
export function useMsw(): void {
  before(async () => {
    await worker.start({ quiet: true, onUnhandledRequest: 'error' });
  });
  afterEach(() => worker.resetHandlers());
  after(() => worker.stop());
}

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
