import type { CrmChangeDetail, CrmClient } from '@mindbrite/crm-client';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * How long the client must be quiet before a burst of changes is over. A bulk action reports one
 * change per record as each request returns, tens of milliseconds apart on a good connection, so
 * a frame or a task would split it; a reload 100 ms after the last change still looks immediate.
 */
const SETTLE_MS = 100;

export interface ClientChangesOptions {
  /** The client to listen to; read on every update, so a new client is followed. */
  client: () => CrmClient | undefined;
  /** Called once per burst of changes the client reports (create, update, delete, convert), with the burst's changes in order. */
  onChange: (changes: CrmChangeDetail[]) => void;
}

/**
 * Listens to the `change` events of whichever client the host currently uses, so widgets that
 * share a client refresh when any of them (or host code) changes a record: once per burst of
 * changes, and once after work the host `hold`s. Changes still settling when the host leaves the
 * page are dropped (a host back in the page loads again anyway).
 */
export class ClientChangesController implements ReactiveController {
  private listenedTo?: CrmClient;
  private changes: CrmChangeDetail[] = [];
  private timer?: ReturnType<typeof setTimeout>;
  private holds = 0;
  private readonly listener = ({ detail }: CustomEvent<CrmChangeDetail>) => {
    this.changes.push(detail);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), SETTLE_MS);
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly options: ClientChangesOptions,
  ) {
    host.addController(this);
  }

  /**
   * Runs with `onChange` held back until `work` settles, then called once if any change arrived
   * meanwhile: a bulk action's records make one reload, after the action, however long it takes.
   *
   * @example
   * const result = await this.changes.hold(client.leads.bulkDelete(ids));
   */
  async hold<T>(work: Promise<T>): Promise<T> {
    this.holds += 1;
    try {
      return await work;
    } finally {
      this.holds -= 1;
      this.flush();
    }
  }

  hostConnected(): void {
    this.follow(this.options.client());
  }

  hostUpdated(): void {
    this.follow(this.options.client());
  }

  hostDisconnected(): void {
    this.follow(undefined);
    clearTimeout(this.timer);
    this.changes = [];
  }

  private follow(client: CrmClient | undefined): void {
    if (client === this.listenedTo) return;
    this.listenedTo?.removeEventListener('change', this.listener);
    client?.addEventListener('change', this.listener);
    this.listenedTo = client;
  }

  private flush(): void {
    if (this.holds || !this.changes.length) return;
    clearTimeout(this.timer);
    // Hands over the burst and starts the next one empty.
    this.options.onChange(this.changes.splice(0));
  }
}
