import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { text } from './support/text.ts';

/** The sample portal as built for the end-to-end tests (build date 2026-11-24). */
const sample = inject('sample');
const page = (path: string) => readFile(join(sample.dir, path, 'index.html'), 'utf8');

describe('a promotion whose results have since gone stale', () => {
  // hyacinth-2026.1.2-rc1 passed every weekly job on 14 Nov; weekly results go stale after 7 days.
  it('stays in the level history, marked, and on the candidate page', async () => {
    const weekly = text(await page('promotion/levels/weekly'));
    expect(weekly).toMatch(/hyacinth-2026\.1\.2-rc1 \S+ [^|]*2026-11-14[^|]*\(results since gone stale\)/);
    expect(text(await page('promotion/candidates/hyacinth-2026.1.2-rc1'))).toMatch(/Reached on 2026-11-14 16:58 UTC; its results have since gone stale/);
  });

  it('is in the JSON API, with when it was reached', async () => {
    const api = JSON.parse(await readFile(join(sample.dir, 'api/v1/promotion.json'), 'utf8')) as { candidates: { id: string; levels: { level: string; status: string; lapsed_promoted_at: string | null }[] }[] };
    const rc1 = api.candidates.find((c) => c.id === 'hyacinth-2026.1.2-rc1')!;
    expect(rc1.levels.find((l) => l.level === 'weekly')).toMatchObject({ status: 'blocked', lapsed_promoted_at: '2026-11-14T16:58:00.000Z' });
    expect(api.candidates.flatMap((c) => c.levels).filter((l) => l.lapsed_promoted_at !== null)).toHaveLength(1);
  });
});

describe('the pace of each level', () => {
  // Built on 2026-11-24 at 00:00 UTC. Daily promotions: trunk-20261122, -21 and hyacinth rc2 a day apart, rc1 a week before; each 4 h 45 min after its first run.
  it('gives a level\'s last promotion, how long candidates take to reach it and how far apart promotions come', async () => {
    const daily = text(await page('promotion/levels/daily'));
    expect(daily).toMatch(/Last promotion trunk-20261122 , 2026-11-22 05:55 UTC \(42 h 5 min before this build\)/);
    expect(daily).toContain('Time to reach it median 4 h 45 min from a candidate’s first run, over 4 promotions');
    expect(daily).toContain('Between promotions median 24 h');
    expect(daily).toMatch(/After its first run trunk-20261122 trunk 2026-11-22 05:55 UTC 4 h 45 min/);
  });

  it('says on the dashboard when each level was last reached, or that it never was', async () => {
    const dashboard = text(await page('promotion'));
    expect(dashboard).toMatch(/Daily : [^;]+; \d+ candidate\(s\) at this level; last promotion 42 h 5 min before this build/);
    expect(dashboard).toMatch(/Stable : [^;]+; 0 candidate\(s\) at this level; not reached yet/);
  });
});

describe('the waivers on the promotion dashboard', () => {
  it('lists each waiver with its reason, approver, days left and the candidates it applies to now', async () => {
    const html = await page('promotion');
    const section = text(html.slice(html.indexOf('id="waivers"'), html.indexOf('Every decision as JSON')));
    // Built on 2026-11-24: both waivers are more than two weeks from their last day.
    expect(section).toMatch(/test test_vip_failover_under_load of ha-failover at Weekly only hyacinth-2026\.1\.2-\* Known lab issue LUM-1423[^|]+Ana Lima Tue 15 Dec 2026 in force 21 days left hyacinth-2026\.1\.2-rc2/);
    expect(section).toMatch(/functest-api k8s-ha-\* The k8s-ha scenario[^|]+Tomáš Novák Sun 31 Jan 2027 in force 68 days left k8s-ha-\d+/);
  });
});

describe('who holds the roles', () => {
  it('names the TSC from portal.yaml and each project\'s release managers on the process page', async () => {
    const process = text(await page('process'));
    expect(process).toContain('Technical Steering Committee');
    expect(process).toMatch(/Ana Lima \([^)]+\)/);
    expect(process).toMatch(/Release managers of each project \(every project should have two\)/);
    expect(process).toMatch(/Relay [^|]*, [^|]*/);
  });
});
