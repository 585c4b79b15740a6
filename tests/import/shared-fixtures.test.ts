import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countOutcomes, type OutcomeCounts } from '../../src/core/results/counts.ts';
import { importJunitFile } from '../../src/core/results/import.ts';
import { ReportError } from '../../src/core/results/xml.ts';

/** Real reports from many producers, kept next to the repository (see its README). */
const folder = resolve(import.meta.dirname, '../..', '../shared/fixtures/junit');
const present = existsSync(folder);
const details = { candidate: 'c1', job: 'unit' };

type Expected = Omit<OutcomeCounts, 'flaky'> & { flaky?: number; outcome: string };

/**
 * Counts read off each XML by hand. Where a report's own counts are wrong
 * (container-structure: tests="8" for 3 cases; mocha: 15515 for 1), these
 * are the true ones. Retries fold into one case (flaky_retries, web-test
 * retries, junit-server-test's rerun of TestWebSocketReconnectRace).
 */
const expected: Record<string, Expected> = {
  'catch2__report.xml': { tests: 1, passed: 0, failed: 1, errored: 0, skipped: 0, outcome: 'failed' },
  'container-structure__test.xml': { tests: 3, passed: 3, failed: 0, errored: 0, skipped: 0, outcome: 'passed' },
  'cunit__testEmpty.xml': { tests: 0, passed: 0, failed: 0, errored: 0, skipped: 0, outcome: 'passed' },
  'cunit__testFailure.xml': { tests: 4, passed: 3, failed: 1, errored: 0, skipped: 0, outcome: 'failed' },
  'flaky_retries__flaky_all_failures.xml': { tests: 1, passed: 0, failed: 0, errored: 1, skipped: 0, outcome: 'errored' },
  'flaky_retries__flaky_success_first.xml': { tests: 1, passed: 1, failed: 0, errored: 0, skipped: 0, flaky: 1, outcome: 'passed' },
  'flaky_retries__flaky_with_classname_file.xml': { tests: 3, passed: 3, failed: 0, errored: 0, skipped: 0, flaky: 1, outcome: 'passed' },
  'issues__testDisabled.xml': { tests: 22, passed: 6, failed: 4, errored: 2, skipped: 10, outcome: 'errored' },
  'issues__testFailedDisabled.xml': { tests: 1, passed: 0, failed: 0, errored: 0, skipped: 1, outcome: 'skipped' },
  'junit-server-test__report.xml': { tests: 3, passed: 2, failed: 0, errored: 0, skipped: 1, flaky: 1, outcome: 'passed' },
  'junit-web-test__expected.xml': { tests: 6, passed: 4, failed: 1, errored: 0, skipped: 1, outcome: 'failed' },
  'junit-web-test__expectedRetries.xml': { tests: 7, passed: 5, failed: 1, errored: 0, skipped: 1, flaky: 1, outcome: 'failed' },
  'junit_flaky_failure__marathon_junit_report.xml': { tests: 1, passed: 1, failed: 0, errored: 0, skipped: 0, flaky: 1, outcome: 'passed' },
  'junit_flaky_failure__mixed_flaky_and_passed.xml': { tests: 3, passed: 3, failed: 0, errored: 0, skipped: 0, flaky: 1, outcome: 'passed' },
  'marathon_tests__com.mikepenz.DummyTest3_test_01.xml': { tests: 1, passed: 0, failed: 1, errored: 0, skipped: 0, outcome: 'failed' },
  'marathon_tests__com.mikepenz.DummyTest_test_02_dummy.xml': { tests: 1, passed: 1, failed: 0, errored: 0, skipped: 0, outcome: 'passed' },
  'marathon_tests__com.mikepenz.DummyUtilTest_test_01_dummy.xml': { tests: 1, passed: 0, failed: 1, errored: 0, skipped: 0, outcome: 'failed' },
  'maven_surefire_flaky__surefire-report.xml': { tests: 1, passed: 1, failed: 0, errored: 0, skipped: 0, flaky: 1, outcome: 'passed' },
  'mocha__mocha.xml': { tests: 1, passed: 1, failed: 0, errored: 0, skipped: 0, outcome: 'passed' },
  'multiple__test_10.xml': { tests: 3, passed: 3, failed: 0, errored: 0, skipped: 0, outcome: 'passed' },
  'multiple__test_11.xml': { tests: 3, passed: 2, failed: 1, errored: 0, skipped: 0, outcome: 'failed' },
  'multiple__test_12.xml': { tests: 3, passed: 2, failed: 0, errored: 0, skipped: 1, outcome: 'passed' },
  'multiple_failures__test_multiple_errors.xml': { tests: 3, passed: 1, failed: 0, errored: 2, skipped: 0, outcome: 'errored' },
  'multiple_failures__test_multiple_failures.xml': { tests: 4, passed: 1, failed: 2, errored: 0, skipped: 1, outcome: 'failed' },
  'nested__junit.xml': { tests: 5, passed: 2, failed: 3, errored: 0, skipped: 0, outcome: 'failed' },
  'nested__multi-level.xml': { tests: 3, passed: 3, failed: 0, errored: 0, skipped: 0, outcome: 'passed' },
  'nextest__basic.xml': { tests: 3, passed: 2, failed: 1, errored: 0, skipped: 0, outcome: 'failed' },
  'perl__result.xml': { tests: 1, passed: 1, failed: 0, errored: 0, skipped: 0, outcome: 'passed' },
  'python__report.xml': { tests: 3, passed: 1, failed: 2, errored: 0, skipped: 0, outcome: 'failed' },
  'python__report_flaky.xml': { tests: 4, passed: 2, failed: 2, errored: 0, skipped: 0, outcome: 'failed' },
  'tests__email__TEST-action.surefire.report.email.EmailAddressTest.xml': { tests: 9, passed: 2, failed: 2, errored: 5, skipped: 0, outcome: 'errored' },
  'tests__utils__TEST-action.surefire.report.calc.AllOkTest.xml': { tests: 1, passed: 1, failed: 0, errored: 0, skipped: 0, outcome: 'passed' },
  'tests__utils__TEST-action.surefire.report.calc.CalcUtilsTest.xml': { tests: 2, passed: 0, failed: 2, errored: 0, skipped: 0, outcome: 'failed' },
  'tests__utils__TEST-action.surefire.report.calc.StringUtilsTest.xml': { tests: 5, passed: 2, failed: 2, errored: 0, skipped: 1, outcome: 'failed' },
  'xunit__report.xml': { tests: 4, passed: 3, failed: 1, errored: 0, skipped: 0, outcome: 'failed' },
  'xunit__report_fl_on_f.xml': { tests: 4, passed: 3, failed: 1, errored: 0, skipped: 0, outcome: 'failed' },
};

/** The report that stops mid-CDATA: it must fail with a message saying so. */
const corrupt = 'corrupt-junit__TEST-test.CorruptTest.xml';

describe.skipIf(!present)(`shared JUnit fixtures in ${folder}${present ? '' : ' (skipped: folder not found)'}`, () => {
  const files = present ? readdirSync(folder).filter((file) => file.endsWith('.xml')).sort() : [];

  it('has an expectation for every report in the folder', () => {
    expect(files).toEqual(Object.keys({ ...expected, [corrupt]: null }).sort());
  });

  it.each(Object.entries(expected))('%s', async (file, { outcome, flaky = 0, ...counts }) => {
    const { result } = await importJunitFile(join(folder, file), details);
    const [run] = result.runs;
    expect(countOutcomes(run!.cases)).toEqual({ ...counts, flaky });
    expect(run!.outcome).toBe(outcome);
  });

  it('refuses the truncated report with a clear message', async () => {
    const error = await importJunitFile(join(folder, corrupt), details).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).describe(corrupt)).toBe(
      `${corrupt}:18:26: malformed XML: the file ends before <testsuite>, <testcase>, <system-out> are closed (truncated report?)`,
    );
  });
});
