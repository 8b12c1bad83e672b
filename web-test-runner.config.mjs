import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeArgs, findChrome } from './scripts/find-chrome.mjs';
import { react18ForItsTests } from './scripts/wtr-react18.mjs';
import { forcedColorsCommand } from './scripts/wtr-forced-colors.mjs';

const require = createRequire(import.meta.url);
const workerScriptPath = require.resolve('msw/mockServiceWorker.js', {
  paths: [new URL('./packages/crm-mocks/', import.meta.url).pathname],
});

/**
 * MSW's worker unregisters itself when the last page it controls stops. Test files run in
 * parallel pages that come and go, so a page could start on a registration that is on its way
 * out (its requests then miss the mock) or be reloaded by MSW (the runner reports a reload as an
 * interrupted file). In the test run the worker therefore stays registered; it still ignores the
 * requests of pages that have not started mocking.
 */
const SELF_UNREGISTER = 'await self.registration.unregister()';

async function testWorkerScript() {
  const script = await readFile(workerScriptPath, 'utf8');
  if (!script.includes(SELF_UNREGISTER)) {
    throw new Error(`msw's mockServiceWorker.js changed: "${SELF_UNREGISTER}" not found; revisit web-test-runner.config.mjs`);
  }
  return script.replace(SELF_UNREGISTER, '/* kept registered for the test run */');
}

/** Serves MSW's worker at the root so it controls every test page. */
function mswWorkerMiddleware() {
  return async (context, next) => {
    if (context.path !== '/mockServiceWorker.js') return next();
    context.type = 'application/javascript';
    context.set('Service-Worker-Allowed', '/');
    context.body = await testWorkerScript();
  };
}

/**
 * Writes the pass/fail counts, and the names of what failed, so `npm test` can sum every suite
 * into one line and list the failures just above it (a CI log is often read from its end).
 */
export function countReporter(outFile) {
  const count = (suite, path, file, totals) => {
    for (const test of suite.tests) {
      if (test.skipped) totals.skipped += 1;
      else if (test.passed) totals.passed += 1;
      else {
        totals.failed += 1;
        totals.failures.push(`${file}: ${[...path, test.name].join(' › ')}`);
      }
    }
    for (const child of suite.suites) count(child, [...path, child.name], file, totals);
  };
  return {
    async onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, failures: [] };
      for (const session of sessions) {
        const file = `${session.testFile.replace(`${process.cwd()}/`, '')} (${session.browser.name}${session.group?.name === 'zoned' ? ', zoned' : ''})`;
        if (session.testResults) count(session.testResults, [], file, totals);
        // A file that failed to load or threw outside a test still counts as a failure.
        if (!session.passed && session.errors?.length) {
          totals.failed += 1;
          totals.failures.push(`${file}: ${session.errors[0].message ?? 'failed outside a test'}`.slice(0, 300));
        }
      }
      await mkdir('.test-results', { recursive: true });
      await writeFile(outFile, JSON.stringify(totals));
    },
  };
}

/**
 * The time zone of the tests in test/zoned/: far enough from UTC that its days are not UTC's, with
 * daylight saving time. They run in a browser of their own started in it (`TZ`): a zone emulated in
 * one page would reach the other test pages its renderer process serves.
 */
export const TEST_ZONE = 'America/New_York';

/** The group of the tests that live in `TEST_ZONE`, in a browser `launch` starts with `TZ` set. */
export const zonedGroup = (launch) => ({ name: 'zoned', files: 'test/zoned/**/*.test.ts', browsers: [launch({ ...process.env, TZ: TEST_ZONE })] });

export default {
  files: ['test/**/*.test.ts', '!test/node/**', '!test/zoned/**'],
  nodeResolve: { exportConditions: ['@mindbrite/source', 'browser', 'module', 'import'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), react18ForItsTests(), forcedColorsCommand()],
  middleware: [mswWorkerMiddleware()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: chromeArgs },
    }),
  ],
  groups: [zonedGroup((env) => chromeLauncher({ launchOptions: { executablePath: findChrome(), headless: true, args: chromeArgs, env } }))],
  // Every test page loads test/support/readable-failures.ts and page-scoped-channels.ts (its
  // BroadcastChannels reach no other test page) before its test file.
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html>
      <body>
        <script type="module" src="/test/support/readable-failures.ts"></script>
        <script type="module" src="/test/support/page-scoped-channels.ts"></script>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter('.test-results/browser.json')],
};
