import { describe, expect, it } from 'vitest';
import { buildPortalModel } from '../../src/core/portal-model.ts';
import { apiDocumentsFor } from '../../src/core/publish/api.ts';
import { apiDocuments } from '../../src/core/publish/api-schemas.ts';
import { describeUnmetReview } from '../../src/core/review-views.ts';
import { createClock } from '../../src/core/schedule/clock.ts';
import { validateContent } from '../../src/core/validate/validate.ts';
import { makeContent } from '../helpers/content.ts';

const ana = { 'people/ana.yaml': 'name: Ana Lima\n' };
const project = (name: string) => `---\nname: ${name}\ndescription: D.\nlifecycle: mature\n---\n`;
const plan = '  - id: plan\n    name: Planning\n    date: 2026-02-20\n';
const freeze = '  - id: freeze\n    name: Feature freeze\n    date: 2026-03-01\n';
const rc = '  - id: rc\n    name: Release candidate\n    date: 2026-03-10\n';
const rel = '  - id: rel\n    name: Release\n    kind: release\n    date: 2026-03-20\n';
/** A GA release file; `projects` as written between the brackets, none when empty. */
const release = (name: string, projects: string, ...milestones: string[]) =>
  `---\nname: ${name}\ntype: ga\n${projects ? `projects: [${projects}]\n` : ''}milestones:\n${milestones.join('')}---\n`;

describe('milestone reviews in the model', () => {
  it('lists a release\'s reviews with milestone names, sign-off and counts, and an unsigned past review makes its milestone overdue', async () => {
    const root = await makeContent({
      ...ana,
      'projects/p.md': project('P'),
      'projects/q.md': project('Q'),
      'releases/r.md': release('R', 'p, q', freeze, rc, rel),
      'reviews/r-freeze.yaml': 'release: r\nmilestone: freeze\ndate: 2026-03-02\nprojects:\n  - project: p\n    status: done\n  - project: q\n    status: exception\n    exception: two more days\nsignoff:\n  by: ana\n  date: 2026-03-02\n  decision: approved-with-exceptions\n',
      'reviews/r-rc.yaml': 'release: r\nmilestone: rc\ndate: 2026-03-11\nprojects:\n  - project: p\n    status: partial\n',
    });
    const { content } = await validateContent(root);
    const model = buildPortalModel(content, createClock({ timezone: 'UTC', now: '2026-03-12T12:00:00Z' }));
    const reviews = model.reviews.get('r')!;
    expect(reviews.map((r) => [r.milestoneName, r.signedBy?.name, r.counts])).toEqual([
      ['Feature freeze', 'Ana Lima', { done: 1, partial: 0, 'not-done': 0, exception: 1 }],
      ['Release candidate', undefined, { done: 0, partial: 1, 'not-done': 0, exception: 0 }],
    ]);
    expect(model.releases[0]!.milestones.map((m) => [m.id, m.status])).toEqual([['freeze', 'done'], ['rc', 'overdue'], ['rel', 'upcoming']]);
  });

  it('says why a milestone is overdue: which review rejected it or is not signed off yet, and where it is', async () => {
    const root = await makeContent({
      ...ana,
      'projects/p.md': project('P'),
      'releases/r.md': release('R', 'p', plan, freeze, rc, rel),
      'reviews/r-plan.yaml': 'release: r\nmilestone: plan\ndate: 2026-02-21\nprojects:\n  - project: p\n    status: not-done\nsignoff:\n  by: ana\n  date: 2026-02-21\n  decision: rejected\n',
      'reviews/r-plan-again.yaml': 'release: r\nmilestone: plan\ndate: 2026-02-24\nprojects:\n  - project: p\n    status: done\nsignoff:\n  by: ana\n  date: 2026-02-24\n  decision: approved\n',
      'reviews/r-freeze.yaml': 'release: r\nmilestone: freeze\ndate: 2026-03-03\nprojects:\n  - project: p\n    status: not-done\nsignoff:\n  by: ana\n  date: 2026-03-03\n  decision: rejected\n',
      'reviews/r-rc.yaml': 'release: r\nmilestone: rc\ndate: 2026-03-11\nprojects:\n  - project: p\n    status: partial\n',
    });
    const { content } = await validateContent(root);
    const model = buildPortalModel(content, createClock({ timezone: 'UTC', now: '2026-03-12T12:00:00Z' }));
    const milestones = model.releases[0]!.milestones;
    expect(milestones.map((m) => [m.id, m.status, m.review])).toEqual([
      ['plan', 'done', { id: 'r-plan-again', date: '2026-02-24', decision: 'approved' }],
      ['freeze', 'overdue', { id: 'r-freeze', date: '2026-03-03', decision: 'rejected' }],
      ['rc', 'overdue', { id: 'r-rc', date: '2026-03-11' }],
      ['rel', 'upcoming', undefined],
    ]);
    expect(milestones.slice(1, 3).map((m) => describeUnmetReview(m.review!))).toEqual([
      'rejected at the review of Tue 3 Mar 2026',
      'the review of Wed 11 Mar 2026 is not signed off yet',
    ]);
    // Every summary of the release names them, not only the next milestone a countdown counts to.
    expect(model.releases[0]!.overdue.map((m) => m.id)).toEqual(['freeze', 'rc']);
    expect(model.releases[0]!.nextMilestone?.id).toBe('rel');
    // The link goes to the section the release page gives that review.
    expect(model.reviews.get('r')!.map((r) => r.anchor)).toContain('review-r-freeze');
    // JSON API clients read the same reason beside each milestone's status.
    const { release: api } = apiDocuments.release.parse(apiDocumentsFor(model, new URL('https://example.org/')).release('r'));
    expect(api.milestones.map((m) => [m.id, m.status, m.review])).toEqual([
      ['plan', 'done', { url: 'https://example.org/releases/r/#review-r-plan-again', date: '2026-02-24', decision: 'approved' }],
      ['freeze', 'overdue', { url: 'https://example.org/releases/r/#review-r-freeze', date: '2026-03-03', decision: 'rejected' }],
      ['rc', 'overdue', { url: 'https://example.org/releases/r/#review-r-rc', date: '2026-03-11', decision: null }],
      ['rel', 'upcoming', null],
    ]);
  });

  it('takes the same review for the latest on the page and for the status, also of two held on the same day', async () => {
    // File names sort the other way: the signed review is in a-…, the unsigned one in b-….
    const root = await makeContent({
      ...ana,
      'projects/p.md': project('Pulse'),
      'releases/r.md': release('R', 'p', freeze, rel),
      'reviews/r-a-signed.yaml': 'release: r\nmilestone: freeze\ndate: 2026-03-02\nprojects:\n  - project: p\n    status: done\nsignoff:\n  by: ana\n  date: 2026-03-02\n  decision: approved\n',
      'reviews/r-b-unsigned.yaml': 'release: r\nmilestone: freeze\ndate: 2026-03-02\nprojects:\n  - project: p\n    status: not-done\n',
    });
    const { content } = await validateContent(root);
    const model = buildPortalModel(content, createClock({ timezone: 'UTC', now: '2026-03-12T12:00:00Z' }));
    const freezeMilestone = model.releases[0]!.milestones[0]!;
    expect([freezeMilestone.status, freezeMilestone.review?.id]).toEqual(['done', 'r-a-signed']);
    expect(model.reviews.get('r')!.map((r) => r.anchor)).toEqual(['review-r-b-unsigned', 'review-r-a-signed']);
    expect(model.readiness.get('r')!.projects.map((p) => [p.name, p.latest])).toEqual([['Pulse', 'done']]);
  });

  it('names the projects a review leaves out, and gives a milestone reviewed twice two anchors', async () => {
    const root = await makeContent({
      ...ana,
      'projects/p.md': project('Pulse'),
      'projects/q.md': project('Quill'),
      'releases/r.md': release('R', 'p, q', freeze, rel),
      'reviews/r-freeze.yaml': 'release: r\nmilestone: freeze\ndate: 2026-03-02\nprojects:\n  - project: p\n    status: not-done\nsignoff:\n  by: ana\n  date: 2026-03-02\n  decision: rejected\n',
      'reviews/r-freeze-again.yaml': 'release: r\nmilestone: freeze\ndate: 2026-03-09\nprojects:\n  - project: p\n    status: done\n  - project: q\n    status: done\nsignoff:\n  by: ana\n  date: 2026-03-09\n  decision: approved\n',
    });
    const { content } = await validateContent(root);
    const model = buildPortalModel(content, createClock({ timezone: 'UTC', now: '2026-03-12T12:00:00Z' }));
    const reviews = model.reviews.get('r')!;
    expect(reviews.map((r) => [r.data.date, r.anchor, r.unreviewed])).toEqual([
      ['2026-03-02', 'review-r-freeze', [{ id: 'q', name: 'Quill' }]],
      ['2026-03-09', 'review-r-freeze-again', []],
    ]);
  });

  it('gives each project its status at each review, names those behind at their latest, and keeps a reviewed project that does not take part', async () => {
    const root = await makeContent({
      ...ana,
      'projects/p.md': project('Pulse'),
      'projects/q.md': project('Quill'),
      'projects/s.md': project('Spark'),
      'projects/x.md': project('Extra'),
      'releases/r.md': release('R', 'p, q, s', freeze, rc, rel),
      'reviews/r-rc.yaml': 'release: r\nmilestone: rc\ndate: 2026-03-11\nprojects:\n  - project: p\n    status: done\n  - project: x\n    status: partial\n',
      'reviews/r-freeze.yaml': 'release: r\nmilestone: freeze\ndate: 2026-03-02\nprojects:\n  - project: p\n    status: not-done\n  - project: q\n    status: partial\n  - project: s\n    status: exception\n    exception: a week more\n',
    });
    const { content } = await validateContent(root);
    const model = buildPortalModel(content, createClock({ timezone: 'UTC', now: '2026-03-12T12:00:00Z' }));
    const readiness = model.readiness.get('r')!;
    // Reviews in date order: the freeze, then the release candidate.
    expect(readiness.projects.map((p) => [p.name, p.statuses, p.latest])).toEqual([
      ['Pulse', ['not-done', 'done'], 'done'],
      ['Quill', ['partial', undefined], 'partial'],
      ['Spark', ['exception', undefined], 'exception'],
      ['Extra', [undefined, 'partial'], 'partial'],
    ]);
    expect(readiness.behind.map((p) => p.name)).toEqual(['Quill', 'Extra']);
    expect(readiness.projects.filter((p) => !p.participating).map((p) => p.name)).toEqual(['Extra']);
    expect(readiness.unreviewed).toEqual([]);
  });

  it('says since which review a project behind has been behind, across reviews that leave it out', async () => {
    const root = await makeContent({
      'projects/p.md': project('Pulse'),
      'projects/q.md': project('Quill'),
      'projects/s.md': project('Spark'),
      'releases/r.md': release('R', 'p, q, s', plan, freeze, rc, rel),
      'reviews/r-plan.yaml': 'release: r\nmilestone: plan\ndate: 2026-02-21\nprojects:\n  - project: p\n    status: partial\n  - project: q\n    status: partial\n  - project: s\n    status: not-done\n',
      'reviews/r-freeze.yaml': 'release: r\nmilestone: freeze\ndate: 2026-03-02\nprojects:\n  - project: q\n    status: done\n  - project: s\n    status: done\n',
      'reviews/r-rc.yaml': 'release: r\nmilestone: rc\ndate: 2026-03-11\nprojects:\n  - project: p\n    status: not-done\n  - project: q\n    status: partial\n  - project: s\n    status: done\n',
    });
    const { content } = await validateContent(root);
    const model = buildPortalModel(content, createClock({ timezone: 'UTC', now: '2026-03-12T12:00:00Z' }));
    const readiness = model.readiness.get('r')!;
    // Pulse: partial at planning, left out of the freeze review, not done at the RC: behind since planning.
    // Quill caught up at the freeze and fell behind again at the RC. Spark caught up.
    expect(readiness.projects.map((p) => [p.name, p.behindSince])).toEqual([['Pulse', 0], ['Quill', 2], ['Spark', undefined]]);
    expect(readiness.behind.map((p) => [p.name, model.reviews.get('r')![p.behindSince!]!.milestoneName])).toEqual([['Pulse', 'Planning'], ['Quill', 'Release candidate']]);
  });

  it('lists the exceptions granted, not those of a rejected review, each with the project\'s status at its latest review since', async () => {
    const root = await makeContent({
      ...ana,
      'projects/p.md': project('Pulse'),
      'projects/q.md': project('Quill'),
      'releases/r.md': release('R', 'p, q', freeze, rc, rel),
      'reviews/r-freeze.yaml': 'release: r\nmilestone: freeze\ndate: 2026-03-02\nprojects:\n  - project: p\n    status: done\n  - project: q\n    status: exception\n    exception: one more week\nsignoff:\n  by: ana\n  date: 2026-03-02\n  decision: approved-with-exceptions\n',
      'reviews/r-rc.yaml': 'release: r\nmilestone: rc\ndate: 2026-03-11\nprojects:\n  - project: p\n    status: exception\n    exception: refused\n  - project: q\n    status: partial\nsignoff:\n  by: ana\n  date: 2026-03-11\n  decision: rejected\n',
      'reviews/r-rc-again.yaml': 'release: r\nmilestone: rc\ndate: 2026-03-13\nprojects:\n  - project: p\n    status: exception\n  - project: q\n    status: done\n',
    });
    const { content } = await validateContent(root);
    const model = buildPortalModel(content, createClock({ timezone: 'UTC', now: '2026-03-14T12:00:00Z' }));
    const exceptions = model.readiness.get('r')!.exceptions;
    expect(exceptions.map((e) => [e.project.name, e.review.anchor, e.granted, e.signed, e.since && [e.since.status, e.since.review.anchor]])).toEqual([
      // Partial at the rejected review, done at the second look: its latest status since.
      ['Quill', 'review-r-freeze', 'one more week', true, ['done', 'review-r-rc-again']],
      // Proposed at a review not signed off yet, without saying what: no later review lists it.
      ['Pulse', 'review-r-rc-again', undefined, false, undefined],
    ]);
  });

  it('names the participating projects no review lists yet, as neither behind nor on track', async () => {
    const root = await makeContent({
      ...ana,
      'projects/p.md': project('Pulse'),
      'projects/q.md': project('Quill'),
      'releases/r.md': release('R', 'p, q', freeze, rel),
      'releases/s.md': release('S', '', freeze, rel),
      'reviews/r-freeze.yaml': 'release: r\nmilestone: freeze\ndate: 2026-03-02\nprojects:\n  - project: p\n    status: done\n',
      'reviews/s-freeze.yaml': 'release: s\nmilestone: freeze\ndate: 2026-03-02\nsignoff:\n  by: ana\n  date: 2026-03-02\n  decision: approved\n',
    });
    const { content } = await validateContent(root);
    const model = buildPortalModel(content, createClock({ timezone: 'UTC', now: '2026-03-12T12:00:00Z' }));
    const r = model.readiness.get('r')!;
    expect(r.unreviewed.map((p) => p.name)).toEqual(['Quill']);
    expect(r.behind).toEqual([]);
    // A release without projects whose reviews list none: nothing to show, nothing to claim.
    expect(model.readiness.get('s')).toEqual({ projects: [], behind: [], unreviewed: [], exceptions: [] });
  });

  it('are in the release document of the JSON API, oldest first, each linking its place on the release page', async () => {
    const root = await makeContent({
      ...ana,
      'projects/p.md': project('Pulse'),
      'projects/q.md': project('Quill'),
      'releases/r.md': release('R', 'p, q', freeze, rel),
      'releases/s.md': release('S', '', rel),
      'reviews/r-freeze-again.yaml': 'release: r\nmilestone: freeze\ndate: 2026-03-09\nprojects:\n  - project: p\n    status: done\n  - project: q\n    status: exception\n    exception: docs a week late\n',
      'reviews/r-freeze.yaml': 'release: r\nmilestone: freeze\ndate: 2026-03-02\nprojects:\n  - project: p\n    status: not-done\n    notes: tests red\nsignoff:\n  by: ana\n  date: 2026-03-03\n  decision: rejected\n',
    });
    const { content } = await validateContent(root);
    const model = buildPortalModel(content, createClock({ timezone: 'UTC', now: '2026-03-12T12:00:00Z' }));
    const docs = apiDocumentsFor(model, new URL('https://example.org/portal/'));
    const { reviews } = apiDocuments.release.parse(docs.release('r')).release;
    expect(reviews).toEqual([
      {
        milestone: 'freeze', date: '2026-03-02', url: 'https://example.org/portal/releases/r/#review-r-freeze',
        projects: [{ project: 'p', status: 'not-done', notes: 'tests red', exception: null }],
        unreviewed: ['q'],
        signoff: { by: 'ana', date: '2026-03-03', decision: 'rejected' },
      },
      {
        milestone: 'freeze', date: '2026-03-09', url: 'https://example.org/portal/releases/r/#review-r-freeze-again',
        projects: [{ project: 'p', status: 'done', notes: null, exception: null }, { project: 'q', status: 'exception', notes: null, exception: 'docs a week late' }],
        unreviewed: [],
        signoff: null,
      },
    ]);
    expect(docs.release('s').release.reviews).toEqual([]);
    expect(docs.releases.releases[0]).not.toHaveProperty('reviews');
  });

  it('gives each project its standing in every release it takes part in, newest first, as the release pages show it', async () => {
    const root = await makeContent({
      ...ana,
      'projects/p.md': project('Pulse'),
      'projects/q.md': project('Quill'),
      'releases/r.md': release('R', 'p, q', freeze, rc, rel),
      'releases/s.md': release('S', 'p', rel).replace('2026-03-20', '2026-09-20'),
      'reviews/r-freeze.yaml': 'release: r\nmilestone: freeze\ndate: 2026-03-02\nprojects:\n  - project: p\n    status: partial\n  - project: q\n    status: exception\n    exception: docs a week late\nsignoff:\n  by: ana\n  date: 2026-03-02\n  decision: approved-with-exceptions\n',
      'reviews/r-rc.yaml': 'release: r\nmilestone: rc\ndate: 2026-03-11\nprojects:\n  - project: p\n    status: not-done\n',
    });
    const { content } = await validateContent(root);
    const model = buildPortalModel(content, createClock({ timezone: 'UTC', now: '2026-03-12T12:00:00Z' }));
    const pulse = model.standings.get('p')!;
    expect(pulse.map((s) => [s.release.name, s.latest?.status, s.latest?.review.anchor, s.behindSince?.anchor, s.exceptions.length])).toEqual([
      ['S', undefined, undefined, undefined, 0],
      ['R', 'not-done', 'review-r-rc', 'review-r-freeze', 0],
    ]);
    const quill = model.standings.get('q')!;
    expect(quill.map((s) => [s.release.name, s.latest?.status, s.behindSince, s.exceptions.map((e) => e.granted)])).toEqual([
      ['R', 'exception', undefined, ['docs a week late']],
    ]);
  });
});
