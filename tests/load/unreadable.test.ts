import { spawnSync } from 'node:child_process';
import { chmod, readdir, symlink } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/load/load.ts';
import { sortDiagnostics, type Diagnostic } from '../../src/core/validate/diagnostic.ts';
import { makeContent, person } from '../helpers/content.ts';

describe('a content file that is a link', () => {
  it('is read like a file when it points to one', async () => {
    const root = await makeContent({ 'people/ana.yaml': person('Ana'), 'shared/ben.yaml': person('Ben') });
    await symlink(join(root, 'shared/ben.yaml'), join(root, 'people/ben.yaml'));
    const { content, diagnostics } = await loadContent(root);
    expect(diagnostics).toEqual([]);
    expect(content.people.map((p) => [p.id, p.data.name])).toEqual([['ana', 'Ana'], ['ben', 'Ben']]);
  });

  it('is reported when it points to nothing, to a folder or to itself, and the other files are still read', async () => {
    const root = await makeContent({ 'people/ana.yaml': person('Ana') });
    await symlink(join(root, 'gone.yaml'), join(root, 'people/broken.yaml'));
    await symlink(root, join(root, 'people/folder.yaml'));
    await symlink(join(root, 'people/loop.yaml'), join(root, 'people/loop.yaml'));
    const { content, diagnostics } = await loadContent(root);
    expect(content.people.map((p) => p.id)).toEqual(['ana']);
    expect(sortDiagnostics(diagnostics).map(({ file, line, column, rule, message }) => ({ file, line, column, rule, message }))).toEqual([
      { file: 'people/broken.yaml', line: 1, column: 1, rule: 'unreadable', message: 'this link points to nothing' },
      { file: 'people/folder.yaml', line: 1, column: 1, rule: 'unreadable', message: 'this link points to a folder, not a file' },
      { file: 'people/loop.yaml', line: 1, column: 1, rule: 'unreadable', message: 'this link points to itself, through a loop of links' },
    ]);
    expect(diagnostics.every((d) => d.hint)).toBe(true);
  });
});

/**
 * Root reads any file whatever its permissions, and tests often run as root:
 * these then run the validator as "nobody" (and are skipped where that cannot
 * read the project). They run the validate command itself, which is where a
 * read error used to end the run with a bare "tollgate: EACCES" line.
 */
const asRoot = process.getuid?.() === 0;
const asNobody = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];
const canDropRoot = asRoot
  && spawnSync(asNobody[0]!, [...asNobody.slice(1), process.execPath, '-e', "require('node:fs').accessSync('scripts/validate.ts')"]).status === 0;

/** Diagnostics come with paths relative to the folder the command runs in; they are given back relative to the content. */
function validateWithoutRoot(root: string) {
  const command = [...(asRoot ? asNobody : []), process.execPath, 'scripts/validate.ts', '--content', root, '--format', 'json'];
  const run = spawnSync(command[0]!, command.slice(1), { encoding: 'utf8', timeout: 60_000 });
  const diagnostics = (JSON.parse(run.stdout) as { diagnostics: Diagnostic[] }).diagnostics.map((d) => ({ ...d, file: relative(root, resolve(d.file)) }));
  return { code: run.status, stderr: run.stderr, diagnostics };
}

/** makeContent's folder is private to its owner: the other user must be able to read all but what a test locks. */
async function openToEveryone(root: string) {
  await chmod(root, 0o755);
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    await chmod(join(entry.parentPath, entry.name), entry.isDirectory() ? 0o755 : 0o644);
  }
}

const releaseOf = (project: string) =>
  `---\nname: R\ntype: ga\nprojects: [${project}]\nmilestones:\n  - id: rel\n    name: Release\n    kind: release\n    date: 2026-03-05\n---\n`;

describe.skipIf(asRoot && !canDropRoot)('a file or folder without read permission', () => {
  it('is reported at line 1 of that file, and the other files are still checked', async () => {
    const root = await makeContent({ 'people/ana.yaml': person('Ana'), 'people/ben.yaml': person('Ben'), 'people/zoe.yaml': 'name: [Zoe\n' });
    await openToEveryone(root);
    await chmod(join(root, 'people/ben.yaml'), 0o000);
    const { code, stderr, diagnostics } = validateWithoutRoot(root);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(diagnostics).toMatchObject([
      { file: 'people/ben.yaml', line: 1, column: 1, message: 'cannot read this file: permission denied', hint: 'check its permissions' },
      { file: 'people/zoe.yaml', line: 1, message: 'the list opened with "[" here is not closed' },
    ]);
  });

  it('is one diagnostic for a folder, not an "unknown" error for every id that names a file in it', async () => {
    const root = await makeContent({ 'projects/relay.md': '---\nname: Relay\ndescription: D.\nlifecycle: mature\n---\n', 'releases/r.md': releaseOf('relay') });
    await openToEveryone(root);
    await chmod(join(root, 'projects'), 0o000);
    const { code, diagnostics } = validateWithoutRoot(root);
    expect(code).toBe(1);
    expect(diagnostics).toMatchObject([{ file: 'projects', line: 1, column: 1, message: 'cannot read this folder: permission denied', hint: 'check its permissions' }]);
    expect(diagnostics).toHaveLength(1);
  });

  it('still has its files read when it can be entered but not listed', async () => {
    const root = await makeContent({ 'people/ana.yaml': person('Ana') });
    await openToEveryone(root);
    await chmod(root, 0o711);
    const { code, diagnostics } = validateWithoutRoot(root);
    expect(diagnostics).toEqual([]);
    expect(code).toBe(0);
  });
});
