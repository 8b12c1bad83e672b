import { createComponent } from '@lit/react';
import * as React from 'react';
import { CrmPipeline as CrmPipelineElement } from '../pipeline/crm-pipeline.js';
import { reactEvents } from './events.js';

/**
 * `<crm-pipeline>` for React, with its events as props.
 *
 * @example
 * <CrmPipeline currency="EUR" onCrmOpportunityUpdated={(event) => log(event.detail.move)} />
 */
export const CrmPipeline = createComponent({
  react: React,
  tagName: 'crm-pipeline',
  elementClass: CrmPipelineElement,
  displayName: 'CrmPipeline',
  events: reactEvents('crm-opportunity-select', 'crm-opportunity-updated', 'crm-error', 'crm-warning'),
});
