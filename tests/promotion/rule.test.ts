import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/load/load.ts';
import { checkPromotion } from '../../src/core/validate/rules/promotion.ts';
import { makeContent } from '../helpers/content.ts';

const now = Date.parse('2026-11-24T12:00:00Z');
const results = JSON.stringify({
  runs: [
    { candidate: 'c1', job: 'build', startedAt: '2026-11-20T10:00:00Z', outcome: 'passed' },
    { candidate: 'c1', job: 'deploy', startedAt: '2026-11-20T10:00:00Z', outcome: 'passed' },
  ],
});

async function check(files: Record<string, string>) {
  const { content } = await loadContent(await makeContent(files));
  return checkPromotion(content, now);
}

describe('the chain of levels', () => {
  it('reports a second first level at the top of its file', async () => {
    const [d, ...rest] = await check({ 'promotion/merge.yaml': 'name: Merge\n', 'promotion/daily.yaml': 'name: Daily\n' });
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ file: 'promotion/merge.yaml', line: 1, rule: 'promotion-chain', severity: 'error', message: 'level "merge" has no `after`, like "daily": there can be only one first level' });
    expect(d!.hint).toContain('after');
  });

  it('reports a cycle at the `after` line', async () => {
    const diagnostics = await check({
      'promotion/merge.yaml': 'name: Merge\n',
      'promotion/daily.yaml': 'name: Daily\nafter: weekly\n',
      'promotion/weekly.yaml': 'name: Weekly\ndescription: Once a week.\nafter: daily\n',
    });
    expect(diagnostics.map((d) => [d.file, d.line, d.field, d.message])).toEqual([
      ['promotion/daily.yaml', 2, 'after', 'level "daily" is in a cycle of `after` prerequisites'],
      ['promotion/weekly.yaml', 3, 'after', 'level "weekly" is in a cycle of `after` prerequisites'],
    ]);
  });

  it('reports two levels after the same one', async () => {
    const [d] = await check({
      'promotion/merge.yaml': 'name: Merge\n',
      'promotion/daily.yaml': 'name: Daily\nafter: merge\n',
      'promotion/nightly.yaml': 'name: Nightly\nafter: merge\n',
    });
    expect(d).toMatchObject({ file: 'promotion/nightly.yaml', line: 2, message: 'levels "daily" and "nightly" both come right after the same level' });
  });
});

describe('unknown jobs', () => {
  const level = 'name: Merge\nrequirements:\n  - job: build\n  - job: deplyo\n    alternatives: [deploy, smoke]\n';

  it('reports a required job or alternative that no result names, with the closest one', async () => {
    const diagnostics = await check({ 'promotion/merge.yaml': level, 'results/c1.json': results });
    expect(diagnostics.map((d) => [d.line, d.field, d.message])).toEqual([
      [4, 'requirements.1.job', 'unknown job "deplyo": no result names it'],
      [5, 'requirements.1.alternatives.1', 'unknown job "smoke": no result names it'],
    ]);
    expect(diagnostics[0]!.hint).toMatch(/^did you mean "deploy"\? A job that has not run yet can be listed under `declares`/);
  });

  it('accepts jobs a level declares before their first result', async () => {
    const declared = `${level.replace('deplyo', 'deploy')}declares: [smoke]\n`;
    expect(await check({ 'promotion/merge.yaml': declared, 'results/c1.json': results })).toEqual([]);
  });

  it('counts the jobs of a result file with schema errors as known, leaving that file to say what is wrong', async () => {
    const broken = JSON.stringify({ runs: [{ candidate: 'c2', job: 'smoke', environment: 'lab-a', startedAt: '2026-11-20T10:00:00Z', outcome: 'pass' }] });
    const files = { 'promotion/merge.yaml': level.replace('deplyo', 'deploy'), 'results/c1.json': results, 'results/c2.json': broken };
    const { content, diagnostics } = await loadContent(await makeContent(files));
    expect(diagnostics.map((d) => [d.file, d.field])).toEqual([['results/c2.json', 'runs.0.outcome']]);
    expect(checkPromotion(content, now)).toEqual([]);
  });

  it('does not call a job unknown while a result file cannot be parsed, since it may name it', async () => {
    expect(await check({ 'promotion/merge.yaml': level, 'results/c1.json': results, 'results/c2.json': '{ "runs": [' })).toEqual([]);
  });

  it('does not check level jobs before there is any result', async () => {
    expect(await check({ 'promotion/merge.yaml': level })).toEqual([]);
  });

  it('reports a waiver for a job that no level requires and no result names', async () => {
    const [d] = await check({
      'promotion/merge.yaml': 'name: Merge\nrequirements:\n  - job: build\n',
      'results/c1.json': results,
      'waivers/w.yaml': 'waivers:\n  - candidate: "*"\n    job: biuld\n    reason: flaky infra\n    approver: ana-lima\n    expires: 2026-12-31\n',
    });
    expect(d).toMatchObject({ file: 'waivers/w.yaml', line: 3, field: 'waivers.0.job', rule: 'unknown-job', message: 'unknown job "biuld": no level requires it and no result names it' });
    expect(d!.hint).toContain('did you mean "build"?');
  });
});

describe('environments', () => {
  const labResults = JSON.stringify({
    runs: [
      { candidate: 'c1', job: 'sit', environment: 'lab-paris', startedAt: '2026-11-20T10:00:00Z', outcome: 'passed' },
      { candidate: 'c1', job: 'sit-lite', environment: 'lab-oslo', startedAt: '2026-11-20T10:00:00Z', outcome: 'passed' },
      { candidate: 'c1', job: 'build', environment: 'lab-seoul', startedAt: '2026-11-20T10:00:00Z', outcome: 'passed' },
    ],
  });

  it('warns about an environment in which neither the job nor its alternatives ever ran, with the one it could mean', async () => {
    const diagnostics = await check({
      'results/r.json': labResults,
      'promotion/daily.yaml': 'name: Daily\nrequirements:\n  - job: sit\n    alternatives: [sit-lite]\n    environments: [lab-paris, lab-olso, lab-seoul]\n',
    });
    expect(diagnostics).toEqual([{
      file: 'promotion/daily.yaml', line: 5, column: 31, severity: 'warning', rule: 'unknown-environment', field: 'requirements.0.environments.1',
      message: 'no result of "sit" ran in environment "lab-olso"', hint: 'did you mean "lab-oslo"? Until one does, this requirement is missing there',
    }, expect.objectContaining({ field: 'requirements.0.environments.2', hint: 'known: lab-oslo, lab-paris; until one does, this requirement is missing there' })]);
  });

  it('leaves the environments of a job without results to the job check', async () => {
    const diagnostics = await check({ 'results/r.json': labResults, 'promotion/daily.yaml': 'name: Daily\ndeclares: [ha]\nrequirements:\n  - job: ha\n    environments: [lab-x]\n' });
    expect(diagnostics).toEqual([]);
  });
});

describe('result files', () => {
  it('warns about a result file that lists no runs, at its `runs` line', async () => {
    const diagnostics = await check({ 'results/a.json': results, 'results/empty.json': '{\n  "runs": []\n}\n' });
    expect(diagnostics.map((d) => [d.file, d.line, d.field, d.severity, d.rule])).toEqual([['results/empty.json', 2, 'runs', 'warning', 'results-empty']]);
  });
});

describe('waivers and releases', () => {
  it('warns about an expired waiver at its expiry line', async () => {
    const [d] = await check({
      'waivers/w.yaml': 'waivers:\n  - candidate: trunk-*\n    test: test_boot\n    reason: bug 42\n    approver: tomas-novak\n    expires: 2026-11-23\n',
    });
    expect(d).toMatchObject({ file: 'waivers/w.yaml', line: 6, field: 'waivers.0.expires', severity: 'warning', rule: 'waiver-expired', message: 'waiver for "trunk-*" expired on 2026-11-23 and no longer applies' });
  });

  it('a waiver without job or test fails its schema', async () => {
    const { diagnostics } = await loadContent(await makeContent({
      'waivers/w.yaml': 'waivers:\n  - candidate: c1\n    reason: why\n    approver: ana-lima\n    expires: 2026-12-31\n',
    }));
    expect(diagnostics).toEqual([expect.objectContaining({ file: 'waivers/w.yaml', line: 2, message: '`job` or `test` is required: a waiver names the job, the test case or both' })]);
  });

  it('warns when a release qualifies at a level below the first one for its type', async () => {
    const [d] = await check({
      'promotion/daily.yaml': 'name: Daily\nqualifies: [latest]\n',
      'promotion/stable.yaml': 'name: Stable\nafter: daily\nqualifies: [ga]\n',
      'releases/r.md': '---\nname: R\ntype: ga\nqualifyingLevel: daily\nmilestones:\n  - id: rel\n    name: Release\n    kind: release\n    date: 2026-12-01\n---\n',
    });
    expect(d).toMatchObject({ file: 'releases/r.md', line: 4, severity: 'warning', rule: 'qualifying-level', message: 'level "daily" is below "stable", the first level that qualifies "ga" releases' });
  });

  it('warns when a release names candidates that no result has, with the streams it could mean', async () => {
    const release = (candidates: string) => `---\nname: R\ntype: ga\ncandidates: ${candidates}\nmilestones:\n  - id: rel\n    name: Release\n    kind: release\n    date: 2026-12-01\n---\n`;
    const streamed = JSON.stringify({ runs: [{ candidate: 'rc-1', stream: 'stable-2026', job: 'build', startedAt: '2026-11-20T10:00:00Z', outcome: 'passed' }] });
    const [d, ...rest] = await check({ 'results/r.json': streamed, 'releases/r.md': release('stable-2062') });
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ file: 'releases/r.md', line: 4, field: 'candidates', severity: 'warning', rule: 'unknown-candidates', message: 'no result names a candidate or stream matching "stable-2062"' });
    expect(d!.hint).toContain('stable-2026');
    for (const known of ['stable-2026', '"rc-*"', 'rc-1']) expect(await check({ 'results/r.json': streamed, 'releases/r.md': release(known) }), known).toEqual([]);
  });
});
