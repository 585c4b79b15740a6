import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/core/validate/validate.ts';
import { makeContent, person } from '../helpers/content.ts';

const project = (lines: string) =>
  `---\nname: Proj\ndescription: A project.\nlifecycle: mature\n${lines}---\nAbout.\n`;
const twoManagers = 'releaseManagers: [ana, ben]\n';
const people = { 'people/ana.yaml': person('Ana'), 'people/ben.yaml': person('Ben') };

const matrix = (assignments: string) =>
  `title: Process\nroles:\n  - id: rm\n    name: Release manager\n  - id: pm\n    name: Project manager\nactivities:\n  - name: Planning\n    assignments:\n${assignments}`;

const releaseWith = (project: string) =>
  `---\nname: R\ntype: ga\nprojects: [${project}]\nmilestones:\n  - id: rel\n    name: Release\n    kind: release\n    date: 2026-03-05\n---\n`;

async function diagnosticsOf(files: Record<string, string>) {
  return (await validateContent(await makeContent(files))).diagnostics;
}

describe('cross-references', () => {
  it('reports an unknown person with the closest id', async () => {
    const [d] = await diagnosticsOf({ ...people, 'projects/p.md': project('releaseManagers: [ana, bem]\n') });
    expect(d).toMatchObject({ file: 'projects/p.md', line: 5, field: 'releaseManagers.1', rule: 'unknown-reference', message: 'unknown person "bem"' });
    expect(d!.hint).toContain('did you mean "ben"?');
  });

  it('reports an unknown project in a release', async () => {
    const [d] = await diagnosticsOf({
      'releases/r.md': '---\nname: R\ntype: ga\nprojects:\n  - ghost\nmilestones:\n  - id: rel\n    name: Release\n    kind: release\n    date: 2026-03-05\n---\n',
    });
    expect(d).toMatchObject({ file: 'releases/r.md', line: 5, field: 'projects.0', message: 'unknown project "ghost"' });
  });

  it('reports an unknown promotion level', async () => {
    const [d] = await diagnosticsOf({
      'releases/r.md': '---\nname: R\ntype: ga\nqualifyingLevel: gold\nmilestones:\n  - id: rel\n    name: Release\n    date: 2026-03-05\n---\n',
    });
    expect(d).toMatchObject({ line: 4, field: 'qualifyingLevel', message: 'unknown promotion level "gold"' });
  });

  it('reports a file that failed to load once, in that file, not again at every file naming it', async () => {
    const diagnostics = await diagnosticsOf({
      ...people,
      'projects/relay.md': project(twoManagers).replace('name: Proj', 'name: 42'),
      'releases/r.md': releaseWith('relay'),
      'releases/s.md': releaseWith('relay'),
    });
    expect(diagnostics.map((d) => [d.file, d.rule, d.field])).toEqual([['projects/relay.md', 'schema', 'name']]);
  });

  it('checks the references of a file that failed its schema too, so that fixing it reveals no second round', async () => {
    const diagnostics = await diagnosticsOf({
      ...people,
      'projects/p.md': project('releaseManagers: [ana, bem]\nlead: Ana\n').replace('lifecycle: mature', 'lifecycle: active'),
      'reviews/r.yaml': 'release: r\nmilestone: rel\ndate: 2026-13-01\nsignoff: { by: anna, date: 2026-03-05, decision: approved }\n',
    });
    expect(diagnostics.map((d) => [d.file, d.line, d.field, d.rule, d.message])).toEqual([
      ['projects/p.md', 4, 'lifecycle', 'schema', '`lifecycle` must be one of "incubation", "mature", "archived"'],
      ['projects/p.md', 5, 'releaseManagers.1', 'unknown-reference', 'unknown person "bem"'],
      // "Ana" is not an id: the schema says so, and it is not looked up.
      ['projects/p.md', 6, 'lead', 'schema', '`lead` must be lower-case letters, digits, ".", "_" or "-" (e.g. "release-manager")'],
      ['reviews/r.yaml', 1, 'release', 'unknown-reference', 'unknown release "r"'],
      ['reviews/r.yaml', 3, 'date', 'schema', '`date` is not a real calendar date (YYYY-MM-DD)'],
      ['reviews/r.yaml', 4, 'signoff.by', 'unknown-reference', 'unknown person "anna"'],
    ]);
  });

  it('suggests the id of a file that failed to load for a typo of it, and lists it among the known ids', async () => {
    const diagnostics = await diagnosticsOf({ ...people, 'projects/relay.md': project(twoManagers).replace('name: Proj', 'name: 42'), 'releases/r.md': releaseWith('rellay'), 'releases/s.md': releaseWith('ghost') });
    expect(diagnostics.filter((d) => d.rule === 'unknown-reference').map((d) => d.hint)).toEqual([
      'did you mean "relay"? Ids are file names in projects/',
      'known: relay; ids are file names in projects/',
    ]);
  });

  it('says nothing of ids that may be in a folder that could not be read, whose own error says it all', async () => {
    const diagnostics = await diagnosticsOf({ projects: 'a file where the folder belongs', 'releases/r.md': releaseWith('relay') });
    expect(diagnostics).toMatchObject([{ file: 'projects', line: 1, column: 1, rule: 'unreadable' }]);
  });
});

describe('duplicate ids', () => {
  it('reports two files that give the same id', async () => {
    const [d] = await diagnosticsOf({ 'people/ana.yaml': person('Ana'), 'people/ana.yml': person('Ana again') });
    expect(d).toMatchObject({ file: 'people/ana.yml', line: 1, rule: 'duplicate-id', message: 'duplicate id "ana": people/ana.yaml has it too' });
  });

  it('reports two milestones with the same id', async () => {
    const [d] = await diagnosticsOf({
      'releases/r.md': '---\nname: R\ntype: ga\nmilestones:\n  - id: m1\n    name: One\n    date: 2026-03-01\n  - id: m1\n    name: Two\n    date: 2026-03-05\n  - id: rel\n    name: Release\n    kind: release\n    date: 2026-03-09\n---\n',
    });
    expect(d).toMatchObject({ line: 8, field: 'milestones.1.id', message: 'duplicate milestone "m1"' });
  });
});

describe('calendar event UIDs', () => {
  it('reports two milestones whose ids join up to the same UID, at the later file, naming the first', async () => {
    const diagnostics = await diagnosticsOf({
      'releases/a.b.md': '---\nname: AB\ntype: ga\nmilestones:\n  - id: c\n    name: C\n    kind: release\n    date: 2026-03-05\n---\n',
      'releases/a.md': '---\nname: A\ntype: ga\nmilestones:\n  - id: start\n    name: Start\n    date: 2026-03-01\n  - id: b.c\n    name: BC\n    kind: release\n    date: 2026-03-05\n---\n',
    });
    expect(diagnostics).toMatchObject([{
      file: 'releases/a.md', line: 8, field: 'milestones.1.id', rule: 'duplicate-event-uid', severity: 'error',
      message: 'milestone "b.c" of release "a" would share its calendar event UID "a.b.c" with milestone "c" of release "a.b" (releases/a.b.md:5): calendars would show only one of them',
      hint: expect.stringContaining('rename one of the two'),
    }]);
  });

  it('accepts dotted ids that do not join up the same way', async () => {
    expect(await diagnosticsOf({
      'releases/a.b.md': '---\nname: AB\ntype: ga\nmilestones:\n  - id: c\n    name: C\n    kind: release\n    date: 2026-03-05\n---\n',
      'releases/a.md': '---\nname: A\ntype: ga\nmilestones:\n  - id: b-c\n    name: BC\n    kind: release\n    date: 2026-03-05\n---\n',
    })).toEqual([]);
  });
});

describe('milestone order', () => {
  it('reports a milestone dated before the one listed above it', async () => {
    const [d] = await diagnosticsOf({
      'releases/r.md': '---\nname: R\ntype: ga\nmilestones:\n  - id: freeze\n    name: Freeze\n    date: 2026-03-10\n  - id: rel\n    name: Release\n    kind: release\n    date: 2026-03-05\n---\n',
    });
    expect(d).toMatchObject({ file: 'releases/r.md', line: 11, rule: 'milestone-order', message: expect.stringContaining('"rel" (2026-03-05) comes before "freeze" (2026-03-10)') });
  });
});

describe('RACI rules', () => {
  it('requires exactly one Accountable role', async () => {
    const [d] = await diagnosticsOf({ 'raci/p.yaml': matrix('      rm: AR\n      pm: A\n') });
    expect(d).toMatchObject({ file: 'raci/p.yaml', line: 9, rule: 'raci-accountable', message: 'activity "Planning" has 2 Accountable roles (rm, pm)' });
  });

  it('reports an activity with no Accountable role', async () => {
    const [d] = await diagnosticsOf({ 'raci/p.yaml': matrix('      rm: R\n      pm: C\n') });
    expect(d).toMatchObject({ rule: 'raci-accountable', message: 'activity "Planning" has no Accountable role' });
  });

  it('requires at least one Responsible role', async () => {
    const [d] = await diagnosticsOf({ 'raci/p.yaml': matrix('      rm: A\n      pm: C\n') });
    expect(d).toMatchObject({ line: 9, rule: 'raci-responsible', message: 'activity "Planning" has no Responsible role' });
  });

  it('reports a role that is not declared', async () => {
    const [d] = await diagnosticsOf({ 'raci/p.yaml': matrix('      rm: AR\n      qa: I\n') });
    // At the role's name, the mistake, rather than at its letters.
    expect(d).toMatchObject({ line: 11, column: 7, field: 'activities.0.assignments.qa', message: 'unknown role "qa"' });
  });

  it('rejects letters outside R, A, C, I', async () => {
    const [d] = await diagnosticsOf({ 'raci/p.yaml': matrix('      rm: AX\n') });
    expect(d).toMatchObject({ line: 10, rule: 'schema', field: 'activities.0.assignments.rm' });
  });
});

describe('release managers', () => {
  it('warns, without failing, when a project has fewer than two', async () => {
    const diagnostics = await diagnosticsOf({ ...people, 'projects/p.md': project('releaseManagers: [ana]\n') });
    expect(diagnostics).toMatchObject([{ file: 'projects/p.md', line: 5, severity: 'warning', rule: 'two-release-managers' }]);
  });

  it('asks for both release managers of a project that names none, rather than for a second one', async () => {
    const diagnostics = await diagnosticsOf({ ...people, 'projects/p.md': project('') });
    expect(diagnostics.map((d) => [d.file, d.line, d.field, d.severity, d.message, d.hint])).toEqual([
      ['projects/p.md', 2, 'releaseManagers', 'warning', 'project "Proj" has no release managers; two are expected',
        'add `releaseManagers:` with the person ids of two community release managers approved by the TSC'],
    ]);
  });

  it('accepts two release managers', async () => {
    expect(await diagnosticsOf({ ...people, 'projects/p.md': project(twoManagers) })).toEqual([]);
  });
});

describe('a folder with many problems', () => {
  it('reports all five different errors in one run', async () => {
    const diagnostics = await diagnosticsOf({
      ...people,
      'people/broken.yaml': 'name: [Broken\n',
      'projects/p.md': project('releaseManagers: [ana, zed]\n'),
      'raci/p.yaml': matrix('      rm: R\n'),
      'releases/r.md': '---\nname: R\ntype: gaa\nmilestones:\n  - id: rel\n    name: Release\n    date: 2026-03-05\n---\n',
      'portal.yaml': 'name: X\ndescription: Y\nsite: not-a-url\n',
    });
    expect(diagnostics.map((d) => [d.file, d.rule])).toEqual([
      ['people/broken.yaml', 'syntax'],
      ['portal.yaml', 'schema'],
      ['projects/p.md', 'unknown-reference'],
      ['raci/p.yaml', 'raci-accountable'],
      ['releases/r.md', 'schema'],
    ]);
  });
});

describe('milestone reviews', () => {
  const releaseFile = '---\nname: R\ntype: ga\nprojects: [p]\nmilestones:\n  - id: freeze\n    name: Freeze\n    date: 2026-03-01\n  - id: rel\n    name: Release\n    kind: release\n    date: 2026-03-05\n---\n';
  const review = (milestone: string, project: string) =>
    `release: r\nmilestone: ${milestone}\ndate: 2026-03-02\nprojects:\n  - project: ${project}\n    status: done\n`;

  it('reports a milestone the release does not have', async () => {
    const [d] = await diagnosticsOf({ ...people, 'projects/p.md': project(twoManagers), 'releases/r.md': releaseFile, 'reviews/r-freeze.yaml': review('freez', 'p') });
    expect(d).toMatchObject({ file: 'reviews/r-freeze.yaml', line: 2, field: 'milestone', message: 'release "r" has no milestone "freez"', hint: 'did you mean "freeze"?' });
  });

  it('suggests the milestone whose name was written as its id, and otherwise lists every milestone of the release', async () => {
    const named = releaseFile.replace('id: freeze\n    name: Freeze', 'id: ff\n    name: Feature freeze');
    const [byName] = await diagnosticsOf({ ...people, 'projects/p.md': project(twoManagers), 'releases/r.md': named, 'reviews/r-freeze.yaml': review('feature-freeze', 'p') });
    expect(byName).toMatchObject({ line: 2, message: 'release "r" has no milestone "feature-freeze"', hint: 'did you mean "ff" (Feature freeze)? A review names a milestone by its id' });
    // Nine milestones and nothing close: all of them, the ninth included.
    const many = Array.from({ length: 8 }, (_, i) => `  - id: m${i}\n    name: Step ${i}\n    date: 2026-02-0${i + 1}\n`).join('');
    const [listed] = await diagnosticsOf({ ...people, 'projects/p.md': project(twoManagers), 'releases/r.md': releaseFile.replace('milestones:\n', `milestones:\n${many}`), 'reviews/r-freeze.yaml': review('signoff', 'p') });
    expect(listed!.hint).toBe(`the release's milestones: ${Array.from({ length: 8 }, (_, i) => `m${i} (Step ${i})`).join(', ')}, freeze (Freeze), rel (Release)`);
  });

  it('warns about a project that is not in the release', async () => {
    const diagnostics = await diagnosticsOf({
      ...people, 'projects/p.md': project(twoManagers), 'projects/q.md': project(twoManagers), 'releases/r.md': releaseFile, 'reviews/r-freeze.yaml': review('freeze', 'q'),
    });
    expect(diagnostics).toMatchObject([{ line: 5, severity: 'warning', rule: 'review-project' }]);
  });

  it('reports a project that does not exist once, as unknown, not also as one outside the release', async () => {
    const diagnostics = await diagnosticsOf({ ...people, 'projects/p.md': project(twoManagers), 'releases/r.md': releaseFile, 'reviews/r-freeze.yaml': review('freeze', 'pp') });
    expect(diagnostics.map((d) => [d.line, d.severity, d.rule, d.message])).toEqual([[5, 'error', 'unknown-reference', 'unknown project "pp"']]);
  });
});

describe('milestone review entries and sign-off', () => {
  const releaseFile = '---\nname: R\ntype: ga\nprojects: [p]\nmilestones:\n  - id: freeze\n    name: Freeze\n    date: 2026-03-01\n  - id: rel\n    name: Release\n    kind: release\n    date: 2026-03-05\n---\n';
  const files = (portal: string, review: string) => ({
    'portal.yaml': portal, ...people, 'projects/p.md': project(twoManagers), 'releases/r.md': releaseFile, 'reviews/r-freeze.yaml': review,
  });
  const portal = 'name: T\ndescription: D.\nsite: https://example.org\ntsc: [ana]\n';

  it('reports a project listed twice, which the counts would count twice', async () => {
    const review = 'release: r\nmilestone: freeze\ndate: 2026-03-02\nprojects:\n  - project: p\n    status: done\n  - project: p\n    status: not-done\n';
    expect(await diagnosticsOf(files(portal, review))).toMatchObject([
      { file: 'reviews/r-freeze.yaml', line: 7, field: 'projects.1.project', rule: 'review-duplicate', severity: 'error', message: 'project "p" is listed twice in this review' },
    ]);
  });

  it('warns about an exception that does not say what was granted', async () => {
    const review = 'release: r\nmilestone: freeze\ndate: 2026-03-02\nprojects:\n  - project: p\n    status: exception\n    notes: Late.\n';
    expect(await diagnosticsOf(files(portal, review))).toMatchObject([
      { file: 'reviews/r-freeze.yaml', line: 6, field: 'projects.0.status', rule: 'review-exception', severity: 'warning' },
    ]);
    expect(await diagnosticsOf(files(portal, `${review}    exception: One more week.\n`))).toEqual([]);
  });

  it('warns about a decision that does not match the exceptions the review lists', async () => {
    const signed = (decision: string, status: string) =>
      `release: r\nmilestone: freeze\ndate: 2026-03-02\nprojects:\n  - project: p\n    status: ${status}\n    exception: One more week.\nsignoff:\n  by: ana\n  date: 2026-03-02\n  decision: ${decision}\n`;
    expect(await diagnosticsOf(files(portal, signed('approved', 'exception')))).toMatchObject([
      { line: 11, field: 'signoff.decision', rule: 'review-decision', severity: 'warning', message: 'this review is signed off "approved", but project "p" has an exception' },
    ]);
    expect(await diagnosticsOf(files(portal, signed('approved-with-exceptions', 'done')))).toMatchObject([
      { line: 11, field: 'signoff.decision', rule: 'review-decision', severity: 'warning', message: 'this review is signed off "approved-with-exceptions", but no project in it has an exception' },
    ]);
    expect(await diagnosticsOf(files(portal, signed('approved-with-exceptions', 'exception')))).toEqual([]);
    // Rejecting a review that proposed an exception refuses it: nothing to say.
    expect(await diagnosticsOf(files(portal, signed('rejected', 'exception')))).toEqual([]);
  });

  it('warns about a sign-off dated before the review it signs', async () => {
    const review = 'release: r\nmilestone: freeze\ndate: 2026-03-02\nsignoff:\n  by: ana\n  date: 2026-02-26\n  decision: approved\n';
    expect(await diagnosticsOf(files(portal, review))).toMatchObject([
      { file: 'reviews/r-freeze.yaml', line: 6, field: 'signoff.date', rule: 'review-signoff-date', severity: 'warning', message: 'the sign-off (2026-02-26) is dated before the review it signs (2026-03-02)' },
    ]);
    expect(await diagnosticsOf(files(portal, review.replace('2026-02-26', '2026-03-04')))).toEqual([]);
  });

  it('warns about a sign-off by someone who is not on the TSC', async () => {
    const review = 'release: r\nmilestone: freeze\ndate: 2026-03-02\nsignoff:\n  by: ben\n  date: 2026-03-02\n  decision: approved\n';
    expect(await diagnosticsOf(files(portal, review))).toMatchObject([
      { file: 'reviews/r-freeze.yaml', line: 5, field: 'signoff.by', rule: 'review-signoff', severity: 'warning', hint: expect.stringContaining('name one of ana') },
    ]);
    const signedByTsc = review.replace('by: ben', 'by: ana');
    expect(await diagnosticsOf(files(portal, signedByTsc))).toEqual([]);
    // A community that lists no TSC is not asked to.
    expect(await diagnosticsOf(files(portal.replace('tsc: [ana]\n', ''), review))).toEqual([]);
  });
});

describe('maintenance releases', () => {
  const release = (lines: string) => `---\nname: R\n${lines}milestones:\n  - id: rel\n    name: Release\n    kind: release\n    date: 2026-03-05\n---\n`;

  it('warns about one that does not say which release it corrects, and reports one based on itself', async () => {
    expect(await diagnosticsOf({ 'releases/fix.md': release('type: maintenance\n') })).toMatchObject([
      { file: 'releases/fix.md', line: 3, field: 'type', rule: 'release-series', severity: 'warning', hint: expect.stringContaining('basedOn') },
    ]);
    expect(await diagnosticsOf({ 'releases/fix.md': release('type: maintenance\nbasedOn: fix\n') })).toMatchObject([
      { line: 4, field: 'basedOn', rule: 'release-series', severity: 'error', message: 'release "fix" is `basedOn` itself' },
    ]);
    expect(await diagnosticsOf({ 'releases/ga.md': release('type: ga\n'), 'releases/fix.md': release('type: maintenance\nbasedOn: ga\n') })).toEqual([]);
  });
});

describe('glossary', () => {
  it('reports a "see also" that names no term', async () => {
    const [d] = await diagnosticsOf({ 'glossary.yaml': 'terms:\n  - term: Milestone\n    definition: A dated step.\n    seeAlso: [Release, Milestones]\n  - term: Release\n    definition: What ships.\n' });
    expect(d).toMatchObject({ file: 'glossary.yaml', line: 4, field: 'terms.0.seeAlso.1', message: '"see also" names an undefined term "Milestones"', hint: 'did you mean "Milestone"?' });
  });
});

describe('headings in Markdown bodies', () => {
  const page = (body: string) => `---\ntitle: Schedule\norder: 1\n---\n${body}`;

  it('warns of a level-1 heading in a body, at its line, since the title is the page\'s level-1 heading', async () => {
    const diagnostics = await diagnosticsOf({
      'handbook/a.md': page('# Schedule\n\nText.\n'),
      'handbook/b.md': page('Intro.\n\nSchedule\n========\n'),
      'training/t.mdx': '---\ntitle: T\ndescription: D\norder: 1\n---\nText.\n\n# Part one\n',
      'releases/r.md': releaseWith('').replace('projects: []\n', '') + '# Notes\n',
    });
    expect(diagnostics.map((d) => [d.file, d.line, d.column, d.severity, d.rule, d.message])).toEqual([
      ['handbook/a.md', 5, 1, 'warning', 'body-heading', 'a level-1 heading in the handbook page: the page\'s title is already its level-1 heading'],
      ['handbook/b.md', 8, 1, 'warning', 'body-heading', 'a level-1 heading in the handbook page: the page\'s title is already its level-1 heading'],
      ['releases/r.md', 10, 1, 'warning', 'body-heading', 'a level-1 heading in the release notes: the page\'s title is already its level-1 heading'],
      ['training/t.mdx', 8, 1, 'warning', 'body-heading', 'a level-1 heading in the lesson: the page\'s title is already its level-1 heading'],
    ]);
    expect(diagnostics[0]!.hint).toBe('leave out a heading that repeats the title, and start sections with `##`');
  });

  it('leaves sections, `#` in code blocks and `#` without a space alone', async () => {
    const body = '## Section\n\n```sh\n# a shell comment\n```\n\n~~~\n# another\n~~~\n\n#hashtag\n\n- item\n===\n';
    expect(await diagnosticsOf({ 'handbook/a.md': page(body), 'handbook/b.md': page(body.replace(/\n/g, '\r\n')) })).toEqual([]);
  });
});
