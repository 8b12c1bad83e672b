import { createComponent } from '@lit/react';
import * as React from 'react';
import { CrmForecast as CrmForecastElement } from '../forecast/crm-forecast.js';
import { reactEvents } from './events.js';

/**
 * `<crm-forecast>` for React, with its events as props.
 *
 * @example
 * <CrmForecast months={12} currency="EUR" onCrmError={(event) => report(event.detail.error)} />
 */
export const CrmForecast = createComponent({
  react: React,
  tagName: 'crm-forecast',
  elementClass: CrmForecastElement,
  displayName: 'CrmForecast',
  events: reactEvents('crm-error'),
});
