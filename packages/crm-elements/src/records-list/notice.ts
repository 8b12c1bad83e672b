import { css, html, nothing, type TemplateResult } from 'lit';

/** An action's outcome: what happened, and for partial failures, which records and why. */
export interface Notice {
  tone: 'success' | 'error';
  text: string | TemplateResult;
  failures?: TemplateResult[];
}

/** The look of `renderNotice`'s notices (and of a list's warning, `.notice.warning`), for every element that shows them. */
export const noticeStyles = css`
  /* Out of the grid's flow while empty, so it adds no gap, yet still in the accessibility tree. */
  .notices:empty {
    position: absolute;
  }
  .notice {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
    border-inline-start: 4px solid var(--_color-success);
  }
  .notice.error {
    border-color: var(--_color-danger);
  }
  .notice.warning {
    border-color: var(--_color-warning);
  }
  .notice p,
  .notice ul {
    margin: 0;
  }
`;

/**
 * The outcome of a list's last action, with a button (`dismissLabel`) that calls `dismiss`. Its
 * live region is always in the page (an empty one takes no room), because screen readers announce
 * changes to a region, not regions that appear; a failure is an alert inside it. Focus the
 * `[part="notice"]` once shown: the control that started the action is often gone by then.
 * @example
 * html`${renderNotice(this.notice, 'Dismiss', () => (this.notice = undefined))}`;
 */
export function renderNotice(notice: Notice | undefined, dismissLabel: string, dismiss: () => void) {
  return html`<div class="notices" role="status">
    ${notice
      ? html`<div class="notice ${notice.tone}" part="notice" tabindex="-1" role=${notice.tone === 'error' ? 'alert' : nothing}>
          <div>
            <p>${notice.text}</p>
            ${notice.failures ? html`<ul>${notice.failures.map((line) => html`<li>${line}</li>`)}</ul>` : nothing}
          </div>
          <button class="button" type="button" @click=${dismiss}>${dismissLabel}</button>
        </div>`
      : nothing}
  </div>`;
}
