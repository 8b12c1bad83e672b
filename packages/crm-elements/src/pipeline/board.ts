import type { CrmId, Opportunity } from '@mindbrite/crm-client';
import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { pipelineMessages } from '../messages/pipeline.js';
import { formatDate, formatFigure, formatMoney, formatNumber, formatPercent } from '../shared/format.js';
import type { Figures } from '../shared/opportunity-figures.js';
import { clipText, plainText } from '../shared/text.js';
import { toneOf } from '../shared/tones.js';

const DAY = 864e5;
/** A close date as the API sends it, without a time: compared as text with today's date. */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** One stage's column as the board shows it. */
export interface Column {
  stage: string;
  label: string;
  /** Every card of the stage that passes the filters, in the order loaded. */
  cards: Opportunity[];
  figures: Figures;
  /** A closed stage, whose column can be collapsed. */
  closed: boolean;
}

/** What the cards and columns are drawn with, the same for every column of one render. */
export interface BoardView {
  msg: typeof pipelineMessages;
  locale: string;
  currency: string;
  /** Today, as `YYYY-MM-DD` where the user is: an open opportunity due before it is overdue. */
  today: string;
  now: number;
  staleAfter: number;
  mayMove: boolean;
  dragged?: CrmId;
  dropTarget?: string;
  /** The card whose Move menu is open. */
  menuFor?: CrmId;
}

/** The local date of `time` as `YYYY-MM-DD`. */
export const isoDay = (time: Date): string =>
  `${time.getFullYear()}-${String(time.getMonth() + 1).padStart(2, '0')}-${String(time.getDate()).padStart(2, '0')}`;

/** An amount for a small space: abbreviated when whole it would not fit, the whole amount its tooltip. */
function money(value: number, view: BoardView) {
  const { text, full } = formatFigure(value, (figure, options) => formatMoney(figure, view.locale, view.currency, options));
  return full ? html`<abbr title=${full}>${text}</abbr>` : text;
}

/** The flags a card raises: overdue (an open opportunity past its close date) and stale (no change for `stale-after` days). */
function flags(opportunity: Opportunity, open: boolean, view: BoardView) {
  const { msg } = view;
  const due = opportunity.expected_close_date?.slice(0, 10);
  const overdue = open && !!due && DATE_ONLY.test(due) && due < view.today;
  const days = Math.floor((view.now - Date.parse(opportunity.updated_at)) / DAY);
  const stale = open && view.staleAfter > 0 && days >= view.staleAfter;
  return overdue || stale
    ? html`<p class="flags">
        ${overdue ? html`<span class="flag" part="flag" data-flag="overdue">${msg.overdue}</span>` : nothing}
        ${stale ? html`<span class="flag" part="flag" data-flag="stale">${msg.stale(formatNumber(days, view.locale), days)}</span>` : nothing}
      </p>`
    : nothing;
}

/**
 * A card: its title (the button that activates it, and where the move keys work), the contact,
 * value and probability, the close date and its flags, and Move when the user may move it. Text
 * from the CRM is bound as text, without the control characters that could disguise it.
 */
function renderCard(opportunity: Opportunity, open: boolean, view: BoardView) {
  const { msg, locale, mayMove } = view;
  const title = clipText(plainText(opportunity.title));
  const date = opportunity.expected_close_date;
  return html`<li class="card ${view.dragged === opportunity.id ? 'dragged' : ''}" part="card" data-id=${opportunity.id}>
    <button class="open" type="button" part="card-title" aria-describedby=${mayMove ? 'move-keys' : nothing}
      aria-keyshortcuts=${mayMove ? 'Shift+ArrowLeft Shift+ArrowRight' : nothing}>${title}</button>
    <span class="muted">${clipText(plainText(opportunity.contact_name))}</span>
    <span class="muted">${date ? msg.closes(formatDate(date, locale)) : msg.noCloseDate}</span>
    ${flags(opportunity, open, view)}
    <div class="facts">
      <dl>
        <div><dt class="visually-hidden">${msg.value}</dt><dd>${money(opportunity.value, view)}</dd></div>
        <div><dt class="visually-hidden">${msg.probability}</dt><dd>${formatPercent(opportunity.probability, locale)}</dd></div>
      </dl>
      ${mayMove
        ? html`<button class="button move" type="button" part="move" data-action="move" aria-haspopup="menu"
            aria-expanded=${String(view.menuFor === opportunity.id)} aria-label=${msg.moveLabel(title)}>${msg.move}</button>`
        : nothing}
    </div>
  </li>`;
}

/**
 * A stage's column: its name (for a closed stage, the button that collapses and expands it), its
 * count, total and weighted value, then its first `shown` cards and "Show more". A collapsed
 * column keeps its figures.
 */
export function renderColumn(column: Column, index: number, collapsed: boolean, shown: number, limit: number, view: BoardView) {
  const { stage, label, cards, figures, closed } = column;
  const { msg, locale } = view;
  const heading = `stage-${index}`;
  const more = Math.min(limit, cards.length - shown);
  return html`<section class="column ${collapsed ? 'collapsed' : ''} ${view.dropTarget === stage ? 'over' : ''}" part="column"
    data-column=${index} data-status=${toneOf(stage)} aria-labelledby=${heading}>
    <div class="column-header" part="column-header">
      <h3 id=${heading}>
        ${closed
          ? html`<button class="toggle" type="button" part="toggle" aria-expanded=${String(!collapsed)}><span aria-hidden="true" class="chevron"></span>${label}</button>`
          : label}
      </h3>
      <p class="count">${msg.count(formatNumber(figures.count, locale), figures.count)}</p>
      <dl class="figures" part="figures">
        <div><dt>${msg.total}</dt><dd>${money(figures.value, view)}</dd></div>
        <div><dt>${msg.weighted}</dt><dd>${money(figures.weighted, view)}</dd></div>
      </dl>
    </div>
    ${collapsed || !cards.length
      ? nothing
      : html`<ul class="cards" part="cards" aria-labelledby=${heading}>
          ${repeat(
            cards.slice(0, shown),
            (opportunity) => opportunity.id,
            // A card is drawn again only when its record, the day or how it may be used changed.
            (opportunity) =>
              guard([opportunity, view.msg, locale, view.currency, view.today, view.staleAfter, view.mayMove, view.dragged === opportunity.id, view.menuFor === opportunity.id], () =>
                renderCard(opportunity, !closed, view),
              ),
          )}
        </ul>`}
    ${!collapsed && more > 0
      ? html`<button class="button more" type="button" part="show-more" data-more=${index}>${msg.showMore(formatNumber(more, locale))}</button>`
      : nothing}
  </section>`;
}
