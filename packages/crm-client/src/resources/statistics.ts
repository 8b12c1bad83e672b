import type { CrmStatistics } from '../schemas/index.js';
import { StatisticsSchema } from '../schemas/index.js';
import type { RequestOptions, ResourceContext } from './context.js';
import { readJson, send, validate } from './context.js';

export interface StatisticsResource {
  /**
   * The dashboard figures.
   * @example
   * const { total_leads, conversion_rate } = await client.statistics.get();
   */
  get(options?: RequestOptions): Promise<CrmStatistics>;
}

/**
 * The statistics module of a client.
 * @example
 * const statistics = createStatistics(context);
 */
export function createStatistics(context: ResourceContext): StatisticsResource {
  return {
    async get(options = {}) {
      const exchange = await send(context, 'GET', context.adapter.target('statistics'), options);
      return validate(context, StatisticsSchema, readJson('statistics', exchange), 'statistics', exchange);
    },
  };
}
