// One MSW worker per test file (each file runs in its own page). Tests add small handlers with
// `worker.use(...)`. Unhandled requests pass through to the test server (which serves the test
// modules through the same worker) and answer 404 there, which the tests would notice.
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';

/** Answered by the worker itself, so a test file can tell that mocking is really on. */
const PROBE_URL = '/__client-tests/msw-probe';
const probe = http.get(PROBE_URL, () => HttpResponse.json({ mocked: true }));

export const worker = setupWorker(probe);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits, if this page loaded while another page's worker was still installing, until that worker
 * claims the page. MSW reloads a page it finds uncontrolled beside an existing registration, and
 * the test runner reports a reload as an interrupted test file.
 */
async function awaitControl(): Promise<void> {
  const { serviceWorker } = navigator;
  const claimed = new Promise((resolve) => serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  if (serviceWorker.controller || (await serviceWorker.getRegistrations()).length === 0) return;
  await Promise.race([claimed, sleep(3000)]);
}

/**
 * Starts the worker and checks that it answers. Test files run in parallel pages sharing one
 * Service Worker, and MSW's worker unregisters itself when the last page it controls stops; a
 * page starting at that moment gets the registration on its way out and its requests reach the
 * network. The probe notices that, and the page starts again.
 */
async function startMocking(): Promise<void> {
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await awaitControl();
    await Promise.race([worker.start({ quiet: true, onUnhandledFrame: 'bypass' }), sleep(4000)]);
    const answer = await fetch(PROBE_URL).catch(() => undefined);
    if (answer?.ok && answer.headers.get('Content-Type')?.includes('application/json')) return;
    await Promise.race([worker.stop(), sleep(2000)]);
    await sleep(250 * attempt);
  }
  throw new Error('MSW did not take control of the page');
}

/** Call once per test file, at the top level: starts the worker and clears handlers after each test. */
export function useMsw(): void {
  before(startMocking);
  afterEach(() => worker.resetHandlers());
  after(() => Promise.race([worker.stop(), sleep(2000)]));
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
