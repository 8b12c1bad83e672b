// A node:test reporter that writes pass/fail counts (tests, not suites) and the names of the failed
// ones as JSON for `npm test`.
export default async function* countReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0, failures: [] };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') continue;
    if (event.data.skip || event.data.todo) totals.skipped += 1;
    else if (event.type === 'test:pass') totals.passed += 1;
    else {
      totals.failed += 1;
      totals.failures.push(`${event.data.file?.replace(`${process.cwd()}/`, '') ?? ''}: ${event.data.name}`);
    }
  }
  yield JSON.stringify(totals);
}
