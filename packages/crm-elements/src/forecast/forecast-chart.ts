import { html, nothing, svg } from 'lit';
import type { forecastMessages } from '../messages/forecast.js';
import { formatFigure, formatMoney, formatNumber, intl } from '../shared/format.js';
import { formatList } from '../shared/format-list.js';
import { humanize } from '../shared/labels.js';
import type { Figures } from '../shared/opportunity-figures.js';
import { clipText } from '../shared/text.js';
import { firstDayOf, type Forecast } from './forecast-figures.js';

/** What the forecast's rendering reads of its element. */
export interface ForecastView {
  words: typeof forecastMessages;
  locale: string;
  currency: string;
  /** Whether the table is shown as well as the chart (it is always there for screen readers). */
  showTable: boolean;
}

/** A row of the chart and its table: overdue, then each month. */
interface Row {
  /** As the bars show it (`Nov 2026`) and as the table and the summary say it (`November 2026`). */
  label: string;
  long: string;
  open: Figures;
  won?: Figures;
}

/** Characters of a stage name the notes show: a name, not a page of text from the API. */
const STAGE_LENGTH = 40;

/** A bar's length in percent of the longest; a sliver for any amount above 0, nothing for none (or less). */
const extent = (value: number, max: number) => (value > 0 ? `${Math.max(0.5, Math.min(100, (value / max) * 100))}%` : '0');

/**
 * The forecast's totals, its chart (an image whose name says every figure, with a table,
 * visually hidden unless `showTable`) and notes on what it leaves out. Each month's bar is its
 * best case (the open value, pale) with the weighted value over it, and below them what was won.
 */
export function renderForecast(forecast: Forecast, { words, locale, currency, showTable }: ForecastView) {
  const money = (value: number) => formatMoney(value, locale, currency);
  // Long figures (a broken backend's 1e308) are abbreviated where space is short; the table has them whole.
  const figure = (value: number) => formatFigure(value, (amount, options) => formatMoney(amount, locale, currency, options));
  const count = (value: number) => formatNumber(value, locale);
  const month = (style: 'short' | 'long') => intl('DateTimeFormat', locale, { month: style, year: 'numeric', timeZone: 'UTC' });
  const [short, long] = [month('short'), month('long')];
  const { months, total, overdue, later, undated, unknownStages } = forecast;
  const last = months.at(-1)!.month;
  const range = short.formatRange(firstDayOf(months[0]!.month), firstDayOf(last));
  const rows: Row[] = [
    { label: words.overdue, long: words.overdue, open: overdue },
    ...months.map(({ month, open, won }) => ({ label: short.format(firstDayOf(month)), long: long.format(firstDayOf(month)), open, won })),
  ];
  const max = Math.max(...rows.map(({ open, won }) => Math.max(open.value, open.weighted, won?.value ?? 0)));
  const summary = words.summary(
    words.chart,
    rows
      .map(({ long, open, won }) =>
        won ? words.monthRow(long, money(open.weighted), money(open.value), money(won.value)) : words.overdueRow(money(open.weighted), money(open.value)),
      )
      .join('; '),
  );
  const totals: Array<[string, number]> = [
    [words.weighted, total.open.weighted],
    [words.bestCase, total.open.value],
    [words.won, total.won.value],
  ];
  const swatch = (mark: string) => html`<svg aria-hidden="true"><rect class=${mark} width="100%" height="100%" rx="2"></rect></svg>`;
  const notes = [
    undated.count && words.undated(count(undated.count), money(undated.value), undated.count),
    later.count && words.later(count(later.count), money(later.value), long.format(firstDayOf(last)), later.count),
    unknownStages.count &&
      words.unknownStages(
        formatList(unknownStages.stages.map((stage) => clipText(humanize(stage), STAGE_LENGTH)), locale),
        count(unknownStages.count),
        unknownStages.count,
      ),
  ].filter(Boolean);
  return html`
    <p class="period">${words.period(range)}</p>
    <dl class="totals" part="totals">
      ${totals.map(([label, value]) => {
        const { text, full } = figure(value);
        return html`<div class="total" part="total"><dt>${label}</dt><dd>${full ? html`<abbr title=${full}>${text}</abbr>` : text}</dd></div>`;
      })}
    </dl>
    <figure part="chart">
      <figcaption>${words.chart}</figcaption>
      <ul class="legend" part="legend" aria-hidden="true">
        <li>${swatch('weighted')} ${words.legend.weighted}</li>
        <li>${swatch('best')} ${words.legend.bestCase}</li>
        <li>${swatch('won')} ${words.legend.won}</li>
      </ul>
      <div class="bars" role="img" aria-label=${summary} part="chart-image">
        ${rows.map(
          ({ label, open, won }) => html`<span>${label}</span>
            <svg>
              <rect class="best" width=${extent(open.value, max)} height="60%" rx="2"></rect>
              <rect class="weighted" width=${extent(open.weighted, max)} height="60%" rx="2"></rect>
              ${won ? svg`<rect class="won" y="72%" width=${extent(won.value, max)} height="28%" rx="2"></rect>` : nothing}
            </svg>
            <span class="value">${figure(open.weighted).text}</span>`,
        )}
      </div>
      <div class=${showTable ? 'table' : 'visually-hidden'}>
        <table part="chart-table">
          <caption class="visually-hidden">${words.chart}</caption>
          <thead>
            <tr>${[words.month, words.weighted, words.bestCase, words.won].map((heading) => html`<th scope="col">${heading}</th>`)}</tr>
          </thead>
          <tbody>
            ${rows.map(
              ({ long, open, won }) => html`<tr>
                <th scope="row">${long}</th>
                <td>${money(open.weighted)}</td>
                <td>${money(open.value)}</td>
                <td>${won ? money(won.value) : '—'}</td>
              </tr>`,
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">${words.period(range)}</th>
              ${totals.map(([, value]) => html`<td>${money(value)}</td>`)}
            </tr>
          </tfoot>
        </table>
      </div>
    </figure>
    ${notes.length ? html`<ul class="notes" part="notes">${notes.map((note) => html`<li>${note}</li>`)}</ul>` : nothing}
  `;
}
