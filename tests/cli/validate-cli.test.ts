import { describe, expect, it } from 'vitest';
import { makeContent } from '../helpers/content.ts';
import { runScript } from '../helpers/run.ts';

const broken = { 'releases/r.md': '---\nname: R\ntype: gaa\nmilestones:\n  - id: rel\n    name: Release\n    date: 2026-03-05\n---\n' };

describe('npm run validate', () => {
  it('prints file:line:col, severity, message, field and hint, and exits 1 on errors', async () => {
    const root = await makeContent(broken);
    const { code, stdout } = runScript('validate', ['--content', root]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/releases\/r\.md:3:7 {2}error {2}`type` must be one of "ga", "maintenance", "latest" {2}\[type\]\n {4}hint: "gaa" is not one of them/);
    expect(stdout).toContain('1 error(s), 0 warning(s)');
  });

  it('reports an MDX syntax error in a lesson, as the build would meet it, and exits 1', async () => {
    const root = await makeContent({ 'training/first.mdx': '---\ntitle: First\norder: 1\ndescription: The first lesson.\n---\nHello.\n\n<Foo bar={1 +}>\n' });
    const { code, stdout, stderr } = runScript('validate', ['--content', root]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/training\/first\.mdx:8:1 {2}error {2}Expected a closing tag for `<Foo>`\n {4}hint: close it with `<\/Foo>`/);
    expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at /);
  });

  it('exits 0 when there are only warnings', async () => {
    const root = await makeContent({ 'people/a.yaml': 'name: A\n', 'projects/p.md': '---\nname: P\ndescription: D.\nlifecycle: mature\nreleaseManagers: [a]\n---\n' });
    const { code, stdout } = runScript('validate', ['--content', root]);
    expect(code).toBe(0);
    expect(stdout).toContain('warning');
  });

  it('reads the content folder from TOLLGATE_CONTENT', async () => {
    const root = await makeContent(broken);
    expect(runScript('validate', [], { TOLLGATE_CONTENT: root }).code).toBe(1);
  });

  it('writes JSON for tools', async () => {
    const root = await makeContent(broken);
    const report = JSON.parse(runScript('validate', ['--content', root, '--format', 'json']).stdout);
    expect(report).toMatchObject({ errors: 1, warnings: 0, diagnostics: [{ line: 3, column: 7, field: 'type', rule: 'schema' }] });
  });

  it('writes GitHub Actions annotations', async () => {
    const root = await makeContent(broken);
    const { stdout } = runScript('validate', ['--content', root, '--format', 'github']);
    expect(stdout).toMatch(/^::error file=.*releases\/r\.md,line=3,col=7,title=schema::`type` must be one of/m);
  });

  it('answers a usage mistake or a missing folder in one line, without a stack trace', () => {
    const missing = runScript('validate', ['--content', '/nonexistent/tollgate']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('content folder not found: /nonexistent/tollgate');
    const format = runScript('validate', ['--format', 'xml']);
    expect(format.code).toBe(2);
    for (const output of [missing.stderr, format.stderr]) expect(output).not.toMatch(/\n\s+at /);
  });
});
