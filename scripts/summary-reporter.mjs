/**
 * A @web/test-runner reporter that ends the run with the plain line CI reads: `N passed, N failed`.
 * A test file that failed to load or threw outside a test has no test results of its own; it counts as
 * one failure so that a broken file can never look like a green run.
 */
function countSuite(suite, totals, names, path = []) {
  const here = suite.name ? [...path, suite.name] : path;
  for (const test of suite.tests) {
    const name = [...here, test.name].join(' > ');
    if (test.skipped) {
      totals.skipped += 1;
      names.skipped.push(name);
    } else if (test.passed) totals.passed += 1;
    else {
      totals.failed += 1;
      names.failed.push(`${name}\n      ${String(test.error?.message ?? 'failed').split('\n').slice(0, 4).join('\n      ')}`);
    }
  }
  for (const child of suite.suites) countSuite(child, totals, names, here);
}

export function summaryReporter() {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const names = { skipped: [], failed: [] };
      for (const session of sessions) {
        const before = totals.failed;
        if (session.testResults) countSuite(session.testResults, totals, names, [session.testFile.replace(/^.*?(?=test\/)/, '')]);
        if (session.passed === false && totals.failed === before) {
          totals.failed += 1;
          console.log(`Failed outside any test: ${session.testFile}`);
          for (const error of session.errors ?? []) console.log(`  ${error.message ?? error}`);
        }
      }
      // Each skip by name: an engine-aware skip carries its reason in its title (test/engine.ts).
      if (names.skipped.length) console.log(`Skipped:\n${names.skipped.map((name) => `  - ${name}`).join('\n')}`);
      // The failures again, last, by name and message: a CI log that keeps only its end still says which.
      if (names.failed.length) console.log(`Failed:\n${names.failed.map((name) => `  - ${name}`).join('\n')}`);
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      // The runner prints its own summary after the reporters stop; printing on exit keeps ours last.
      // (Writes to a pipe or a file are synchronous on Linux, so nothing is lost at exit.)
      process.once('exit', () => process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed${skipped}\n`));
    },
  };
}
