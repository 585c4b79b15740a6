import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countOutcomes } from '../../src/core/results/counts.ts';
import { readJunit } from '../../src/core/results/junit.ts';

const fixtures = join(import.meta.dirname, '../fixtures/junit');
const writtenAt = new Date('2026-04-01T00:00:00Z');

const read = (name: string, startedAt?: Date) => readJunit(readFileSync(join(fixtures, name), 'utf8'), { writtenAt, startedAt });
const caseNamed = (report: ReturnType<typeof read>, name: string, classname?: string) =>
  report.cases.find((c) => c.name === name && (classname === undefined || c.classname === classname));

describe('bare <testsuite> root (Ant, Surefire)', () => {
  const report = read('bare-testsuite.xml');

  it('counts each outcome and derives the run outcome', () => {
    expect(countOutcomes(report.cases)).toEqual({ tests: 6, passed: 2, failed: 1, errored: 1, skipped: 2, flaky: 0 });
    expect(report.outcome).toBe('errored');
  });

  it('tells failure, error and skipped apart and keeps their messages', () => {
    expect(caseNamed(report, 'refunds')).toMatchObject({ outcome: 'failed', message: 'expected 10 but was 9' });
    expect(caseNamed(report, 'talksToBank')).toMatchObject({ outcome: 'errored', message: 'connection refused' });
    expect(caseNamed(report, 'printsInvoice')).toMatchObject({ outcome: 'skipped', message: 'printer not available' });
  });

  it('treats status="disabled" as skipped even when an old failure is attached', () => {
    expect(caseNamed(report, 'archives')).toMatchObject({ outcome: 'skipped', message: 'last failure before it was disabled' });
  });

  it('reads times with thousands commas and a timestamp without zone as UTC', () => {
    expect(caseNamed(report, 'chargesCard')!.time).toBe(1200.25);
    expect(report.startedAt).toBe('2026-03-01T14:05:00.000Z');
    expect(report.finishedAt).toBe('2026-03-01T14:25:34.500Z');
    expect(report.warnings).toEqual([]);
  });
});

describe('nested suites with wrong counts', () => {
  const report = read('nested-suites.xml');

  it('collects cases at every depth and recounts them', () => {
    expect(countOutcomes(report.cases)).toEqual({ tests: 5, passed: 3, failed: 2, errored: 0, skipped: 0, flaky: 0 });
    expect(report.outcome).toBe('failed');
  });

  it('keeps same-named cases of sibling suites apart, naming them by their suite', () => {
    expect(caseNamed(report, 'ping', 'network')).toMatchObject({ outcome: 'failed', message: 'timeout' });
    expect(caseNamed(report, 'ping', 'storage')).toMatchObject({ outcome: 'passed' });
    expect(caseNamed(report, 'smoke')).toMatchObject({ classname: 'cluster' });
  });

  it('warns about the declared counts and starts at the earliest suite timestamp', () => {
    expect(report.warnings).toEqual([
      'declared test counts disagree with the <testcase> elements ("cluster": 4 declared, 5 found; "integration": 99 declared, 5 found); the test cases were counted',
    ]);
    expect(report.startedAt).toBe('2026-03-02T08:00:00.000Z');
    expect(report.finishedAt).toBe('2026-03-02T08:02:30.000Z');
  });
});

describe('Surefire reruns', () => {
  const report = read('surefire-reruns.xml');

  it('counts flakyFailure/flakyError as a pass after retries', () => {
    expect(caseNamed(report, 'drains')).toMatchObject({ outcome: 'passed', retries: 2, message: 'first try lost a message\nsecond try lost a message' });
    expect(caseNamed(report, 'reconnects')).toMatchObject({ outcome: 'passed', retries: 1, message: 'java.net.SocketException: reset by peer' });
  });

  it('counts rerunFailure/rerunError as failing every retry', () => {
    expect(caseNamed(report, 'orders')).toMatchObject({ outcome: 'failed', retries: 2, message: 'out of order' });
    expect(caseNamed(report, 'persists')).toMatchObject({ outcome: 'errored', retries: 1, message: 'disk full' });
  });

  it('counts outcomes and honours the timestamp offset', () => {
    expect(countOutcomes(report.cases)).toEqual({ tests: 5, passed: 3, failed: 1, errored: 1, skipped: 0, flaky: 2 });
    expect(report.outcome).toBe('errored');
    expect(report.startedAt).toBe('2026-03-03T08:00:00.000Z');
  });
});

describe('pytest', () => {
  const report = read('pytest.xml');

  it('counts outcomes, with xfail and skip as skipped', () => {
    expect(countOutcomes(report.cases)).toEqual({ tests: 7, passed: 1, failed: 1, errored: 3, skipped: 2, flaky: 0 });
    expect(caseNamed(report, 'test_options')).toMatchObject({ outcome: 'skipped', message: 'known bug #12' });
  });

  it('folds a teardown error reported as a second testcase into one errored case', () => {
    expect(report.cases.filter((c) => c.name === 'test_delete')).toEqual([
      { name: 'test_delete', classname: 'tests.test_api', outcome: 'errored', time: 0.35, message: 'failed on teardown with "OSError: database locked"', retries: 0 },
    ]);
  });

  it('reports setup errors and failure-plus-teardown-error as errored, keeping both messages', () => {
    expect(caseNamed(report, 'test_patch')).toMatchObject({ outcome: 'errored', retries: 0 });
    expect(caseNamed(report, 'test_trace')).toMatchObject({ outcome: 'errored', message: 'failed on teardown with "OSError: socket"\nassert False' });
  });

  it('decodes character references in messages and keeps six-digit fractions of a second', () => {
    expect(caseNamed(report, 'test_put')!.message).toBe('AssertionError: assert 404 == 200\n +  where 404 = response.status');
    expect(report.startedAt).toBe('2026-03-04T09:30:00.123Z');
  });
});

describe('retries reported as repeated testcases', () => {
  const report = read('repeated-testcases.xml');

  it('makes a test that passed on a later attempt one flaky pass', () => {
    expect(caseNamed(report, 'test_flaky', 'suite.A')).toEqual({
      name: 'test_flaky', classname: 'suite.A', outcome: 'passed', time: 3, message: 'attempt 2 broke', retries: 2,
    });
  });

  it('keeps the last outcome of a test that never passed', () => {
    expect(caseNamed(report, 'test_broken')).toMatchObject({ outcome: 'failed', retries: 1, message: 'attempt 2 failed' });
  });

  it('does not merge across classnames, nor passes that merely share a name', () => {
    expect(caseNamed(report, 'test_flaky', 'suite.B')).toMatchObject({ outcome: 'passed', retries: 0 });
    expect(report.cases.filter((c) => c.name === 'test_same_title')).toHaveLength(2);
    expect(countOutcomes(report.cases)).toEqual({ tests: 5, passed: 4, failed: 1, errored: 0, skipped: 0, flaky: 1 });
    expect(report.warnings).toEqual([]);
  });
});

describe('jest-junit', () => {
  const report = read('jest-junit.xml');

  it('drops a classname that only repeats the name and reads the failure text as its message', () => {
    expect(caseNamed(report, 'Cart adds an item')).toEqual({ name: 'Cart adds an item', outcome: 'passed', time: 0.004, retries: 0 });
    expect(caseNamed(report, 'Cart applies a discount')!.message).toMatch(/^Error: expect\(received\)\.toBe\(expected\)[\s\S]*Object\.<anonymous>/);
  });

  it('counts outcomes and starts at the earliest of several zone-less timestamps', () => {
    expect(countOutcomes(report.cases)).toEqual({ tests: 4, passed: 2, failed: 1, errored: 0, skipped: 1, flaky: 0 });
    expect(report.startedAt).toBe('2026-03-06T16:19:58.000Z');
    expect(report.finishedAt).toBe('2026-03-06T16:20:00.500Z');
  });
});

describe('go-junit-report', () => {
  const report = read('go-junit-report.xml');

  it('keeps Parent/Sub tests as separate cases, each with its own outcome', () => {
    expect(report.cases.map((c) => `${c.name}:${c.outcome}`)).toEqual([
      'TestTotal:failed', 'TestTotal/empty:passed', 'TestTotal/with_vat:failed', 'TestCheckout:skipped', 'TestAdd:passed',
    ]);
    expect(countOutcomes(report.cases)).toEqual({ tests: 5, passed: 2, failed: 2, errored: 0, skipped: 1, flaky: 0 });
  });
});

describe('CDATA and escaped messages', () => {
  const report = read('cdata-messages.xml');

  it('reads CDATA as text, even when it quotes a DOCTYPE', () => {
    expect(caseNamed(report, 'rendersHome')!.message).toBe(
      'Expected page to start with <html> but got:\n<!DOCTYPE html><html><body>Oops & more</body></html>',
    );
    expect(caseNamed(report, 'loadsFonts')).toMatchObject({ outcome: 'errored', message: 'TimeoutError: fonts did not load in 30s' });
  });

  it('decodes each entity once', () => {
    expect(caseNamed(report, 'escapesTitle')!.message).toBe('title was "a < b"\nexpected “a &lt; b”');
  });

  it('keeps a failure with an empty message a failure', () => {
    expect(caseNamed(report, 'emptyFailure')).toEqual({ name: 'emptyFailure', classname: 'ui.Page', outcome: 'failed', time: 0, retries: 0 });
    expect(countOutcomes(report.cases)).toEqual({ tests: 4, passed: 0, failed: 3, errored: 1, skipped: 0, flaky: 0 });
  });

  it('dates a report without timestamps by its file: written when the run ended', () => {
    expect(report.finishedAt).toBe('2026-04-01T00:00:00.000Z');
    expect(report.startedAt).toBe('2026-03-31T23:59:57.000Z');
  });
});

describe('run start and outcome', () => {
  it('lets an explicit start win over the report timestamps', () => {
    const report = read('bare-testsuite.xml', new Date('2026-05-01T00:00:00Z'));
    expect(report.startedAt).toBe('2026-05-01T00:00:00.000Z');
    expect(report.finishedAt).toBe('2026-05-01T00:20:34.500Z');
  });

  it('passes a valid empty suite with zero cases, with a warning', () => {
    const report = read('empty-suite.xml');
    expect(report.cases).toEqual([]);
    expect(report.outcome).toBe('passed');
    // Valid JUnit, but a pass that tested nothing: the user is told.
    expect(report.warnings).toEqual(['the report has no test cases, so the run counts as passed with nothing tested']);
    expect(readJunit('<testsuites/>', { writtenAt }).warnings).toEqual(report.warnings);
  });

  it('is skipped when every case was skipped', () => {
    const xml = '<testsuite name="s" tests="2"><testcase name="a"><skipped/></testcase><testcase name="b" status="notrun"/></testsuite>';
    expect(readJunit(xml, { writtenAt }).outcome).toBe('skipped');
  });

  it('warns about unreadable times and ignores them', () => {
    const xml = '<testsuite name="s" time="soon" timestamp="yesterday"><testcase name="a" time="&lt;&lt;computed&gt;&gt;"/></testsuite>';
    const report = readJunit(xml, { writtenAt });
    expect(report.cases).toEqual([{ name: 'a', classname: 's', outcome: 'passed', retries: 0 }]);
    expect(report.warnings).toEqual(['unreadable timestamp "yesterday" ignored', 'unreadable time "<<computed>>" ignored', 'unreadable time "soon" ignored']);
  });
});
