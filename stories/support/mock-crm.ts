// Each story gets its own mock CRM at its own base URL, so the stories of a docs page (which
// render together) each see their own data and scenario and never answer for one another.
import { createCrmClient, type CrmClient } from '@mindbrite/crm-client';
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

/** The longest delay a browser timer takes (2³¹ − 1 ms, about 24.8 days); ky refuses longer. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/** The clients of the stories on screen whose mock CRM never answers, by story id. */
const waitingClients = new Map<string, CrmClient>();

/**
 * The client of a story whose mock CRM never answers (`scenario.hang`), or `undefined` for any
 * other story, which talks to its CRM through `api-base` as a host page does. Such a story shows a
 * waiting state (loading, saving, still waiting) that must stay for as long as a designer looks
 * at it, where the SDK's client would give up (per attempt after `timeout`, 15 s, and retry; in
 * all after `totalTimeout`, 20 s) and the story would turn into a timeout error.
 */
export function waitingClient(storyId: string): CrmClient | undefined {
  return waitingClients.get(storyId);
}

/**
 * A story's `beforeEach`: starts a seeded mock CRM for this story (latency, failures, empty data
 * and so on through `scenario`) behind the Storybook MSW worker. With `scenario.hang` it also
 * makes the story's `waitingClient`, without time limits, until the story is left.
 *
 * @example
 * export const Loading = meta.story({ beforeEach: mockCrm({ scenario: { hang: true } }) });
 */
export function mockCrm({ prepare, ...options }: MockCrmSetup = {}) {
  return (context: MockCrmContext) => {
    const baseUrl = storyApiBase(context.id);
    const crm = createCrmMock({ seed: 7, now: STORY_NOW, ...options, baseUrl });
    context.msw.use(...crm.handlers);
    // After the mock's own routes, so a story's overrides win (MSW prefers the latest `use`).
    prepare?.(crm, context);
    if (!options.scenario?.hang) return undefined;
    waitingClients.set(context.id, createCrmClient({ baseUrl, timeout: LONGEST_TIMER_MS, totalTimeout: LONGEST_TIMER_MS }));
    return () => {
      waitingClients.delete(context.id);
    };
  };
}
