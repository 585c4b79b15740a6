import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/load/load.ts';
import { sortDiagnostics } from '../../src/core/validate/diagnostic.ts';
import { validateContent } from '../../src/core/validate/validate.ts';
import { makeContent, person } from '../helpers/content.ts';

const release = (milestones: string, extra = '') =>
  `---\nname: Test release\ntype: ga\n${extra}milestones:\n${milestones}---\nNotes.\n`;

describe('syntax errors', () => {
  it('points a line indented less than the one above it at its first character, with the column to use', async () => {
    const milestones = (date: string) => `---\nname: R\ntype: ga\nmilestones:\n  - id: rel\n    name: Release\n${date}\n---\n`;
    const root = await makeContent({
      'releases/a.md': milestones('  date: 2026-03-05'),
      'releases/b.md': milestones('   date: 2026-03-05'),
    });
    const hint = 'indent it as far as the line above it (column 5) if it belongs to the same entry, or as far as the key above it that it belongs under';
    expect((await validateContent(root)).diagnostics.map((d) => [d.file, d.line, d.column, d.message, d.hint])).toEqual([
      ['releases/a.md', 7, 3, 'this line is not lined up with the fields above it', hint],
      ['releases/b.md', 7, 4, 'this line is not lined up with the fields above it', hint],
    ]);
  });

  it('points a list or mapping in brackets left open at its bracket, not at the line after it', async () => {
    const root = await makeContent({
      'people/ana.yaml': 'name: Ana\naffiliation: [Example\nhandles:\n  github: ana\n',
      'portal.yaml': 'name: C\ndescription: D\nsite: https://example.org\nlinks:\n  - { label: Wiki, url: "https://wiki.example.org"\n  - { label: Code, url: https://code.example.org }\n',
    });
    expect((await validateContent(root)).diagnostics.map((d) => [d.file, d.line, d.column, d.message, d.hint])).toEqual([
      ['people/ana.yaml', 2, 14, 'the list opened with "[" here is not closed', 'close it with "]"; if it goes on over several lines, indent them further than the line it starts on'],
      ['portal.yaml', 5, 5, 'the mapping opened with "{" here is not closed', 'close it with "}"; if it goes on over several lines, indent them further than the line it starts on'],
    ]);
  });

  it('points a line indented too far at that line, not at the value above it', async () => {
    const root = await makeContent({
      'people/ana.yaml': 'name: Ana\n  affiliation: Example Org\n',
      'releases/r.md': '---\nname: R\ntype: ga\nmilestones:\n  - id: rel\n    name: Release\n      date: 2026-03-05\n---\n',
      // A line that continues a value without a colon, and a missing colon, are not indentation mistakes.
      'people/ben.yaml': 'name: Ben\naffiliation: Example\n  Org\n',
      'people/cy.yaml': 'name Cy\naffiliation: Example Org\n',
    });
    const hint = 'indent it as far as the line above it; if it continues the value above it, put that value in quotes';
    expect((await validateContent(root)).diagnostics.map((d) => [d.file, d.line, d.column, d.message, d.hint])).toEqual([
      ['people/ana.yaml', 2, 3, 'this line is indented further than the line above it', hint],
      ['people/cy.yaml', 1, 1, 'Implicit keys need to be on a single line', 'fix the YAML syntax at this position (indentation, quotes, colons)'],
      ['releases/r.md', 7, 7, 'this line is indented further than the line above it', hint],
    ]);
  });

  it('says that a tab indents a line and that YAML wants spaces, in YAML files and front matter alike', async () => {
    const root = await makeContent({
      'people/ana.yaml': 'name: Ana\nhandles:\n\tgithub: ana\n',
      'projects/p.md': '---\nname: P\ndescription: D\nlifecycle: mature\nreleaseManagers:\n\t- ana\n---\n',
    });
    const hint = 'replace the tab with spaces, as many as the lines around it use';
    expect((await validateContent(root)).diagnostics.map((d) => [d.file, d.line, d.column, d.rule, d.message, d.hint])).toEqual([
      ['people/ana.yaml', 3, 1, 'syntax', 'a tab indents this line: YAML indents with spaces only', hint],
      ['projects/p.md', 6, 1, 'syntax', 'a tab indents this line: YAML indents with spaces only', hint],
    ]);
  });

  it('reports each of several YAML mistakes, once each, not only the first', async () => {
    // Line 3 is indented too far (the parser sees a nested mapping and a multi-line key there:
    // one mistake); the quote opened on line 9 is never closed.
    const yaml = 'name: Ana\naffiliation: Example Org\n   github: ana\nemail: ana@example.org\n\n\n\n\nbio: "Maintainer\ntimezone: UTC\n';
    const root = await makeContent({ 'people/ana.yaml': yaml, 'training/t.mdx': `---\ntitle: T\n${yaml}---\nText.\n` });
    const diagnostics = (await validateContent(root)).diagnostics;
    expect(diagnostics.map((d) => [d.file, d.line, d.rule])).toEqual([
      ['people/ana.yaml', 3, 'syntax'],
      ['people/ana.yaml', 9, 'syntax'],
      ['training/t.mdx', 5, 'syntax'],
      ['training/t.mdx', 11, 'syntax'],
    ]);
    expect(diagnostics[0]!.message).toBe('this line is indented further than the line above it');
    expect(diagnostics[1]).toMatchObject({
      column: 6, message: 'Missing closing "quote',
      hint: 'close the quote opened here: until it is closed, the value runs on over the lines below it',
    });
  });

  it('reports each tab used as indentation and each duplicate key', async () => {
    const root = await makeContent({ 'people/ana.yaml': 'name: Ana\n\taffiliation: Example Org\nname: Ana Lima\nlinks:\n\t- https://example.org\n' });
    expect((await validateContent(root)).diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([
      [2, 1, 'a tab indents this line: YAML indents with spaces only'],
      [3, 1, '`name` is written twice in this mapping'],
      [5, 1, 'a tab indents this line: YAML indents with spaces only'],
    ]);
  });

  it('says which key is written twice, and where it was first, in YAML files and front matter alike', async () => {
    const root = await makeContent({
      'people/ana.yaml': 'name: Ana\nhandles:\n  github: ana\n  matrix: "@ana:example.org"\n  github: ana-lima\n',
      'releases/r.md': '---\nname: R\ntype: ga\ntype: latest\nmilestones:\n  - { id: rel, name: Release, kind: release, date: 2026-03-05 }\n---\n',
    });
    expect((await validateContent(root)).diagnostics.map((d) => [d.file, d.line, d.column, d.message, d.hint])).toEqual([
      ['people/ana.yaml', 5, 3, '`github` is written twice in this mapping', 'keep one of them: the first is on line 3'],
      ['releases/r.md', 4, 1, '`type` is written twice in this mapping', 'keep one of them: the first is on line 3'],
    ]);
  });

  it('tells to quote a value that holds ": " or starts with a character YAML reserves', async () => {
    const root = await makeContent({
      'glossary.yaml': 'terms:\n  - term: RC\n    definition: Release candidate: a build that may ship\n',
      'people/ana.yaml': 'name: Ana\nhandles:\n  matrix: @ana:example.org\n',
      'waivers/w.yaml': 'waivers:\n  - candidate: *-rc1\n    job: j\n    reason: R\n    approver: ana\n    expires: 2026-12-01\n',
      'releases/r.md': '---\nname: R\ntype: ga\ncandidates: *\nmilestones:\n  - { id: rel, name: Release, kind: release, date: 2026-03-05 }\n---\n',
    });
    expect((await validateContent(root)).diagnostics.map((d) => [d.file, d.line, d.column, d.message, d.hint])).toEqual([
      ['glossary.yaml', 3, 17, 'this value holds ": ", which YAML reads as the start of a mapping', 'put the whole value in quotes'],
      ['people/ana.yaml', 3, 11, 'Plain value cannot start with reserved character @', 'put the value in quotes: YAML does not let a value start with "@" unquoted'],
      ['releases/r.md', 4, 13, 'Alias cannot be an empty string', 'put the value in quotes ("*…"): unquoted, a value starting with "*" is an alias of another value'],
      ['waivers/w.yaml', 2, 16, 'alias *-rc1 names no anchor above it',
        'for a text starting with "*" (a wildcard), put it in quotes ("*-rc1"); for an alias, add &-rc1 to the value it stands for, above it'],
    ]);
  });

  it('says that a YAML file fenced with "---" like front matter holds a second document', async () => {
    const root = await makeContent({ 'people/ana.yaml': '---\nname: Ana\n---\n', 'people/ben.yaml': 'name: Ben\n---\naffiliation: Example\n' });
    const hint = 'remove the line: a YAML file needs no "---" around its fields, unlike front matter; fields after it belong above it';
    expect((await validateContent(root)).diagnostics.map((d) => [d.file, d.line, d.column, d.message, d.hint])).toEqual([
      ['people/ana.yaml', 3, 1, 'this "---" line starts a second YAML document: a content file holds one', hint],
      ['people/ben.yaml', 2, 1, 'this "---" line starts a second YAML document: a content file holds one', hint],
    ]);
  });

  it('reports malformed front matter with the file line, not the front matter line', async () => {
    const root = await makeContent({ 'projects/p.md': '---\nname: P\ndescription: "unclosed\n---\nBody\n' });
    const [d] = (await validateContent(root)).diagnostics;
    expect(d).toMatchObject({ file: 'projects/p.md', rule: 'syntax' });
    expect(d!.line).toBeGreaterThanOrEqual(3);
  });

  it('reports malformed JSON with its line and column', async () => {
    const root = await makeContent({ 'results/r.json': '{"runs": [\n  {"job": "a",,}\n]}' });
    const [d] = (await validateContent(root)).diagnostics;
    expect(d).toMatchObject({ file: 'results/r.json', line: 2, rule: 'syntax' });
    expect(d!.message).toMatch(/^invalid JSON/);
  });

  it('points a JSON mistake whose message states no position at where parsing stopped, with what to do', async () => {
    const run = '{"candidate": "c1", "job": "j", "startedAt": "2026-11-20T10:00:00Z", "outcome": "passed"';
    const root = await makeContent({
      'results/comma.json': `{"runs": [\n  ${run}},\n]}`,
      'results/nan.json': `{"runs": [\n  ${run}, "cases": [{"name": "t", "outcome": "passed", "time": NaN}]}]}`,
      'results/quotes.json': "{\n  'runs': []\n}",
      'results/comment.json': '{\n  // nightly\n  "runs": []\n}',
      'results/two.json': '{"runs": []}\n{"runs": []}\n',
    });
    expect((await validateContent(root)).diagnostics.map((d) => [d.file, d.line, d.column, d.message, d.hint])).toEqual([
      ['results/comma.json', 3, 1, "invalid JSON: Unexpected token ']'", 'remove the comma before it: JSON has no comma after the last item'],
      ['results/comment.json', 2, 3, "invalid JSON: Expected property name or '}'", 'remove the comment: JSON has none'],
      ['results/nan.json', 2, 146, "invalid JSON: Unexpected token 'N'", 'JSON has no NaN, Infinity or undefined: leave the field out, or write a number'],
      ['results/quotes.json', 2, 3, "invalid JSON: Expected property name or '}'", 'write names and texts in double quotes: JSON has no single quotes'],
      ['results/two.json', 2, 1, 'invalid JSON: Unexpected non-whitespace character after JSON', 'the file holds a second value after the first: list every run in one "runs" array'],
    ]);
  });

  it('shows control characters in a JSON file escaped, as a terminal would hide them', async () => {
    const root = await makeContent({ 'results/r.json': '\u0000\u0001binary' });
    const [d] = (await validateContent(root)).diagnostics;
    expect(d).toMatchObject({ file: 'results/r.json', line: 1, column: 1, rule: 'syntax', message: "invalid JSON: Unexpected token '\\u0000'" });
  });

  it('says that a result file is empty or cut short, as CI leaves one that stopped while writing it', async () => {
    const root = await makeContent({ 'results/a.json': '', 'results/b.json': '{"runs": [{"candidate": "c1",\n  "job": "build"', 'results/c.json': '{"runs": [\n' });
    const hint = 'the file may have been cut short: write it again (e.g. re-run the import), or close its brackets';
    expect((await validateContent(root)).diagnostics.map((d) => [d.file, d.line, d.column, d.message, d.hint])).toEqual([
      ['results/a.json', 1, 1, 'the file is empty', 'write its content, or remove the file'],
      ['results/b.json', 2, 17, 'invalid JSON: the file ends before its last value is closed', hint],
      ['results/c.json', 2, 1, 'invalid JSON: the file ends before its last value is closed', hint],
    ]);
  });

  it('reports a Markdown file without front matter', async () => {
    const root = await makeContent({ 'projects/p.md': 'Just a body\n' });
    const [d] = (await validateContent(root)).diagnostics;
    expect(d).toMatchObject({ file: 'projects/p.md', line: 1, message: expect.stringContaining('front matter') });
    expect(d!.hint).toBe('start the file with a "---" line, its fields ("title: …"), and another "---" line before the text');
  });

  it('reports front matter that is never closed, rather than the YAML error the text after it makes', async () => {
    const root = await makeContent({ 'handbook/h.md': '---\ntitle: Roles\norder: 1\n\nWho does what: the roles.\n' });
    const diagnostics = (await validateContent(root)).diagnostics;
    expect(diagnostics).toEqual([{
      file: 'handbook/h.md', line: 1, column: 1, severity: 'error', rule: 'syntax',
      message: 'the front matter is not closed', hint: 'add a "---" line after its last field, before the text',
    }]);
  });
});

describe('schema errors', () => {
  it('points a wrong value in front matter at its line and field', async () => {
    const root = await makeContent({ 'releases/r1.md': release('  - id: rel\n    name: Release\n    kind: release\n    date: 2026-02-30\n') });
    const [d] = (await validateContent(root)).diagnostics;
    expect(d).toMatchObject({ file: 'releases/r1.md', line: 8, column: 11, field: 'milestones.0.date', message: '`date` is not a real calendar date (YYYY-MM-DD)' });
  });

  it('tells a date written in another form from a day that does not exist', async () => {
    const root = await makeContent({
      'retrospectives/r.yaml': 'release: r\ndate: 2026-06-04\nactions:\n  - action: A\n    owner: ana\n    due: next week\n',
      'waivers/w.yaml': 'waivers:\n  - candidate: c\n    job: j\n    reason: R\n    approver: ana\n    expires: 5 March 2026\n',
      'reviews/v.yaml': 'release: r\nmilestone: m\ndate: 2026-02-30\n',
    });
    expect(sortDiagnostics((await loadContent(root)).diagnostics).map((d) => [d.file, d.field, d.message])).toEqual([
      ['retrospectives/r.yaml', 'actions.0.due', '`due` must be a date written as YYYY-MM-DD (e.g. "2026-03-05")'],
      ['reviews/v.yaml', 'date', '`date` is not a real calendar date (YYYY-MM-DD)'],
      ['waivers/w.yaml', 'waivers.0.expires', '`expires` must be a date written as YYYY-MM-DD (e.g. "2026-03-05")'],
    ]);
  });

  it('points a missing field at the entry that lacks it', async () => {
    const root = await makeContent({ 'releases/r1.md': release('  - id: rel\n    kind: release\n    date: 2026-03-05\n') });
    const [d] = (await validateContent(root)).diagnostics;
    expect(d).toMatchObject({ line: 5, field: 'milestones.0.name', message: '`name` is required' });
    expect(d!.hint).toContain('add `name:`');
  });

  it('names an unknown field and where it is', async () => {
    const root = await makeContent({ 'portal.yaml': 'name: X\ndescription: Y\nsite: https://example.org\ncolour: blue\n' });
    const [d] = (await validateContent(root)).diagnostics;
    expect(d).toMatchObject({ file: 'portal.yaml', line: 4, field: 'colour', message: 'unknown field `colour`' });
  });

  it('points an unknown field at its key, and a bad value at the value, in every format', async () => {
    const root = await makeContent({
      'people/ana.yaml': 'name: Ana\nafiliation:   Example Org\n',
      'glossary.yaml': 'terms:\n  - term: GA\n    definiton: General availability\n',
      'releases/r1.md': release('  - id: rel\n    name: R\n    kind: relase\n    date: 2026-03-05\n    colour: red\n'),
      'results/r.json': '{"runs": [\n  {"candidate": "c1", "job": "j", "startedAt": "2026-11-20T10:00:00Z",\n   "outcome": "passed", "jobb": "x"}]}',
    });
    expect((await validateContent(root)).diagnostics.map((d) => [d.file, d.line, d.column, d.field])).toEqual([
      ['glossary.yaml', 3, 5, 'terms.0.definiton'],
      ['people/ana.yaml', 2, 1, 'afiliation'],
      ['releases/r1.md', 7, 11, 'milestones.0.kind'],
      ['releases/r1.md', 9, 5, 'milestones.0.colour'],
      ['results/r.json', 3, 25, 'runs.0.jobb'],
    ]);
  });

  it('answers a misspelt field with the field meant, at any depth and in any format', async () => {
    const root = await makeContent({
      'people/ana.yaml': 'name: Ana\nafiliation: Example Org\n',
      'releases/r1.md': release('  - id: rel\n    name: R\n    dat: 2026-03-05\n    date: 2026-03-05\n'),
      'projects/p.md': '---\nname: P\ndescription: D\nlifecycle: mature\nleader: ana\n---\n',
      'results/r.json': '{"runs": [{"candidate": "c1", "job": "j", "startedAt": "2026-11-20T10:00:00Z", "outcome": "passed", "cases": [{"name": "t", "outcome": "passed", "retires": 1}]}]}',
    });
    const hints = (await validateContent(root)).diagnostics.map((d) => [d.file, d.line, d.field, d.hint]);
    expect(hints).toEqual([
      ['people/ana.yaml', 2, 'afiliation', 'did you mean `affiliation`?'],
      ['projects/p.md', 5, 'leader', 'did you mean `lead`?'],
      ['releases/r1.md', 7, 'milestones.0.dat', 'did you mean `date`?'],
      ['results/r.json', 1, 'runs.0.cases.0.retires', 'did you mean `retries`?'],
    ]);
  });

  it('reports a misspelt required field once, at the misspelling, not also as missing', async () => {
    const root = await makeContent({
      'projects/p.md': '---\nname: P\ndescription: D\nlifecycel: mature\n---\n',
      'releases/r1.md': release('  - id: rel\n    nmae: R\n    date: 2026-03-05\n'),
      'results/r.json': '{"runs": [{"candidat": "c1", "job": "j", "startedAt": "2026-11-20T10:00:00Z", "outcome": "passed"}]}',
    });
    expect((await validateContent(root)).diagnostics.map((d) => [d.file, d.line, d.field, d.message, d.hint])).toEqual([
      ['projects/p.md', 4, 'lifecycel', 'unknown field `lifecycel`', 'did you mean `lifecycle`? It is required'],
      ['releases/r1.md', 6, 'milestones.0.nmae', 'unknown field `nmae`', 'did you mean `name`? It is required'],
      ['results/r.json', 1, 'runs.0.candidat', 'unknown field `candidat`', 'did you mean `candidate`? It is required'],
    ]);
  });

  it('says that a missing field of fixed values is required, and lists the values', async () => {
    const root = await makeContent({ 'projects/p.md': '---\nname: P\ndescription: D\n---\n' });
    expect((await validateContent(root)).diagnostics).toMatchObject([
      { file: 'projects/p.md', field: 'lifecycle', message: '`lifecycle` is required', hint: 'add `lifecycle:` with one of "incubation", "mature", "archived"' },
    ]);
  });

  it('lists the fields allowed where an unknown field is not a typo of one', async () => {
    const root = await makeContent({ 'handbook/h.md': '---\ntitle: T\norder: 1\nauthor: me\n---\n' });
    const [d] = (await validateContent(root)).diagnostics;
    expect(d).toMatchObject({ line: 4, field: 'author', message: 'unknown field `author`', hint: 'remove it; the fields here are `title`, `description`, `order`' });
  });

  it('lists the allowed values of an enumeration', async () => {
    const root = await makeContent({ 'releases/r1.md': release('  - id: rel\n    name: R\n    date: 2026-03-05\n').replace('type: ga', 'type: stable') });
    const [d] = (await validateContent(root)).diagnostics;
    expect(d).toMatchObject({ line: 3, field: 'type', message: '`type` must be one of "ga", "maintenance", "latest"', hint: '"stable" is not one of them' });
  });

  it('lists the kinds of threshold, as for any enumeration, and says which is missing', async () => {
    const level = (threshold: string) => `name: Daily\nrequirements:\n  - job: sit\n    threshold: ${threshold}\n`;
    const root = await makeContent({ 'promotion/a.yaml': level('{ kind: passrate, min: 95 }'), 'promotion/b.yaml': level('{ min: 95 }') });
    const [a, b] = (await validateContent(root)).diagnostics;
    const kinds = '"all-pass", "pass-rate", "min-runs", "k-of-last-n", "max-flaky"';
    expect(a).toMatchObject({ file: 'promotion/a.yaml', line: 4, column: 24, field: 'requirements.0.threshold.kind', message: `\`kind\` must be one of ${kinds}`, hint: '"passrate" is not one of them' });
    expect(b).toMatchObject({ file: 'promotion/b.yaml', line: 4, field: 'requirements.0.threshold.kind', message: '`kind` is required', hint: `add \`kind:\` with one of ${kinds}` });
  });

  it('names a field that a rule between fields refuses once', async () => {
    const root = await makeContent({ 'promotion/a.yaml': 'name: Daily\nrequirements:\n  - job: sit\n    threshold: { kind: k-of-last-n, k: 4, n: 3 }\n' });
    const [d] = (await validateContent(root)).diagnostics;
    expect(d).toMatchObject({ line: 4, field: 'requirements.0.threshold.k', message: '`k` cannot be larger than `n`' });
  });

  it('requires exactly one way of dating a milestone, pointing at the way too many', async () => {
    const root = await makeContent({
      'releases/r1.md': release('  - id: rel\n    name: R\n    date: 2026-03-05\n    week: R-2\n'),
      'releases/r2.md': release('  - id: rel\n    name: R\n    kind: release\n'),
      'releases/r3.md': release('  - id: a\n    name: A\n    date: 2026-03-01\n  - id: rel\n    name: R\n    after: a\n    offset: +2w\n    week: R-0\n'),
    });
    expect((await validateContent(root)).diagnostics.map((d) => [d.file, d.line, d.field, d.message])).toEqual([
      ['releases/r1.md', 8, 'milestones.0.week', '`week` cannot be used with `date`: a milestone is dated in one way only (`date`, `after` with `offset`, or `week`)'],
      ['releases/r2.md', 5, 'milestones.0', 'this entry has no date: give it exactly one of `date`, `after` (with `offset`) or `week`'],
      ['releases/r3.md', 12, 'milestones.1.week', '`week` cannot be used with `after`: a milestone is dated in one way only (`date`, `after` with `offset`, or `week`)'],
    ]);
  });

  it('says that an unquoted version was read as a number, which is why it lost its trailing zero', async () => {
    const root = await makeContent({ 'releases/r1.md': release('  - id: rel\n    name: R\n    kind: release\n    date: 2026-03-05\n', 'version: 2027.10\n') });
    const [d] = (await validateContent(root)).diagnostics;
    expect(d).toMatchObject({
      line: 4, field: 'version', message: '`version` must be a string, not number 2027.1',
      hint: 'put the value in quotes, as written: without them, YAML reads it as the number 2027.1',
    });
  });

  it('names a wrong type as YAML calls it', async () => {
    const root = await makeContent({ 'people/ana.yaml': 'name: [Ana, Lima]\n' });
    const [d] = (await validateContent(root)).diagnostics;
    expect(d).toMatchObject({ line: 1, field: 'name', message: '`name` must be a string, not a list', hint: 'quote the value if YAML reads it as something else' });
  });

  it('asks for the value of a field or list entry left empty', async () => {
    const root = await makeContent({
      'handbook/h.md': '---\ntitle:\norder: 1\n---\n',
      'portal.yaml': 'name: C\ndescription: D\nsite: https://example.org\ntsc:\n  -\n',
      'results/r.json': '{"runs": [{"candidate": null, "job": "j", "startedAt": "2026-11-20T10:00:00Z", "outcome": "passed"}]}',
    });
    expect(sortDiagnostics((await loadContent(root)).diagnostics).map((d) => [d.file, d.line, d.field, d.message, d.hint])).toEqual([
      ['handbook/h.md', 2, 'title', '`title` must be a string, not empty (null)', 'write the value after `title:`'],
      ['portal.yaml', 5, 'tsc.0', 'this entry must be a string, not empty (null)', 'write the value after "- "'],
      ['results/r.json', 1, 'runs.0.candidate', '`candidate` must be a string, not null', 'write a value instead of null'],
    ]);
  });

  it('calls a mapping of names (a person\'s handles, an activity\'s assignments) a mapping', async () => {
    const root = await makeContent({
      'people/ana.yaml': 'name: Ana\nhandles: [github, ana]\n',
      'raci/m.yaml': 'title: M\nroles:\n  - { id: rm, name: RM }\nactivities:\n  - name: Plan\n    assignments: AR\n',
    });
    expect((await validateContent(root)).diagnostics.map((d) => [d.file, d.field, d.message, d.hint])).toEqual([
      ['people/ana.yaml', 'handles', '`handles` must be a mapping, not a list', 'write a mapping of "key: value" lines'],
      ['raci/m.yaml', 'activities.0.assignments', '`assignments` must be a mapping, not string "AR"', 'write a mapping of "key: value" lines'],
    ]);
  });

  it('shows the start of a long value that has the wrong type or is not one of the values allowed', async () => {
    // The first item lacks its "- ": the whole list is read as one text.
    const items = ['Every project named two release managers before planning complete', 'Feature freeze held', 'Signing ran in the pipeline'];
    const root = await makeContent({
      'retrospectives/r.yaml': `release: r\ndate: 2026-06-04\nwentWell:\n  ${items.join('\n  - ')}\n`,
      'projects/p.md': `---\nname: P\ndescription: D\nlifecycle: ${items[0]}\n---\n`,
    });
    expect(sortDiagnostics((await loadContent(root)).diagnostics).map((d) => [d.file, d.message, d.hint])).toEqual([
      ['projects/p.md', '`lifecycle` must be one of "incubation", "mature", "archived"', '"Every project named two release managers before pl…" is not one of them'],
      ['retrospectives/r.yaml', '`wentWell` must be a list, not string "Every project named two release managers before pl…"', 'write a list, one "- item" per line'],
    ]);
  });

  it('names a wrong type and a missing field as JSON calls them', async () => {
    const root = await makeContent({ 'results/a.json': '{"runs": 5}', 'results/b.json': '{"runs": [{"candidate": "c1", "startedAt": "2026-11-20T10:00:00Z", "outcome": "passed"}]}' });
    const [a, b] = (await validateContent(root)).diagnostics;
    expect(a).toMatchObject({ file: 'results/a.json', field: 'runs', message: '`runs` must be an array, not number 5', hint: 'write an array in square brackets: [ ... ]' });
    expect(b).toMatchObject({ file: 'results/b.json', field: 'runs.0.job', message: '`job` is required', hint: 'add "job" with a string' });
  });

  it('words too short lists and too small numbers for the file\'s author, not as zod does', async () => {
    const root = await makeContent({
      'raci/m.yaml': 'title: M\nroles: []\nactivities: []\n',
      'training/t.mdx': '---\ntitle: T\ndescription: D\norder: -1\nduration: 0\n---\n',
      'releases/r1.md': '---\nname: R\ntype: ga\nmilestones: []\n---\n',
    });
    expect((await validateContent(root)).diagnostics.map((d) => [d.file, d.field, d.message, d.hint])).toEqual([
      ['raci/m.yaml', 'roles', '`roles` must list at least 1 entry', 'add entries, one "- item" per line'],
      ['raci/m.yaml', 'activities', '`activities` must list at least 1 entry', 'add entries, one "- item" per line'],
      ['releases/r1.md', 'milestones', '`milestones` must list at least the release milestone', undefined],
      ['training/t.mdx', 'order', '`order` must be 0 or more', undefined],
      ['training/t.mdx', 'duration', '`duration` must be more than 0', undefined],
    ]);
  });

  it('words too large numbers, empty texts and patterns for the file\'s author, not as zod does', async () => {
    const root = await makeContent({
      'portal.yaml': 'name: C\ndescription: D\nsite: https://example.org\nlanguage: English\n',
      'promotion/l.yaml': 'name: L\nrequirements:\n  - job: a\n    appliesTo: [""]\n    threshold: { kind: pass-rate, min: 150 }\n',
      'waivers/w.yaml': 'waivers:\n  - candidate: ""\n    job: a\n    reason: R\n    approver: ana\n    expires: 2026-12-01\n',
      'results/r.json': '{"runs": [{"candidate": "c1", "job": "j", "startedAt": "2026-11-20T10:00:00Z", "outcome": "passed", "commit": "xyz"}]}',
    });
    expect(sortDiagnostics((await loadContent(root)).diagnostics).map((d) => [d.file, d.field, d.message, d.hint])).toEqual([
      ['portal.yaml', 'language', '`language` must be a language tag, such as "en", "fr" or "pt-BR"', undefined],
      ['promotion/l.yaml', 'requirements.0.appliesTo.0', 'this entry must not be empty', 'write a value between the quotes'],
      ['promotion/l.yaml', 'requirements.0.threshold.min', '`min` must be 100 or less', undefined],
      ['results/r.json', 'runs.0.commit', '`commit` must be a commit hash: 7 to 64 hexadecimal digits', undefined],
      ['waivers/w.yaml', 'waivers.0.candidate', '`candidate` must not be empty', 'write a value between the quotes'],
    ]);
  });

  it('asks for reminders before the event, with the minus sign', async () => {
    const root = await makeContent({ 'portal.yaml': 'name: C\ndescription: D\nsite: https://example.org\ncalendar:\n  reminders: ["-PT30M", "P1D"]\n' });
    expect((await validateContent(root)).diagnostics.map((d) => [d.line, d.field, d.message])).toEqual([
      [5, 'calendar.reminders.1', 'this entry must be a time before the event, as an ISO 8601 duration with a minus sign: "-P1D" (a day), "-PT2H" (two hours), "-PT30M" (30 minutes)'],
    ]);
  });

  it('tells how to write a number or a yes/no that YAML read as text', async () => {
    const root = await makeContent({
      'training/t.mdx': '---\ntitle: T\ndescription: D\norder: 1\nduration: 50 minutes\n---\n',
      'projects/p.md': '---\nname: P\ndescription: D\nlifecycle: mature\nmanaged: "no"\n---\n',
    });
    expect((await validateContent(root)).diagnostics.map((d) => [d.field, d.message, d.hint])).toEqual([
      ['managed', '`managed` must be true or false, not string "no"', 'write true or false, without quotes'],
      ['duration', '`duration` must be a number, not string "50 minutes"', 'write the number alone, without quotes or units (e.g. 50)'],
    ]);
  });

  it('keeps the "without quotes" hints for values that were text', async () => {
    const root = await makeContent({
      'training/t.mdx': '---\ntitle: T\ndescription: D\norder: 1\nduration: [50]\n---\n',
      'projects/p.md': '---\nname: P\ndescription: D\nlifecycle: mature\nmanaged: [no]\n---\n',
    });
    expect((await validateContent(root)).diagnostics.map((d) => [d.field, d.message, d.hint])).toEqual([
      ['managed', '`managed` must be true or false, not a list', 'write true or false'],
      ['duration', '`duration` must be a number, not a list', undefined],
    ]);
  });

  it('says what a key of a mapping must look like (a service of a person, a role of a matrix)', async () => {
    const root = await makeContent({
      'people/ana.yaml': 'name: Ana\nhandles:\n  GitHub: ana\n',
      'raci/m.yaml': 'title: M\nroles:\n  - id: rm\n    name: RM\nactivities:\n  - name: Plan\n    assignments:\n      Release Manager: AR\n',
    });
    // The key is the mistake: it is pointed at, not its value.
    expect((await validateContent(root)).diagnostics.map((d) => [d.file, d.line, d.column, d.field, d.message])).toEqual([
      ['people/ana.yaml', 3, 3, 'handles.GitHub', 'key `GitHub` must be a service name in lower-case letters, digits and "-" (e.g. "github")'],
      ['raci/m.yaml', 8, 7, 'activities.0.assignments.Release Manager', 'key `Release Manager` must be lower-case letters, digits, ".", "_" or "-" (e.g. "release-manager")'],
    ]);
  });

  it('shows the form of a date-time a result file must use', async () => {
    const root = await makeContent({ 'results/r.json': '{"runs": [{"candidate": "c1", "job": "j", "startedAt": "21/11/2026 01:10", "outcome": "passed"}]}' });
    const [d] = (await validateContent(root)).diagnostics;
    expect(d).toMatchObject({ field: 'runs.0.startedAt', message: '`startedAt` must be an ISO 8601 date-time (e.g. "2026-11-22T05:00:00Z")' });
  });

  it('reports a missing portal.yaml', async () => {
    const root = await makeContent({ 'people/ana.yaml': person('Ana') });
    const { rm } = await import('node:fs/promises');
    await rm(`${root}/portal.yaml`);
    const [d] = (await validateContent(root)).diagnostics;
    expect(d).toMatchObject({ file: 'portal.yaml', rule: 'missing-file' });
  });
});
