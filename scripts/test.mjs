// `npm test`: build, type-check, lint, size budgets, then every browser and Node test suite.
// Every step runs even after a failure, so one run shows everything that is wrong; the last
// line sums the tests of all suites, and each failed gate (build, types, lint, budget) counts
// as one failure so a broken gate can never end in "0 failed". A browser test file with failures
// runs once more, alone (scripts/test-again.mjs); what passed only then is listed as flaky.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { runFailedFilesAgain } from './test-again.mjs';

const resultsDir = '.test-results';
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const run = (label, command, args, env = {}) => {
  console.log(`\n── ${label} ──`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return status === 0;
};
const npx = (bin) => `node_modules/.bin/${bin}`;

const gates = [
  ['build', () =>
    run('build', npx('rollup'), ['-c', 'rollup.config.mjs']) &&
    run('custom elements manifest', process.execPath, ['scripts/manifest.mjs']) &&
    run('demo pages', process.execPath, ['scripts/demo-build.mjs'])],
  ['type-check', () => run('type-check', npx('tsc'), ['-p', 'tsconfig.json', '--noEmit'])],
  ['lint', () => run('lint', npx('eslint'), ['.'])],
  ['size budgets', () => run('size budgets', process.execPath, ['scripts/size.mjs', '--check'])],
];
const failedGates = gates.filter(([, step]) => !step()).map(([name]) => name);

const flakyTests = [];
const browserSuite = (label, countsFile, config) => () => {
  const ok = run(label, npx('web-test-runner'), config);
  const again = runFailedFilesAgain(countsFile, (files, resultsFile) =>
    run(`${label}: the files with failures, again`, npx('web-test-runner'), [...config, ...files], { CRM_TEST_RESULTS: resultsFile }));
  flakyTests.push(...(again?.flaky ?? []).map((test) => `${label}: ${test}`));
  return again ? again.ok : ok;
};

const suites = [
  ['browser tests (Chromium)', `${resultsDir}/browser.json`, browserSuite('browser tests (Chromium)', `${resultsDir}/browser.json`, [])],
  // After Chromium, not beside it: one browser at a time keeps the timed tests' load as they expect.
  ['browser tests (Firefox)', `${resultsDir}/browser-firefox.json`,
    browserSuite('browser tests (Firefox)', `${resultsDir}/browser-firefox.json`, ['--config', 'web-test-runner.firefox.config.mjs'])],
  ['node tests', `${resultsDir}/node.json`, () =>
    run('node tests', process.execPath, [
      '--test',
      // One file at a time: the Storybook build and the browsers they start share two cores.
      '--test-concurrency=1',
      '--test-reporter=spec', '--test-reporter-destination=stdout',
      '--test-reporter=./scripts/node-count-reporter.mjs',
      `--test-reporter-destination=${resultsDir}/node.json`,
      'test/node/**/*.test.mjs',
    ])],
];

let passed = 0;
let failed = failedGates.length;
const failedTests = [];
for (const [name, countsFile, step] of suites) {
  const ok = step();
  const counts = existsSync(countsFile) ? JSON.parse(readFileSync(countsFile, 'utf8')) : null;
  if (!counts) {
    failedGates.push(`${name} (no results)`);
    failed += 1;
    continue;
  }
  passed += counts.passed;
  failed += counts.failed;
  failedTests.push(...(counts.failures ?? []).map((failure) => `${name}: ${failure}`));
  if (!ok && counts.failed === 0) {
    failedGates.push(`${name} (runner exited with an error)`);
    failed += 1;
  }
}

console.log('');
if (flakyTests.length) console.log(`Flaky tests (failed, then passed when their file ran again alone):\n${flakyTests.map((test) => `  ${test}`).join('\n')}`);
if (failedTests.length) console.log(`Failed tests:\n${failedTests.map((failure) => `  ${failure}`).join('\n')}`);
if (failedGates.length) console.log(`Failed steps: ${failedGates.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
