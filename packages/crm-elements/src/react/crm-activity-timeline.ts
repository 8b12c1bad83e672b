import { createComponent } from '@lit/react';
import * as React from 'react';
import { CrmActivityTimeline as CrmActivityTimelineElement } from '../activity-timeline/crm-activity-timeline.js';
import { reactEvents } from './events.js';

/**
 * `<crm-activity-timeline>` for React, with its events as props.
 *
 * @example
 * <CrmActivityTimeline contactId={42} onCrmFollowUpSelect={(event) => open(event.detail.followUp.id)} />
 */
export const CrmActivityTimeline = createComponent({
  react: React,
  tagName: 'crm-activity-timeline',
  elementClass: CrmActivityTimelineElement,
  displayName: 'CrmActivityTimeline',
  events: reactEvents('crm-follow-up-created', 'crm-follow-up-select', 'crm-error'),
});
