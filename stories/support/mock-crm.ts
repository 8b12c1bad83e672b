// Each story gets its own mock CRM at its own base URL, so the stories of a docs page (which
// render together) each see their own data and scenario and never answer for one another.
import { createCrmMock, type CrmMock, type CrmMockOptions } from '@mindbrite/crm-mocks';
import type { StoryContext } from '@storybook/web-components-vite';

/** A fixed clock, so seeded dates and this month's figures are the same in every run. */
export const STORY_NOW = '2026-11-20T10:30:00Z';

/** The base URL a story's elements talk to. */
export const storyApiBase = (storyId: string) => `/api/crm/stories/${storyId}`;

/** What `mockCrm` needs of the story context (every story's context has it). */
type MockCrmContext = Pick<StoryContext, 'id' | 'msw'>;

export interface MockCrmSetup extends Omit<CrmMockOptions, 'baseUrl'> {
  /** Adjusts the mock before the story renders: extra records, or routes overridden with `context.msw.use`. */
  prepare?: (crm: CrmMock, context: MockCrmContext) => void;
}

/**
 * A story's `beforeEach`: starts a seeded mock CRM for this story (latency, failures, empty data
 * and so on through `scenario`) behind the Storybook MSW worker.
 *
 * @example
 * export const Loading = meta.story({ beforeEach: mockCrm({ scenario: { hang: true } }) });
 */
export function mockCrm({ prepare, ...options }: MockCrmSetup = {}) {
  return (context: MockCrmContext) => {
    const crm = createCrmMock({ seed: 7, now: STORY_NOW, ...options, baseUrl: storyApiBase(context.id) });
    context.msw.use(...crm.handlers);
    // After the mock's own routes, so a story's overrides win (MSW prefers the latest `use`).
    prepare?.(crm, context);
  };
}
