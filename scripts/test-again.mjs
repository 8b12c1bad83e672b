// For `npm test`: a browser test file with failures runs once more, alone. A test that failed under
// the load of the whole run (two cores, two browsers' pages at once) may pass then; one that fails
// again is a failure. The second results of those files replace their first, and each test that
// failed and then passed is returned as flaky, for `npm test` to list: none goes unseen. Many
// failed files are a real failure, not load: they are not run again.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const AGAIN_AT_MOST = 6;

/**
 * `countsFile`: what web-test-runner's count reporter wrote (web-test-runner.config.mjs).
 * `runAgain(args, resultsFile)`: runs web-test-runner with these extra arguments, writing its
 * counts to `resultsFile`; returns whether it passed.
 * Returns `undefined` when nothing ran again, else `{ ok, flaky }`, `countsFile` rewritten.
 */
export function runFailedFilesAgain(countsFile, runAgain) {
  if (!existsSync(countsFile)) return undefined;
  const first = JSON.parse(readFileSync(countsFile, 'utf8'));
  const failedFiles = first.files.filter(({ failed }) => failed > 0);
  if (!failedFiles.length || failedFiles.length > AGAIN_AT_MOST) return undefined;

  const isZoned = ({ name }) => name.endsWith(', zoned)');
  const paths = [...new Set(failedFiles.filter((file) => !isZoned(file)).map(({ path }) => path))];
  // The time-zone group runs beside any files given; alone, it is asked for by name.
  const againFile = countsFile.replace(/\.json$/, '-again.json');
  const ok = runAgain(paths.length ? paths : ['--group', 'zoned'], againFile);
  if (!existsSync(againFile)) return { ok: false, flaky: [] };

  const again = JSON.parse(readFileSync(againFile, 'utf8'));
  const merged = { ...first, failures: [...first.failures] };
  const flaky = [];
  for (const file of failedFiles) {
    const second = again.files.find(({ name }) => name === file.name);
    if (!second) continue;
    for (const key of ['passed', 'failed', 'skipped']) merged[key] += second[key] - file[key];
    const prefix = `${file.name}: `;
    const secondFailures = again.failures.filter((failure) => failure.startsWith(prefix));
    flaky.push(...merged.failures.filter((failure) => failure.startsWith(prefix) && !secondFailures.includes(failure)));
    merged.failures = [...merged.failures.filter((failure) => !failure.startsWith(prefix)), ...secondFailures];
  }
  writeFileSync(countsFile, JSON.stringify(merged));
  return { ok: ok && merged.failed === 0, flaky };
}
