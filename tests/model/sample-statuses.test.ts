import { beforeAll, describe, expect, it } from 'vitest';
import type { Content } from '../../src/core/load/load.ts';
import { buildPortalModel } from '../../src/core/portal-model.ts';
import { createClock } from '../../src/core/schedule/clock.ts';
import { validateContent } from '../../src/core/validate/validate.ts';

/**
 * The sample community, built as the portal build builds it, with
 * SOURCE_DATE_EPOCH set before, during and after its releases.
 */
let content: Content;
beforeAll(async () => {
  const result = await validateContent('content');
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  content = result.content;
});

function modelOn(day: string) {
  const env = { SOURCE_DATE_EPOCH: String(Date.parse(`${day}T10:00:00Z`) / 1000) };
  return buildPortalModel(content, createClock({ timezone: 'Europe/Paris', env }));
}

function statuses(day: string) {
  return Object.fromEntries(modelOn(day).releases.map((r) => [r.id, r.status]));
}

describe('the sample portal over time', () => {
  it('before Hyacinth ships: Hyacinth in development, Iris and Jasmine planned', () => {
    expect(statuses('2026-03-02')).toMatchObject({ hyacinth: 'in-development', iris: 'planned', jasmine: 'planned' });
  });

  it('today: Hyacinth maintained, Iris in development, Jasmine planned', () => {
    const model = modelOn('2026-11-24');
    expect(statuses('2026-11-24')).toMatchObject({ hyacinth: 'maintained', iris: 'in-development', jasmine: 'planned' });
    expect(model.current?.id).toBe('hyacinth');
    expect(model.next?.id).toBe('iris');
    expect(model.upcoming[0]!.milestone.status).toMatch(/due-this-week|upcoming/);
  });

  it('after Iris ships: Iris and Hyacinth maintained, Jasmine not started', () => {
    const model = modelOn('2027-04-01');
    expect(statuses('2027-04-01')).toMatchObject({ hyacinth: 'maintained', iris: 'maintained', jasmine: 'planned' });
    expect(model.current?.id).toBe('iris');
  });

  it('after Hyacinth maintenance ends: supported without fixes, then end of life', () => {
    expect(statuses('2027-06-01')).toMatchObject({ hyacinth: 'released', jasmine: 'in-development' });
    expect(statuses('2027-12-01')).toMatchObject({ hyacinth: 'end-of-life' });
    expect(modelOn('2027-12-01').releases.find((r) => r.id === 'hyacinth')).toMatchObject({ isEol: true, isMaintained: false });
  });

  it('counts days to the next milestone from the build date', () => {
    const iris = modelOn('2026-11-24').releases.find((r) => r.id === 'iris')!;
    expect(iris.nextMilestone).toBeDefined();
    expect(iris.nextMilestone!.daysUntil).toBe(Math.round((Date.parse(iris.nextMilestone!.date) - Date.parse('2026-11-24')) / 86_400_000));
  });
});
