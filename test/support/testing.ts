// `@open-wc/testing` as every browser test imports it (web-test-runner.config.mjs resolves the
// package here): the same exports, but `waitUntil` waits up to 5 s by default instead of 1 s. On two
// busy cores a first render that loads its code on demand can take longer than a second; a state
// that never comes still fails the test, only later. A timeout given explicitly is kept.
import { waitUntil as waitUntilOneSecond } from '@open-wc/testing';

export * from '@open-wc/testing';

export const waitUntil: typeof waitUntilOneSecond = (predicate, message, options = {}) =>
  waitUntilOneSecond(predicate, message, { timeout: 5000, ...options });
