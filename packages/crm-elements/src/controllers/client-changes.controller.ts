import type { CrmChangeDetail, CrmClient } from '@mindbrite/crm-client';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ClientChangesOptions {
  /** The client to listen to; read on every update, so a new client is followed. */
  client: () => CrmClient | undefined;
  /** Called for each change a client reports (create, update, delete, convert). */
  onChange: (change: CrmChangeDetail) => void;
}

/**
 * Listens to the `change` events of whichever client the host currently uses, so widgets that
 * share a client refresh when any of them (or host code) changes a record.
 */
export class ClientChangesController implements ReactiveController {
  private listenedTo?: CrmClient;
  private readonly listener = (event: CustomEvent<CrmChangeDetail>) => this.options.onChange(event.detail);

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ClientChangesOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.follow(this.options.client());
  }

  hostUpdated(): void {
    this.follow(this.options.client());
  }

  hostDisconnected(): void {
    this.follow(undefined);
  }

  private follow(client: CrmClient | undefined): void {
    if (client === this.listenedTo) return;
    this.listenedTo?.removeEventListener('change', this.listener);
    client?.addEventListener('change', this.listener);
    this.listenedTo = client;
  }
}
