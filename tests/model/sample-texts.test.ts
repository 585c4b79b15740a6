import { describe, expect, it } from 'vitest';
import { buildPortalModel } from '../../src/core/portal-model.ts';
import { createClock } from '../../src/core/schedule/clock.ts';
import { validateContent } from '../../src/core/validate/validate.ts';

/**
 * A newcomer meets the portal's words on its pages and looks them up in the
 * glossary. The sample must define those that are not plain English: the
 * requirement states its promotion pages show and the lifecycle phases of its
 * releases.
 */
describe('the sample glossary', () => {
  it('defines the promotion states and lifecycle words the sample portal shows', async () => {
    const { content } = await validateContent('content');
    const env = { SOURCE_DATE_EPOCH: String(Date.parse('2026-11-24T10:00:00Z') / 1000) };
    const model = buildPortalModel(content, createClock({ timezone: 'Europe/Paris', env }));
    const shown = new Set(model.recentCandidates.flatMap((c) => c.levels.flatMap((l) => l.requirements.map((r) => r.state))));
    // Passed, failed, errored, missing and excluded say what they mean; these do not.
    const words: string[] = [...shown].filter((s) => ['stale', 'flaky', 'waived'].includes(s)).map((s) => (s === 'waived' ? 'waiver' : s));
    if (model.releases.some((r) => r.data.endOfLife)) words.push('end of life');
    expect(words.length).toBeGreaterThan(2);
    const terms = model.glossary.map((t) => t.term.toLowerCase());
    expect(words.filter((word) => !terms.some((term) => term.includes(word)))).toEqual([]);
  });
});

describe('the sample lessons and handbook', () => {
  it('say that the feature code freeze, and only it among the freezes of a GA, falls due at 23:59 AoE, as the schedules have it', async () => {
    const { content } = await validateContent('content');
    const texts = [...content.training, ...content.handbook].map((page) => page.body ?? '').join('\n');
    expect(texts).toMatch(/feature code freeze (falls due|is) at \**23:59 AoE/i);
    expect(texts).not.toMatch(/freeze deadlines are at/i);
    const freezes = content.releases.filter((r) => r.data.type === 'ga').flatMap((r) => r.data.milestones.filter((m) => m.kind === 'freeze'));
    expect(freezes.filter((m) => m.id === 'feature-freeze').map((m) => `${m.time} ${m.timezone}`)).toEqual(expect.arrayContaining(['23:59 AoE']));
    expect(freezes.filter((m) => m.id === 'feature-freeze').every((m) => m.time === '23:59' && m.timezone === 'AoE')).toBe(true);
    expect(freezes.filter((m) => m.id !== 'feature-freeze').some((m) => m.time === undefined)).toBe(true);
  });
});

