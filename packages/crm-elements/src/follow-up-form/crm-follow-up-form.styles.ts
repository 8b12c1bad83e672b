import { css } from 'lit';

/** The follow-up form's own knob and its quick choices below the date; the rest of its look is every record form's (`recordFormStyles`). */
export const followUpFormStyles = css`
  :host {
    --_columns: var(--crm-follow-up-form-columns);
  }
  /* Chromium gives a date-time input a minimum width of its own (about 14rem), wider than a narrow dialog. */
  input[type='datetime-local'] {
    min-width: 0;
  }
  .quick {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }
`;
