import { describe, expect, it } from 'vitest';
import { createClock } from '../../src/core/schedule/clock.ts';
import { resolveReleases } from '../../src/core/schedule/resolve.ts';
import { contentOf, releaseFile } from './helpers.ts';

// 2026-03-05T00:00:00Z
const epoch = String(Date.UTC(2026, 2, 5) / 1000);

describe('SOURCE_DATE_EPOCH', () => {
  it('is the clock when set, in seconds', () => {
    const clock = createClock({ timezone: 'UTC', env: { SOURCE_DATE_EPOCH: epoch } });
    expect(clock).toEqual({ now: Date.UTC(2026, 2, 5), today: '2026-03-05', source: 'SOURCE_DATE_EPOCH' });
  });

  it('gives "today" in the portal zone, not in UTC', () => {
    // Midnight UTC is still the evening before in California, and morning in Paris.
    expect(createClock({ timezone: 'America/Los_Angeles', env: { SOURCE_DATE_EPOCH: epoch } }).today).toBe('2026-03-04');
    expect(createClock({ timezone: 'Europe/Paris', env: { SOURCE_DATE_EPOCH: epoch } }).today).toBe('2026-03-05');
  });

  it('follows the portal zone across a daylight saving change', () => {
    // 2026-03-28T23:30Z is 00:30 on the 29th in Paris (still UTC+1 until 01:00Z).
    const clock = createClock({ timezone: 'Europe/Paris', env: { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 2, 28, 23, 30) / 1000) } });
    expect(clock.today).toBe('2026-03-29');
  });

  it('falls back to the build time when unset or empty', () => {
    for (const env of [{}, { SOURCE_DATE_EPOCH: '' }]) {
      const before = Date.now();
      const clock = createClock({ timezone: 'UTC', env });
      expect(clock.source).toBe('build-time');
      expect(clock.now).toBeGreaterThanOrEqual(before);
      expect(clock.now).toBeLessThanOrEqual(Date.now());
    }
  });

  it('refuses a value that is not a whole number of seconds', () => {
    expect(() => createClock({ timezone: 'UTC', env: { SOURCE_DATE_EPOCH: '2026-03-05' } })).toThrow(/SOURCE_DATE_EPOCH must be a whole number of seconds/);
    expect(() => createClock({ timezone: 'UTC', env: { SOURCE_DATE_EPOCH: '1772668800.5' } })).toThrow(/not "1772668800.5"/);
  });

  it('gives the same results for the same epoch', async () => {
    const content = await contentOf({
      'releases/r.md': releaseFile('  - id: freeze\n    name: Freeze\n    week: R-2\n  - id: rel\n    name: Release\n    kind: release\n    date: "2026-03-19"\n'),
    });
    const env = { SOURCE_DATE_EPOCH: epoch };
    const first = resolveReleases(content, createClock({ timezone: 'UTC', env }));
    const second = resolveReleases(content, createClock({ timezone: 'UTC', env }));
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(first.releases[0]!.milestones.map((m) => [m.id, m.daysUntil])).toEqual([['freeze', 0], ['rel', 14]]);
  });
});

describe('a fixed clock', () => {
  it('takes an instant or an ISO string, and ignores SOURCE_DATE_EPOCH', () => {
    const clock = createClock({ timezone: 'UTC', now: '2026-06-01T10:00:00Z', env: { SOURCE_DATE_EPOCH: epoch } });
    expect(clock).toEqual({ now: Date.UTC(2026, 5, 1, 10), today: '2026-06-01', source: 'fixed' });
    expect(() => createClock({ timezone: 'UTC', now: 'soon' })).toThrow(/not an ISO 8601/);
  });
});
