import { css, html, nothing } from 'lit';
import { describeError, type commonMessages } from '../messages/common.js';

type CommonMessages = typeof commonMessages;

/**
 * The loading, empty and error states every element shows, drawn the same way everywhere.
 * Each carries a `part` so hosts can restyle it: `skeleton`, `empty`, `error`.
 */
export const stateStyles = css`
  .skeleton {
    display: grid;
    gap: var(--_space);
  }
  /* The placeholder lines pulse by their opacity, which the compositor animates: a pulsing colour
     restyled every line on the main thread at every frame, ~12 ms a frame for a list's page of rows. */
  .skeleton-line {
    height: 1rem;
    border-radius: var(--_radius);
    background: var(--_color-border);
    animation: pulse 1.4s ease-in-out infinite alternate;
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton-line {
      animation: none;
    }
  }
  @keyframes pulse {
    from {
      opacity: 0.45;
    }
  }
  .empty,
  .error {
    display: grid;
    justify-items: start;
    gap: var(--_space);
    padding: calc(var(--_space) * 2);
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
  }
  .error {
    border-inline-start: 4px solid var(--_color-danger);
  }
  .error p,
  .empty p {
    margin: 0;
  }
  /* The slow-load note's live region: out of the flow while empty, so it adds no gap, yet still
     in the accessibility tree. */
  .slow:empty {
    position: absolute;
  }
`;

/** Placeholder lines while data loads; announced once through `aria-busy` and a hidden label. */
export function renderSkeleton(common: CommonMessages, lines = 5) {
  return html`<div class="skeleton" part="skeleton" role="status" aria-busy="true">
    <span class="visually-hidden">${common.loading}</span>
    ${Array.from({ length: lines }, () => html`<div class="skeleton-line" aria-hidden="true"></div>`)}
  </div>`;
}

export function renderEmpty(message: string, action?: unknown) {
  return html`<div class="empty" part="empty" role="status"><p>${message}</p>${action ?? nothing}</div>`;
}

/**
 * An alert in the error look: `message`, and a retry button (in the words of `common`) when
 * `retry` is given. `part` names it for hosts (`error` for a whole element's error state).
 * @example
 * renderAlert(common, `${msg.refreshFailed} ${describeError(error, common)}`, () => this.refresh(), 'refresh-error');
 */
export function renderAlert(common: CommonMessages, message: string, retry?: () => void, part = 'error') {
  return html`<div class="error" part=${part} role="alert">
    <p>${message}</p>
    ${retry
      ? html`<button class="button" type="button" part="retry" @click=${retry}>${common.retry}</button>`
      : nothing}
  </div>`;
}

/** The error state: what went wrong in plain words, and a retry when one makes sense. */
export function renderError(common: CommonMessages, error: unknown, retry?: () => void) {
  return renderAlert(common, describeError(error, common), retry);
}

/**
 * What a form without a client shows: a loading state while its provider waits for one, else how
 * to connect it. (The other elements show their own loading state while they wait.)
 */
export function renderNoClient(common: CommonMessages, waiting: boolean, lines?: number) {
  return waiting ? renderSkeleton(common, lines) : renderAlert(common, common.noClient);
}
