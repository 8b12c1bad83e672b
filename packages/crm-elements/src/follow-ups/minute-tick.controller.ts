import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MINUTE } from '../shared/follow-up-time.js';

/**
 * Renders the host again every minute and when the page shows again, so what it derives from
 * `new Date()` (the agenda's groups, "in 20 minutes") keeps up with the clock, also after the
 * machine slept (its timers stood still meanwhile). Stops when the host leaves the page.
 */
export class MinuteTickController implements ReactiveController {
  #timer?: ReturnType<typeof setInterval>;
  readonly #onVisibilityChange = () => document.visibilityState === 'visible' && this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
    this.#timer = setInterval(() => this.host.requestUpdate(), MINUTE);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    clearInterval(this.#timer);
  }
}
