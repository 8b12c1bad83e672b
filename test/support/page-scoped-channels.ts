// Loaded before every browser test file (see `testRunnerHtml` in web-test-runner.config.mjs).
// Test files run at the same time in pages of one origin, and clients relay their changes to every
// other page of it over `BroadcastChannel` (`syncTabs`, on by default): one file's writes would
// reload another file's widgets and upset its request counts. Here each page's channels reach only
// that page. The frames of test/elements/sync-tabs.test.ts have their own, real `BroadcastChannel`.
const pageSuffix = `#test-page-${Math.random().toString(36).slice(2)}`;

globalThis.BroadcastChannel = class PageScopedBroadcastChannel extends BroadcastChannel {
  constructor(name: string) {
    super(name + pageSuffix);
  }
};
