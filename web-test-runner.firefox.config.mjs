// The browser tests in Firefox (Debian's firefox-esr): the same files, plugins and page as
// web-test-runner.config.mjs, in Firefox driven by puppeteer-core over WebDriver BiDi.
// `npm test` runs this after the Chromium run and adds its counts to the final line.
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import chromium, { countReporter, zonedGroup } from './web-test-runner.config.mjs';
import { findFirefox } from './scripts/find-firefox.mjs';

// The Chrome launcher drives any browser puppeteer can launch, given a puppeteer to launch with.
const firefox = (env) => chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath: findFirefox(), headless: true, env } });

export default {
  ...chromium,
  browsers: [firefox()],
  groups: [zonedGroup(firefox)],
  // One page at a time: on two cores, two Firefox pages at once finished no sooner (about 3.5 min
  // either way) and made timing tests fail.
  concurrency: 1,
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter('.test-results/browser-firefox.json')],
};
