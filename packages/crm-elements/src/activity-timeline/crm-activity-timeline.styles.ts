import { css } from 'lit';

/** The widget's layout: the quick box above the activity. The entries' and the box's own look load with their code. */
export const activityTimelineStyles = css`
  :host {
    display: grid;
    gap: calc(var(--_space) * 2);
    /* No text from the CRM (a long subject, a pasted note) may widen the widget. */
    overflow-wrap: anywhere;
  }
  p {
    margin: 0;
  }
  section {
    display: grid;
    gap: var(--_space);
  }
  section > .button {
    justify-self: start;
  }
`;
