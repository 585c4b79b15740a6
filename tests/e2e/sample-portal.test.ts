import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

/** What the built sample portal says, read from its HTML: the statuses a release manager expects on the build date. */
const sample = inject('sample');
const page = (path: string) => readFile(join(sample.dir, path, 'index.html'), 'utf8');
const badges = (html: string) => [...html.matchAll(/<span class="badge state-\w+"[^>]*>([^<]+)<\/span>/g)].map((m) => m[1]);

describe('the sample build', () => {
  it('prints no warning: a warning naming a lesson would send its author looking for a mistake', () => {
    // CI builds print warnings and errors only, then where the portal went.
    expect(sample.log).toMatch(/^portal written to /m);
    expect(sample.log.split('\n').filter((line) => /\bWARN\b|warning/i.test(line))).toEqual([]);
  });
});

describe('release statuses on the build date (2026-11-24)', () => {
  it('shows Hyacinth maintained, Iris in development and Jasmine planned', async () => {
    expect(badges(await page('releases/hyacinth'))).toContain('Maintained');
    expect(badges(await page('releases/iris'))).toContain('In development');
    expect(badges(await page('releases/jasmine'))).toContain('Planned');
  });

  it('counts down to the next milestone of a release in development', async () => {
    expect(await page('releases/iris')).toMatch(/Next milestone: <a href="#milestone-[\w-]+"><strong>[^<]+<\/strong><\/a>, [A-Z][a-z]{2} \d+ \w+ 202\d: <strong>in \d+ days<\/strong>/);
  });
});

describe('promotion decisions', () => {
  it('shows every requirement state on some candidate page', async () => {
    const dir = join(sample.dir, 'promotion/candidates');
    const shown = new Set<string>();
    for (const candidate of await readdir(dir)) for (const label of badges(await page(`promotion/candidates/${candidate}`))) shown.add(label!);
    for (const state of ['Passed', 'Failed', 'Errored', 'Missing', 'Stale', 'Flaky', 'Waived', 'Excluded', 'Reached', 'Blocked']) {
      expect(shown, state).toContain(state);
    }
  });

  it('names the candidate that qualifies a release in development', async () => {
    expect(await page('releases/hyacinth-2026-1-2')).toMatch(/Qualifying candidate<\/dt><dd>.*hyacinth-2026\.1\.2-rc2/s);
  });
});
