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
  /* An empty entry: its subject and its type and time, as tall as theirs, on the rail. */
  .place {
    display: grid;
    gap: calc(var(--_space) * 0.25 + 0.5rem);
    padding-block: calc(var(--_space) * 0.75 + 0.25rem);
    padding-inline-start: calc(var(--_space) * 1.5);
    border-inline-start: 2px solid var(--crm-activity-timeline-rail, var(--_color-border));
  }
  .skeleton {
    gap: 0;
  }
  .place > :last-child {
    inline-size: 40%;
  }
`;
