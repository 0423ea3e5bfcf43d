// A web-test-runner reporter that writes how many tests passed and failed to .test-results/<name>.json,
// so .ci/run can print one closing line for every runner.
import { mkdirSync, writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function countReporter(name) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const failedBefore = totals.failed;
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load, or threw outside any test, counts as one failure.
        if (!session.passed && totals.failed === failedBefore) totals.failed += 1;
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync(`.test-results/${name}.json`, JSON.stringify(totals));
    },
  };
}
