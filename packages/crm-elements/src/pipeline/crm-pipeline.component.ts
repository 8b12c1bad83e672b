import { initialState, TaskStatus } from '@lit/task';
import { OPPORTUNITY_STAGES, STAGE_PROBABILITY, type CrmClient, type CrmId, type Opportunity, type OpportunityUpdate } from '@mindbrite/crm-client';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CrmElement } from '../base/crm-element.js';
import { moduleHost, type ModuleHost } from '../base/module-host.js';
import { ClientChangesController } from '../controllers/client-changes.controller.js';
import { CrmTask } from '../controllers/crm-task.js';
import { DebouncedSearchController } from '../controllers/debounced-search.controller.js';
import { LazyModule } from '../controllers/lazy-module.controller.js';
import { LoadingSpaceController } from '../controllers/loading-space.controller.js';
import { SlowLoadController } from '../controllers/slow-load.controller.js';
import { commonMessages, describeError } from '../messages/common.js';
import { opportunityStageLabels } from '../messages/opportunity-stages.js';
import { pipelineMessages } from '../messages/pipeline.js';
import type { CrmEventDetailMap, CrmEventName, CrmOperation } from '../shared/events.js';
import { formatNumber } from '../shared/format.js';
import { byStage, isOpen, sumFigures } from '../shared/opportunity-figures.js';
import { recordIdAttribute } from '../shared/record-id.js';
import { renderAlert, renderEmpty, renderError } from '../shared/states.js';
import { clipText, plainText } from '../shared/text.js';
import { isoDay, renderColumn, type BoardView, type Column } from './board.js';
import { pipelineStyles } from './crm-pipeline.styles.js';
import { loadOpportunities } from './load-opportunities.js';

/** Loads of more than one page show how far they are. */
const PAGE_SIZE = 100;

/** The skeleton's cards, ten to an open stage, with nothing in them: the board's data takes their place. */
const PLACES = OPPORTUNITY_STAGES.filter((stage) => isOpen({ stage })).flatMap((stage) =>
  Array.from({ length: 10 }, (_, index) => ({ id: `${stage}${index}`, stage, title: '', contact_name: '', value: 0, probability: 0 }) as unknown as Opportunity),
);

/**
 * What the board's on-demand modules (moves, drag) may use of it, and no more: they never reach
 * into the element.
 */
export interface PipelineContext {
  /** Where the move menu attaches and the modules' styles go. */
  readonly host: ModuleHost;
  /** A stage's name in the board's language; a stage it does not know, as the CRM sent it. */
  stageLabel(stage: string): string;
  /** The stages in the board's order. */
  stages(): string[];
  /** An opportunity's title as its card shows it. */
  title(opportunity: Opportunity): string;
  /** The opportunity with `id` as the board has it now. */
  opportunity(id: CrmId): Opportunity | undefined;
  /** Shows `opportunity` as given (moved at once, or back where it was); with `focus`, its card is brought into view and focused. */
  show(opportunity: Opportunity, focus: boolean): Promise<void>;
  client(): CrmClient | undefined;
  reload(): void;
  announce(text: string): void;
  reportError(error: unknown, operation: CrmOperation): void;
  emit<Name extends CrmEventName>(name: Name, detail: CrmEventDetailMap[Name]): void;
  /** Moves `opportunity` to `stage` (loading the moves module on first use). */
  move(opportunity: Opportunity, stage: string, focus: boolean): void;
  /** The stage of the column with `data-column="index"`. */
  stageOf(index: number): string | undefined;
  /** The card being dragged and the stage it is over, for their looks; `undefined` when the drag ends. */
  dragging(id?: CrmId, over?: string): void;
}

/**
 * @summary The opportunity board: a column per stage with its count, total and weighted value,
 * cards that move between stages by drag and drop or by keyboard, search and close-date filters.
 *
 * Columns follow the stages in their usual order (prospecting, qualification, proposal,
 * negotiation, closed won, closed lost); a stage the CRM sends that the board does not know gets a
 * column after them, named as sent. The closed columns start collapsed, their figures still shown;
 * their name is the button that expands them. Figures come from `shared/opportunity-figures.ts`, as
 * the forecast's do, over the cards the filters leave; amounts are in `currency`, in the locale.
 *
 * The board loads every opportunity of the CRM (or of `contact-id`'s contact), page after page,
 * showing its progress when there is more than one page; each column shows its first
 * `column-limit` cards and "Show more". It reloads when its client reports a change to
 * opportunities (a form, another widget, another tab), and keeps what it shows meanwhile.
 *
 * A card shows the title, the contact, the value, the probability and the expected close date, and
 * flags an open opportunity whose close date has passed ("Overdue") or that has not changed for
 * `stale-after` days (from `updated_at`). Activating a card (a click, or Enter on its title) fires
 * `crm-opportunity-select`.
 *
 * Moving a card to another stage, for users who may edit opportunities (the provider's
 * permissions), is one update sent to the CRM: `{ stage }`, with `probability` 100 for closed won
 * and 0 for closed lost unless `keep-probability` is set. The card moves at once; if the CRM refuses,
 * it goes back and the board says why in an alert with "Try again" (a conflict or a deleted record
 * reloads the board). Three ways to move, each announced in a live region:
 * - drag the card (mouse or pen: press and move; touch: press and hold, then move) onto a column; Escape cancels;
 * - its Move button, a menu of the other stages;
 * - keys on a focused card's title: Shift + Right arrow moves it to the next stage, Shift + Left
 *   arrow to the previous one (mirrored right to left); the Up and Down arrows, Home and End move
 *   between the cards of a column.
 * In a narrow container (under 40rem) the columns stack into a list grouped by stage, with the
 * same Move button. The code of moving (the menu, the drag, the failure alert) loads on first use.
 *
 * @fires crm-opportunity-select - A card was activated (clicked, or Enter on its title). `detail: { opportunity }`.
 * @fires crm-opportunity-updated - A card was moved to another stage and the CRM saved it. `detail: { opportunity, move: { from, to } }`, `opportunity` as saved.
 * @fires crm-error - Loading (`operation: 'load'`) or a move (`'update'`) failed. `detail: { error, operation }`.
 * @fires crm-warning - The CRM sent records the client had to leave out (repeated ids, records that do not fit the schema). `detail: { operation: 'load', problems }`.
 *
 * @csspart toolbar - The search and the close-date filters.
 * @csspart search - The search input.
 * @csspart board - The columns: a row that scrolls sideways, or a list in a narrow container.
 * @csspart column - One stage's column.
 * @csspart column-header - A column's name and figures.
 * @csspart toggle - The name of a closed stage: the button that collapses and expands its column.
 * @csspart figures - A column's total and weighted value.
 * @csspart cards - A column's list of cards.
 * @csspart card - One opportunity's card.
 * @csspart card-title - A card's title: the button that activates it.
 * @csspart flag - A card's flag: `[data-flag="overdue"]` or `[data-flag="stale"]`.
 * @csspart move - A card's Move button.
 * @csspart show-more - A column's "Show more" button.
 * @csspart row-menu - The menu of stages a card can move to.
 * @csspart drag-image - The card following the pointer while it is dragged.
 * @csspart move-error - The alert saying a move failed, with its "Try again".
 * @csspart progress - The progress of a load of several pages.
 * @csspart refresh-error - The note shown when a reload failed (the board stays).
 * @csspart slow - The note shown while loading is slow, with its Cancel button.
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry - The retry button of the error states.
 *
 * @cssprop --crm-pipeline-column-width - The narrowest an open column gets on the board (default `14rem`); wider ones share the room left.
 *
 * @example
 * <crm-pipeline api-base="/api/crm" currency="EUR" locale="de-DE" stale-after="21"></crm-pipeline>
 */
export class CrmPipeline extends CrmElement {
  static override styles = pipelineStyles;

  /** ISO 4217 currency of the values. */
  @property() currency = 'USD';

  /** Days without a change (from `updated_at`) after which an open opportunity is flagged as stale; `0` turns the flag off. */
  @property({ type: Number, attribute: 'stale-after' }) staleAfter = 30;

  /** The most cards a column shows before "Show more", which shows as many again. */
  @property({ type: Number, attribute: 'column-limit' }) columnLimit = 50;

  /** Leave the probability as it is when a card moves to closed won or closed lost (otherwise 100 and 0). */
  @property({ type: Boolean, attribute: 'keep-probability' }) keepProbability = false;

  /** Show only this contact's opportunities (the API's `contact_id`), e.g. on a contact's page. */
  @property({ attribute: 'contact-id', converter: recordIdAttribute }) contactId?: CrmId;

  /** The search term (the API's `search`, on title and contact name), set once the user pauses typing. Never reflected to the attribute. */
  @property() search = '';

  /** Show only opportunities expected to close on or after this date (`YYYY-MM-DD`); filtered on the loaded ones. */
  @property({ attribute: 'close-from' }) closeFrom = '';

  /** Show only opportunities expected to close on or before this date (`YYYY-MM-DD`); filtered on the loaded ones. */
  @property({ attribute: 'close-to' }) closeTo = '';

  /** Every opportunity loaded, in the CRM's order (by close date); `undefined` until the first load. */
  @state() private opportunities?: Opportunity[];
  @state() private progress?: [loaded: number, total: number];
  @state() private announcement = '';
  /** The closed stages the user expanded. */
  @state() private expanded = new Set<string>();
  /** How many cards each stage shows, where "Show more" raised it. */
  @state() private shown = new Map<string, number>();
  @state() private dragged?: CrmId;
  @state() private dropTarget?: string;

  /** The columns of the last render and what they were made from. */
  #grouped?: { from: readonly unknown[]; columns: Column[] };
  #context?: PipelineContext;

  readonly #load = new CrmTask(this, {
    args: () => [this.crmClient, this.search, this.contactId] as const,
    task: ([client, search, contactId], { signal }) =>
      client
        ? loadOpportunities(
            client,
            { search: search || undefined, contact_id: contactId, sort: 'expected_close_date', order: 'asc' },
            {
              signal,
              onProgress: (loaded, total) => (this.progress = [loaded, total]),
              onProblems: (problems) => this.emit('crm-warning', { operation: 'load', problems }),
            },
          )
        : initialState,
    onComplete: (opportunities) => (this.opportunities = opportunities),
    onError: (error) => this.reportError(error, 'load'),
  });

  readonly #slowLoad = new SlowLoadController(this, this.#load);
  readonly #searchInput = new DebouncedSearchController(this, { onSearch: (term) => this.#setSearch(term) });
  /** Moving cards (the update and its rollback, the menu, the failure alert): loaded with the first move. */
  readonly #moves = new LazyModule(this, () => import('./pipeline-moves.js').then(({ PipelineMoves }) => new PipelineMoves(this.#board)));
  /** Dragging cards with a pointer: loaded with the first press on a card the user may move. */
  readonly #drag = new LazyModule(this, () => import('./pipeline-drag.js').then(({ CardDrag }) => new CardDrag(this.#board)));

  constructor() {
    super();
    new LoadingSpaceController(this);
    new ClientChangesController(this, {
      client: () => this.crmClient,
      onChange: (changes) => {
        // The board's own moves it shows already. Every change is looked at, so each is forgotten once heard.
        const others = changes.filter(({ resource, id }) => resource === 'opportunities' && !this.#moves.value?.heard(id));
        if (others.length) this.reload();
      },
    });
  }

  /** Loads the opportunities again; the board stays on screen meanwhile. */
  reload(): void {
    this.#load.reload();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('search')) this.#searchInput.reset(this.search);
  }

  get #mayMove(): boolean {
    return this.may('opportunities', 'edit');
  }

  get #filtered(): boolean {
    return !!(this.search || this.closeFrom || this.closeTo);
  }

  #stageLabel(stage: string): string {
    // A stage the CRM sends that has no name here is shown as sent.
    const stages = this.t(opportunityStageLabels);
    return Object.hasOwn(stages, stage) ? stages[stage as keyof typeof stages] : clipText(plainText(stage), 40);
  }

  /** The columns of the loaded opportunities that pass the close-date filter, made again only when either changed. */
  get #columns(): Column[] {
    const { opportunities = PLACES, closeFrom, closeTo } = this;
    const from = [opportunities, closeFrom, closeTo, this.t(pipelineMessages)];
    if (this.#grouped?.from.every((value, index) => value === from[index])) return this.#grouped.columns;
    const kept = opportunities === PLACES ? PLACES : opportunities.filter(({ expected_close_date: date }) => {
      const day = date?.slice(0, 10);
      return (!closeFrom || (!!day && day >= closeFrom)) && (!closeTo || (!!day && day <= closeTo));
    });
    const columns = [...byStage(kept)].map(([stage, cards]) => ({
      stage,
      label: this.#stageLabel(stage),
      cards,
      figures: sumFigures(cards),
      closed: !isOpen({ stage }),
    }));
    this.#grouped = { from, columns };
    return columns;
  }

  #shownIn(stage: string): number {
    return this.shown.get(stage) ?? this.columnLimit;
  }

  /** The narrow view of the board its on-demand modules get. */
  get #board(): PipelineContext {
    return (this.#context ??= {
      host: moduleHost(this),
      stageLabel: (stage) => this.#stageLabel(stage),
      stages: () => this.#columns.map(({ stage }) => stage),
      title: (opportunity) => clipText(plainText(opportunity.title)),
      opportunity: (id) => this.opportunities?.find((opportunity) => opportunity.id === id),
      show: (opportunity, focus) => this.#show(opportunity, focus),
      client: () => this.crmClient,
      reload: () => this.reload(),
      announce: (text) => (this.announcement = text),
      reportError: (error, operation) => this.reportError(error, operation),
      emit: (name, detail) => this.emit(name, detail),
      move: (opportunity, stage, focus) => this.#move(opportunity, stage, focus),
      stageOf: (index) => this.#columns[index]?.stage,
      dragging: (id, over) => {
        this.dragged = id;
        this.dropTarget = over;
      },
    });
  }

  async #show(opportunity: Opportunity, focus: boolean): Promise<void> {
    this.opportunities = this.opportunities?.map((each) => (each.id === opportunity.id ? opportunity : each));
    if (!focus) return;
    const { stage, id } = opportunity;
    // The card is brought into view: its column expanded, and shown however far down it landed.
    if (!isOpen(opportunity)) this.expanded = new Set(this.expanded).add(stage);
    const at = this.#columns.find((column) => column.stage === stage)?.cards.findIndex((card) => card.id === id) ?? -1;
    const limit = this.columnLimit;
    if (at >= this.#shownIn(stage)) this.shown = new Map(this.shown).set(stage, Math.ceil((at + 1) / limit) * limit);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(String(id))}"] .open`)?.focus();
  }

  /**
   * Moves `opportunity` to `stage` on the board at once, and has the moves module (loaded with the
   * first move) save it, or put it back if it cannot.
   */
  #move(opportunity: Opportunity, stage: string, focus: boolean): void {
    if (stage === opportunity.stage) return;
    const changes: OpportunityUpdate & { stage: string } = { stage };
    // Closing settles the odds: closed won is 100%, closed lost 0%, unless the host keeps them.
    if (!this.keepProbability && !isOpen({ stage })) changes.probability = STAGE_PROBABILITY[stage as keyof typeof STAGE_PROBABILITY];
    void this.#show({ ...opportunity, ...changes }, focus);
    void this.#moves.get().then((moves) => (moves ? moves.save(opportunity, changes, focus) : this.#show(opportunity, focus)));
  }

  #setSearch(term: string): void {
    this.removeAttribute('search');
    this.search = term;
  }

  readonly #clearFilters = () => {
    this.#setSearch('');
    this.closeFrom = this.closeTo = '';
    // The button goes with the empty state; the search box is where the user goes on from.
    this.renderRoot.querySelector<HTMLElement>('#search')?.focus();
  };

  readonly #retry = () => {
    this.reload();
    // The button goes with the error; focus stays in the widget, on the region it reloads.
    this.renderRoot.querySelector<HTMLElement>('.root')?.focus();
  };

  protected override render() {
    const common = this.t(commonMessages);
    const msg = this.t(pipelineMessages);
    // While its provider waits for a client, its own loading state: the same as when it loads.
    if (!this.crmClient && !this.waitsForClient) return renderAlert(common, common.noClient);
    const { status, error } = this.#load;
    const pending = status === TaskStatus.PENDING;
    const [loaded, total] = this.progress ?? [0, 0];
    // A reload shows its own progress once its first page came, not the end of the last load's.
    const loading = pending && total > PAGE_SIZE && loaded < total;
    return html`<section class="root" tabindex="-1" aria-label=${msg.label} aria-busy=${String(pending)}>
      ${this.#renderToolbar(msg)} ${this.#moves.value?.render()}
      ${status === TaskStatus.ERROR && this.opportunities ? renderAlert(common, `${msg.refreshFailed} ${describeError(error, common)}`, this.#retry, 'refresh-error') : nothing}
      ${this.#slowLoad.render()}
      ${loading
        ? html`<p class="progress"><label>${msg.loading(formatNumber(loaded, this.effectiveLocale), formatNumber(total, this.effectiveLocale))}
            <progress part="progress" max=${total} .value=${loaded}></progress></label></p>`
        : nothing}
      ${this.opportunities
        ? this.#renderBoard(msg)
        : status === TaskStatus.ERROR
          ? renderError(common, error, this.#retry)
          : html`<div class="skeleton" part="skeleton" role="status" aria-busy="true">
              <span class="visually-hidden">${common.loading}</span>
              <div inert aria-hidden="true">${this.#renderBoard(msg)}</div>
            </div>`}
      <div class="visually-hidden announcer" role="status">${this.announcement}</div>
      <span id="move-keys" hidden>${msg.moveKeys}</span>
    </section>`;
  }

  #renderToolbar(msg: typeof pipelineMessages) {
    const date = (label: string, key: 'closeFrom' | 'closeTo') =>
      html`<label class="field">${label}<input type="date" .value=${this[key]} @change=${(event: Event) => (this[key] = (event.target as HTMLInputElement).value)} /></label>`;
    return html`<div class="toolbar" part="toolbar">
      <div class="field search" role="search">
        <label for="search">${msg.searchLabel}</label>
        <input id="search" part="search" type="search" autocomplete="off" placeholder=${msg.searchPlaceholder}
          .value=${this.#searchInput.textFor(this.search)}
          @input=${(event: InputEvent) => this.#searchInput.type((event.target as HTMLInputElement).value)}
          @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && this.#searchInput.flush((event.target as HTMLInputElement).value)} />
      </div>
      ${date(msg.closeFrom, 'closeFrom')} ${date(msg.closeTo, 'closeTo')}
    </div>`;
  }

  #renderBoard(msg: typeof pipelineMessages) {
    const columns = this.#columns;
    if (!columns.some(({ cards }) => cards.length)) {
      return this.#filtered
        ? renderEmpty(msg.noMatches, html`<button class="button" type="button" @click=${this.#clearFilters}>${msg.clearFilters}</button>`)
        : renderEmpty(msg.empty);
    }
    const now = new Date();
    const view: BoardView = {
      msg,
      locale: this.effectiveLocale,
      currency: this.currency,
      today: isoDay(now),
      now: now.getTime(),
      staleAfter: this.staleAfter,
      mayMove: this.#mayMove,
      dragged: this.dragged,
      dropTarget: this.dropTarget,
      menuFor: this.#moves.value?.menuFor,
    };
    return html`<div class="board" part="board" ?data-movable=${view.mayMove}
      @click=${this.#onClick} @keydown=${this.#onKeydown} @pointerdown=${this.#onPointerDown}
      @touchmove=${view.mayMove ? this.#holdScroll : nothing}>
      ${columns.map((column, index) =>
        renderColumn(column, index, column.closed && !this.expanded.has(column.stage), this.#shownIn(column.stage), this.columnLimit, view),
      )}
    </div>`;
  }

  /** The opportunity of the card `target` is in. */
  #cardOf(target: EventTarget | null): [Opportunity, HTMLElement] | undefined {
    const card = (target as Element).closest<HTMLElement>('.card');
    const opportunity = card && this.opportunities?.find(({ id }) => String(id) === card.dataset.id);
    return opportunity ? [opportunity, card] : undefined;
  }

  /** Cards, their Move buttons, the closed stages' toggles and "Show more", delegated once for the board. */
  readonly #onClick = (event: MouseEvent) => {
    const target = event.target as Element;
    const control = target.closest<HTMLElement>('.toggle, .more, [data-action="move"]');
    const column = this.#columns[Number(target.closest<HTMLElement>('[data-column]')?.dataset.column)];
    if (control?.matches('.toggle') && column) {
      const expanded = new Set(this.expanded);
      if (!expanded.delete(column.stage)) expanded.add(column.stage);
      this.expanded = expanded;
    } else if (control?.matches('.more') && column) {
      const first = column.cards[this.#shownIn(column.stage)]!;
      this.shown = new Map(this.shown).set(column.stage, this.#shownIn(column.stage) + this.columnLimit);
      // The button may go: focus goes on to the first card it showed.
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(String(first.id))}"] .open`)?.focus());
    } else {
      const found = this.#cardOf(target);
      if (!found) return;
      const [opportunity] = found;
      if (control) void this.#moves.get().then((moves) => moves?.openMenu(opportunity, control));
      // A drag that selected text is reading, not choosing a card.
      else if (!getSelection()?.toString()) this.emit('crm-opportunity-select', { opportunity });
    }
  };

  /** On a card's title: Shift with an arrow moves it a stage (mirrored right to left); the arrows, Home and End go to another card of the column. */
  readonly #onKeydown = (event: KeyboardEvent) => {
    const title = event.target as HTMLElement;
    const found = title.matches('.open') && this.#cardOf(title);
    if (!found) return;
    const [opportunity, card] = found;
    const { key } = event;
    if (event.shiftKey && (key === 'ArrowLeft' || key === 'ArrowRight')) {
      if (!this.#mayMove) return;
      event.preventDefault();
      const stages = this.#columns.map(({ stage }) => stage);
      const forward = (key === 'ArrowRight') === (getComputedStyle(this).direction !== 'rtl');
      const to = stages[stages.indexOf(opportunity.stage) + (forward ? 1 : -1)];
      if (to) this.#move(opportunity, to, true);
      return;
    }
    if (event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
    const titles = [...card.parentElement!.querySelectorAll<HTMLElement>('.open')];
    const at = titles.indexOf(title);
    const to = ({ ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: titles.length - 1 } as Partial<Record<string, number>>)[key];
    if (to === undefined) return;
    // Past the first or last card the key does nothing, rather than scrolling the page.
    event.preventDefault();
    titles[to]?.focus();
  };

  /**
   * A finger dragging a card must not scroll the page: its moves are cancelled while a drag is on.
   * Not passive, and there from the start, since the browser decides when the touch begins
   * whether a page may cancel its moves.
   */
  readonly #holdScroll = { handleEvent: (event: TouchEvent) => this.#drag.value?.active && event.preventDefault(), passive: false };

  /** A press on a card the user may move may become a drag: the drag's code loads with the first. */
  readonly #onPointerDown = (event: PointerEvent) => {
    const found = event.isPrimary && event.button === 0 && this.#mayMove && !(event.target as Element).closest('[data-action]') && this.#cardOf(event.target);
    if (found) void this.#drag.get().then((drag) => drag?.press(event, found[1], found[0]));
  };
}
