import { TaskStatus, type Task } from '@lit/task';
import { html, nothing, type ReactiveController } from 'lit';
import type { CrmElement } from '../base/crm-element.js';
import { commonMessages } from '../messages/common.js';

/**
 * Says when a load is slow and lets the user stop waiting: once `task` has been pending for the
 * host's `slowAfter` ms, `render()` shows "Still waiting for the CRM…" with Cancel. Cancel aborts
 * the request; the task then ends in the host's error state with its Retry, which takes focus.
 * Without it a server that never answers keeps the user in front of a skeleton until the client
 * gives up (its `totalTimeout`, 20 s by default).
 *
 * The note sits in a live region that is always in the page (an empty one takes no room), since
 * screen readers announce changes to a region, not regions that appear.
 *
 * @example
 * private readonly slowLoad = new SlowLoadController(this, this.leadsTask);
 * html`${this.slowLoad.render()} ${this.leadsTask.render({ … })}`;
 */
export class SlowLoadController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private slow = false;

  constructor(
    private readonly host: CrmElement,
    private readonly task: Pick<Task, 'status' | 'abort' | 'taskComplete'>,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.task.status !== TaskStatus.PENDING) return this.stop();
    this.timer ??= setTimeout(() => {
      this.slow = true;
      this.host.requestUpdate();
    }, this.host.slowAfter);
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.slow) {
      this.slow = false;
      this.host.requestUpdate();
    }
  }

  private readonly cancel = async () => {
    this.task.abort();
    await this.task.taskComplete.catch(() => undefined);
    await this.host.updateComplete;
    // Cancel goes with the note; the error state's Retry is where the user goes on from.
    this.host.renderRoot.querySelector<HTMLElement>('[part="retry"]')?.focus();
  };

  /** The note and its Cancel button while the load is slow; an empty live region otherwise. */
  render() {
    // No whitespace inside the region, so it is `:empty` (and takes no room) while there is nothing to say.
    return html`<div class="slow" part="slow" role="status">${this.slow
      ? html`${this.host.t(commonMessages).stillWaiting} <button class="button" type="button" @click=${this.cancel}>${this.host.t(commonMessages).cancel}</button>`
      : nothing}</div>`;
  }
}
