import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/core/validate/validate.ts';
import { makeContent, person } from '../helpers/content.ts';

const release = '---\nname: R\ntype: ga\nmilestones:\n  - id: rel\n    name: Release\n    kind: release\n    date: 2026-03-05\n---\n';

async function diagnosticsOf(files: Record<string, string>) {
  return (await validateContent(await makeContent(files))).diagnostics;
}

describe('file names that cannot be ids', () => {
  it('names the file, with the name to give it, instead of calling every reference to it unknown', async () => {
    const diagnostics = await diagnosticsOf({ 'people/Ana Lima.yaml': person('Ana Lima') });
    expect(diagnostics).toEqual([{
      file: 'people/Ana Lima.yaml', line: 1, column: 1, severity: 'error', rule: 'file-name',
      message: 'file name "Ana Lima" is not a valid id: ids are lower-case letters, digits, ".", "_" or "-"',
      hint: 'rename it to people/ana-lima.yaml; other files name it by its id',
    }]);
  });

  it('checks every folder of named files, but not result files, which machines name', async () => {
    const diagnostics = await diagnosticsOf({
      'releases/Iris.md': release,
      'training/Lesson_1.mdx': '---\ntitle: L\ndescription: D\norder: 1\n---\n',
      'results/TEST-nightly.json': '{ "runs": [{ "candidate": "c1", "job": "unit", "startedAt": "2026-11-20T10:00:00Z", "outcome": "passed" }] }',
    });
    expect(diagnostics.map((d) => [d.file, d.rule])).toEqual([['releases/Iris.md', 'file-name'], ['training/Lesson_1.mdx', 'file-name']]);
  });
});

describe('files and folders that are not read', () => {
  it('warns about a content file with an extension its folder does not read', async () => {
    const diagnostics = await diagnosticsOf({
      'releases/iris.yaml': 'name: Iris\n',
      'handbook/roles.markdown': '---\ntitle: Roles\norder: 1\n---\n',
      'handbook/diagram.png': '',
      'people/.ana.yaml.swp': '',
    });
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: 'handbook/roles.markdown', severity: 'warning', rule: 'unread-file', message: 'this file is not read: handbook/ holds .md files' }),
      expect.objectContaining({ file: 'releases/iris.yaml', severity: 'warning', message: 'this file is not read: releases/ holds .md files' }),
    ]);
    expect(diagnostics[0]!.hint).toBe('rename it to end in .md, or move it to the folder of its own type (see "Content reference" in README.md)');
  });

  it('warns about a sub-folder of files where the type reads none, but not about one of pictures', async () => {
    const diagnostics = await diagnosticsOf({ 'releases/2027/iris.md': release, 'handbook/images/flow.svg': '<svg/>' });
    expect(diagnostics).toEqual([{
      file: 'releases/2027/', line: 1, column: 1, severity: 'warning', rule: 'unread-folder',
      message: 'the files in this folder are not read: releases/ takes no sub-folders', hint: 'move them up into releases/',
    }]);
  });

  it('warns about the glossary under a name that is not read', async () => {
    const diagnostics = await diagnosticsOf({ 'glossary.yml': 'terms: []\n' });
    expect(diagnostics).toMatchObject([{ file: 'glossary.yml', severity: 'warning', message: 'this file is not read: the glossary file must be named glossary.yaml', hint: 'rename it to glossary.yaml' }]);
  });
});

describe('files in the folder of another type', () => {
  it('says where a valid file of another type belongs, instead of refusing each of its fields', async () => {
    const diagnostics = await diagnosticsOf({
      'people/ana.yaml': person('Ana'),
      'waivers/iris-freeze.yaml': 'release: iris\nmilestone: freeze\ndate: 2026-03-01\n',
      'releases/relay.md': '---\nname: Relay\ndescription: The controller.\nlifecycle: mature\n---\nAbout.\n',
      'promotion/ben.yaml': 'name: Ben\naffiliation: Example Org\n',
    });
    expect(diagnostics.map((d) => [d.file, d.line, d.rule, d.message, d.hint])).toEqual([
      ['promotion/ben.yaml', 1, 'misplaced-file', 'this is a person file, not a promotion level file', 'move it to people/'],
      ['releases/relay.md', 1, 'misplaced-file', 'this is a project file, not a release file', 'move it to projects/'],
      ['waivers/iris-freeze.yaml', 1, 'misplaced-file', 'this is a milestone review file, not a waivers file', 'move it to reviews/'],
    ]);
  });

  it('does not take a file that only lacks a field of its own type for another type', async () => {
    const diagnostics = await diagnosticsOf({ 'training/intro.mdx': '---\ntitle: Intro\norder: 1\n---\nHello.\n' });
    expect(diagnostics).toMatchObject([{ file: 'training/intro.mdx', rule: 'schema', message: '`description` is required' }]);
  });
});
