import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RefreshIntervalOptions {
  /** Seconds between refreshes; 0 or less turns refreshing off. Read on every host update. */
  seconds: () => number;
  refresh: () => void;
}

/**
 * Calls `refresh` every few seconds while the host is connected. While the page is hidden (a
 * background tab) it skips the calls, and catches up with one as soon as the page shows again.
 */
export class RefreshIntervalController implements ReactiveController {
  private timer?: ReturnType<typeof setInterval>;
  private seconds = 0;
  private missed = false;
  private readonly onVisibilityChange = () => {
    if (document.hidden || !this.missed) return;
    this.missed = false;
    this.options.refresh();
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly options: RefreshIntervalOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    this.schedule();
  }

  hostUpdated(): void {
    if (this.options.seconds() !== this.seconds) this.schedule();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.seconds = this.options.seconds();
    if (!(this.seconds > 0)) return;
    this.timer = setInterval(() => {
      if (document.hidden) this.missed = true;
      else this.options.refresh();
    }, this.seconds * 1000);
  }
}
