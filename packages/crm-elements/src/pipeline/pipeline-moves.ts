// Loaded on demand by the board's first move (its Move menu, its keys or a drop), so a host whose
// users only look at the board never downloads the update, its rollback, the menu and the alert.
import { isHttpError, type CrmId, type Opportunity, type OpportunityUpdate } from '@mindbrite/crm-client';
import { css, html, nothing } from 'lit';
import { commonMessages, describeError } from '../messages/common.js';
import { pipelineMessages } from '../messages/pipeline.js';
import { RowMenu, rowMenuStyles } from '../records-list/row-menu.js';
import { addStyles } from '../shared/add-styles.js';
import { renderAlert } from '../shared/states.js';
import type { PipelineContext } from './crm-pipeline.component.js';

const moveStyles = css`
  ${rowMenuStyles}
  :host {
    /* The menu's elevation, as every overlay of ours has it. */
    --_shadow-overlay: 0 8px 24px light-dark(rgb(0 0 0 / 0.2), rgb(0 0 0 / 0.6));
  }
`;

/**
 * Saves the moves of cards between stages, which the board shows at once: one update goes to the
 * CRM, and if it refuses, the card goes back where it was and an alert says why, with "Try again".
 * A conflict or a record deleted meanwhile reloads the board, which then shows the CRM's truth.
 * Also the menu of stages behind a card's Move button (the lists' row menu, so it behaves as theirs
 * does).
 */
export class PipelineMoves {
  #failure?: { text: string; retry: () => void };
  /**
   * How many of each card's saves have a `change` event still to be heard, which needs no reload:
   * the board shows the move already. Counted, since two quick moves' changes may be heard together.
   */
  readonly #unheard = new Map<CrmId | undefined, number>();
  /**
   * The last save of each card still on its way. A card's moves are sent one after the other, so
   * the CRM applies them in the order the user made them and keeps the last.
   */
  readonly #sending = new Map<CrmId, Promise<void>>();
  /** The changes of each card's last move: only its answer is shown, whatever a reload showed meanwhile. */
  readonly #last = new Map<CrmId, OpportunityUpdate>();
  readonly #menu: RowMenu;

  constructor(private readonly board: PipelineContext) {
    this.#menu = new RowMenu(board.host);
    addStyles(board.host.renderRoot, moveStyles);
  }

  /** The id of the opportunity whose menu is open. */
  get menuFor(): CrmId | undefined {
    return this.#menu.openFor;
  }

  /** Opens the menu of the stages `opportunity` can move to, beside its Move `button`. */
  openMenu(opportunity: Opportunity, button: HTMLElement): Promise<void> {
    const { board } = this;
    const items = board
      .stages()
      .filter((stage) => stage !== opportunity.stage)
      .map((stage) => ({ action: stage, label: board.stageLabel(stage) }));
    const label = board.host.t(pipelineMessages).moveMenuLabel(board.title(opportunity));
    return this.#menu.open(opportunity.id, label, items, button, (stage) => board.move(board.opportunity(opportunity.id) ?? opportunity, stage, true));
  }

  /**
   * Saves the move of `opportunity` (as it was) by `changes`, which the board shows already; if the
   * CRM refuses, puts the card back (with `focus`, focused) and says why.
   */
  save(opportunity: Opportunity, changes: OpportunityUpdate & { stage: string }, focus: boolean): Promise<void> {
    const { id } = opportunity;
    const saved = (this.#sending.get(id) ?? Promise.resolve()).then(() => this.#send(opportunity, changes, focus));
    this.#sending.set(id, saved);
    this.#last.set(id, changes);
    void saved.then(() => {
      if (this.#sending.get(id) !== saved) return;
      this.#sending.delete(id);
      this.#last.delete(id);
    });
    return saved;
  }

  async #send(opportunity: Opportunity, changes: OpportunityUpdate & { stage: string }, focus: boolean): Promise<void> {
    const { board } = this;
    const { stage: from, id } = opportunity;
    const to = changes.stage;
    const msg = board.host.t(pipelineMessages);
    const title = board.title(opportunity);
    // A new move's outcome replaces the last one's.
    this.#failure = undefined;
    board.host.requestUpdate();
    try {
      this.#unheard.set(id, (this.#unheard.get(id) ?? 0) + 1);
      const saved = await board.client()!.opportunities.update(id, changes);
      // A later move of the same card, shown already, wins over this one's answer; a reload meanwhile does not.
      if (this.#last.get(id) === changes) await board.show(saved, false);
      board.announce(msg.moved(title, board.stageLabel(to)));
      board.emit('crm-opportunity-updated', { opportunity: saved, move: { from, to } });
    } catch (error) {
      // No change was made, so none will be heard.
      this.heard(id);
      // Back where it was, unless it has been moved on meanwhile.
      if (this.#last.get(id) === changes) await board.show(opportunity, focus);
      this.#failure = {
        text: `${msg.moveFailed(title, board.stageLabel(from))} ${describeError(error, board.host.t(commonMessages))}`,
        retry: () => board.move(board.opportunity(id) ?? opportunity, to, true),
      };
      board.host.requestUpdate();
      board.reportError(error, 'update');
      if (isHttpError(error, 409) || isHttpError(error, 404)) board.reload();
    }
  }

  /** Whether the client's `change` event for `id` is one of this board's moves (each is heard once; a `stale` change, with no id, is none). */
  heard(id: CrmId | undefined): boolean {
    const unheard = this.#unheard.get(id);
    if (!unheard) return false;
    if (unheard > 1) this.#unheard.set(id, unheard - 1);
    else this.#unheard.delete(id);
    return true;
  }

  /** The alert of the last move that failed (nothing once another move starts), and the move menu (in the top layer when open). */
  render() {
    const failure = this.#failure;
    return html`${failure ? renderAlert(this.board.host.t(commonMessages), failure.text, failure.retry, 'move-error') : nothing}${this.#menu.render()}`;
  }
}
