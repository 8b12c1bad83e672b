import { html } from 'lit';
import { PAGE_SIZES, type RecordsQuery } from './records-query.js';

/** The words of a list's pagination (a list's messages hold them). */
export interface PaginationLabels {
  pagination: string;
  pageSize: string;
  firstPage: string;
  previousPage: string;
  nextPage: string;
  lastPage: string;
  range: (first: string, last: string, total: string) => string;
}

/**
 * A list's pagination: the range shown ("26–50 of 212", numbers through `count`), the page size,
 * and the first, previous, next and last page buttons. `go` receives the page to show, and the
 * page size when the user changed it (back to page 1 then).
 * @example
 * renderPagination({ page: 2, pageSize: 25 }, 212, messages, (n) => formatNumber(n, locale), (page, size) => …);
 */
export function renderPagination(
  { page, pageSize }: Pick<RecordsQuery, 'page' | 'pageSize'>,
  total: number,
  labels: PaginationLabels,
  count: (value: number) => string,
  go: (page: number, pageSize?: number) => void,
) {
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  const first = Math.min(total, (page - 1) * pageSize + 1);
  const last = Math.min(total, page * pageSize);
  const pageButton = (label: string, to: number, symbol: string) =>
    // aria-disabled, not disabled: a disabled button drops its focus, and "»" is often pressed from the keyboard.
    html`<button class="button" type="button" aria-label=${label} aria-disabled=${to === page} @click=${() => go(to)}>
      <span aria-hidden="true">${symbol}</span>
    </button>`;
  return html`<nav class="pagination" part="pagination" aria-label=${labels.pagination}>
    <span>${labels.range(count(first), count(last), count(total))}</span>
    <label class="field">
      ${labels.pageSize}
      <select @change=${(event: Event) => go(1, Number((event.target as HTMLSelectElement).value))}>
        ${PAGE_SIZES.map((size) => html`<option value=${size} ?selected=${size === pageSize}>${size}</option>`)}
      </select>
    </label>
    <div class="pages">
      ${pageButton(labels.firstPage, 1, '«')} ${pageButton(labels.previousPage, Math.max(1, page - 1), '‹')}
      ${pageButton(labels.nextPage, Math.min(lastPage, page + 1), '›')} ${pageButton(labels.lastPage, lastPage, '»')}
    </div>
  </nav>`;
}
