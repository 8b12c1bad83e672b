/**
 * A fake clock for the page under test: `Date` (`new Date()`, `Date.now()`) reads the fake time,
 * and `setTimeout` / `setInterval` wait on it, so a test moves time on with `tick(ms)` instead of
 * waiting. Mocha keeps its own timers, so a test's timeout still runs on real time.
 *
 * Timers set before `install()` keep real time; `uninstall()` (in `afterEach`) puts the real ones
 * back and drops the fake timers still pending.
 * @example
 * const clock = installFakeClock(new Date('2026-11-30T08:50:00Z'));
 * await clock.tick(10 * 60_000);
 * clock.uninstall();
 */
export interface FakeClock {
  /** The fake time, in milliseconds since the epoch. */
  readonly now: number;
  /** Moves time on by `ms`, running each timer that comes due in order (and what they schedule), with pending promises settled after each. */
  tick(ms: number): Promise<void>;
  /** Sets the time at once, as when the machine wakes from sleep: no timer runs for the time skipped until `tick`. */
  jump(to: Date | number): void;
  uninstall(): void;
}

interface Timer {
  id: number;
  at: number;
  run: () => void;
  every?: number;
}

/** Lets the promises that settled meanwhile (fetches answered by the mock, Lit updates) run on, on this page's real timer. */
const realTimeout = setTimeout;
const settle = () => new Promise<void>((resolve) => realTimeout(resolve, 0));

/** Fakes the clock of `target`: this page's, or a frame's window (each frame has its own timers and `Date`). */
export function installFakeClock(start: Date | number, target: typeof globalThis = globalThis): FakeClock {
  const real = { Date: target.Date, setTimeout: target.setTimeout, clearTimeout: target.clearTimeout, setInterval: target.setInterval, clearInterval: target.clearInterval };
  let now = new real.Date(start).getTime();
  let nextId = 1e6;
  const timers = new Map<number, Timer>();

  class FakeDate extends real.Date {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(now);
      else super(...(args as [string]));
    }

    static override now = () => now;
  }

  const add = (run: () => void, ms = 0, every?: number) => {
    const id = (nextId += 1);
    timers.set(id, { id, at: now + Math.max(0, Number(ms) || 0), run, every });
    return id;
  };
  const clear = (id?: number) => {
    if (id !== undefined && timers.has(id)) timers.delete(id);
    else real.clearTimeout.call(target, id);
  };

  // Timers with a string of code (no element of ours sets one) are not faked.
  Object.assign(target, {
    Date: FakeDate,
    setTimeout: (handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => add(() => handler(...args), ms),
    clearTimeout: clear,
    setInterval: (handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) =>
      add(() => handler(...args), ms, Math.max(1, Number(ms) || 0)),
    clearInterval: clear,
  });

  return {
    get now() {
      return now;
    },
    async tick(ms: number) {
      const until = now + ms;
      await settle();
      for (;;) {
        const due = [...timers.values()].filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at || a.id - b.id)[0];
        if (!due) break;
        now = Math.max(now, due.at);
        if (due.every) due.at = now + due.every;
        else timers.delete(due.id);
        due.run();
        await settle();
      }
      now = until;
      await settle();
    },
    jump(to: Date | number) {
      now = new real.Date(to).getTime();
    },
    uninstall() {
      timers.clear();
      Object.assign(target, real);
    },
  };
}

/**
 * `waitUntil` on real time, for tests with a fake clock (whose `setTimeout` only runs on `tick`):
 * checks `predicate` every 20 ms of real time until it holds, or fails after `timeout` ms.
 */
export async function waitOnRealTime(predicate: () => unknown, message: string, timeout = 8000): Promise<void> {
  const started = performance.now();
  while (!(await predicate())) {
    if (performance.now() - started > timeout) throw new Error(`Timed out waiting for ${message}`);
    await new Promise<void>((resolve) => realTimeout(resolve, 20));
  }
}

/**
 * The page shows again, as when the machine wakes: `visibilitychange` fires with
 * `document.visibilityState` reading `visible` (a test page the runner keeps in a background tab
 * would read `hidden`), then the page's own state comes back.
 */
export function pageShownAgain(): void {
  Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  try {
    document.dispatchEvent(new Event('visibilitychange'));
  } finally {
    delete (document as { visibilityState?: DocumentVisibilityState }).visibilityState;
  }
}
