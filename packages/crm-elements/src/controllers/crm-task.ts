import { Task, TaskStatus, type TaskConfig } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';

export interface CrmTaskConfig<T extends readonly unknown[], R> extends TaskConfig<T, R> {
  args: () => T;
  /**
   * Load again whenever the host comes back to the page; default true: out of the page, a view of
   * data heard none of the client's changes. Forms and pickers say false, so a move in the DOM
   * keeps what the user typed; a load of theirs that the removal cut short runs again all the same.
   */
  reloadOnReconnect?: boolean;
}

/**
 * The elements' one way to load data: a lit `Task` that lives no longer than its host's stay in the
 * page. Leaving the page aborts the run in flight, and with it the request, its timeout and its
 * retries, so a removed widget keeps nothing alive; coming back runs it again (see
 * `reloadOnReconnect`). `reload()` runs it again with the same arguments.
 * @example
 * readonly #load = new CrmTask(this, {
 *   args: () => [this.crmClient, this.contactId] as const,
 *   task: ([client, contactId], { signal }) => client?.opportunities.list({ contact_id: contactId }, { signal }),
 * });
 */
export class CrmTask<const T extends readonly unknown[], R> extends Task<T, R> {
  // Not `#private`: a host already in the page calls `hostConnected` from within `super()`, before
  // such fields exist.
  private readonly reloadOnReconnect: boolean;
  private reloadWhenBack?: boolean;

  constructor(host: ReactiveControllerHost, { reloadOnReconnect = true, ...config }: CrmTaskConfig<T, R>) {
    super(host, config);
    this.reloadOnReconnect = reloadOnReconnect;
  }

  /** Runs the task again, now, with its current arguments; a run still on its way is aborted. */
  reload(): void {
    void this.run();
  }

  hostConnected(): void {
    if (!this.reloadWhenBack) return;
    this.reloadWhenBack = false;
    this.reload();
  }

  hostDisconnected(): void {
    this.reloadWhenBack = this.reloadOnReconnect || this.status === TaskStatus.PENDING;
    this.abort();
  }
}
