import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
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
 * Writes the pass/fail counts, in all and by test file, and the names of what failed, so `npm test`
 * can sum every suite into one line, run a failed file again, and list the failures just above its
 * last line (a CI log is often read from its end). `CRM_TEST_RESULTS` names another file to write.
 */
export function countReporter(outFile) {
  const count = (suite, path, totals, file) => {
    for (const test of suite.tests) {
      const key = test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed';
      totals[key] += 1;
      file[key] += 1;
      if (key === 'failed') totals.failures.push(`${file.name}: ${[...path, test.name].join(' › ')}`);
    }
    for (const child of suite.suites) count(child, [...path, child.name], totals, file);
  };
  return {
    async onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, failures: [], files: [] };
      for (const session of sessions) {
        const path = session.testFile.replace(`${process.cwd()}/`, '');
        const file = { name: `${path} (${session.browser.name}${session.group?.name === 'zoned' ? ', zoned' : ''})`, path, passed: 0, failed: 0, skipped: 0 };
        totals.files.push(file);
        if (session.testResults) count(session.testResults, [], totals, file);
        // A file that failed to load or threw outside a test still counts as a failure.
        if (!session.passed && session.errors?.length) {
          totals.failed += 1;
          file.failed += 1;
          totals.failures.push(`${file.name}: ${session.errors[0].message ?? 'failed outside a test'}`.slice(0, 300));
        }
      }
      const target = process.env.CRM_TEST_RESULTS ?? outFile;
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, JSON.stringify(totals));
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

/** Resolves `@open-wc/testing` to test/support/testing.ts (its exports, with longer waits) for the tests. */
function longerWaits() {
  const shim = '/test/support/testing.ts';
  return {
    name: 'longer-waits',
    resolveImport: ({ source, context }) => (source === '@open-wc/testing' && context.path !== shim ? shim : undefined),
  };
}

export default {
  files: ['test/**/*.test.ts', '!test/node/**', '!test/zoned/**'],
  nodeResolve: { exportConditions: ['@mindbrite/source', 'browser', 'module', 'import'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), react18ForItsTests(), forcedColorsCommand(), longerWaits()],
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
  // Generous: on two busy cores a test with an accessibility check can take seconds; a hung one still fails.
  testFramework: { config: { timeout: 30000 } },
  testsFinishTimeout: 300000,
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter('.test-results/browser.json')],
};
