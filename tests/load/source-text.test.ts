import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/load/load.ts';
import { sortDiagnostics } from '../../src/core/validate/diagnostic.ts';
import { validateContent } from '../../src/core/validate/validate.ts';
import { makeContent, person } from '../helpers/content.ts';

async function sortedDiagnostics(files: Record<string, string>) {
  return sortDiagnostics((await loadContent(await makeContent(files))).diagnostics);
}

/** Nine times nine times... values: small to write, enormous once every alias is expanded. */
const aliasBomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdef'.split('').map((name, i) => {
  const previous = 'abcdef'[i]!;
  return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`;
})].join('\n');

describe('YAML aliases that cannot be expanded', () => {
  it('reports an alias bomb on its own file, and still reads the others', async () => {
    const { content, diagnostics } = await loadContent(await makeContent({ 'people/ana.yaml': person('Ana'), 'people/x.yaml': aliasBomb }));
    expect(content.people.map((p) => p.id)).toEqual(['ana']);
    expect(diagnostics).toEqual([{
      file: 'people/x.yaml', line: 1, column: 1, severity: 'error', rule: 'syntax',
      message: 'this file expands too many aliases (*name): expanded, its data would be huge',
      hint: 'write the values out, or use fewer aliases of values that hold aliases themselves',
    }]);
  });

  it('points an alias bomb in front matter at the first line of the front matter', async () => {
    const [d] = await sortedDiagnostics({ 'projects/p.md': `---\n${aliasBomb}\n---\nAbout.\n` });
    expect(d).toMatchObject({ file: 'projects/p.md', line: 2, column: 1, rule: 'syntax', message: expect.stringContaining('too many aliases') });
  });

  it('points an alias that names no anchor at the alias', async () => {
    const [d] = await sortedDiagnostics({ 'people/ana.yaml': 'name: Ana\naffiliation: *org\n' });
    expect(d).toMatchObject({ file: 'people/ana.yaml', line: 2, column: 14, rule: 'syntax', message: 'alias *org names no anchor above it', hint: expect.stringContaining('&org') });
  });
});

describe('a byte order mark at the start of a file', () => {
  // One error in each file, so that positions are compared too.
  const files = {
    'people/ana.yaml': 'name: [Ana]\n',
    'projects/p.md': '---\nname: [P]\ndescription: A project.\nlifecycle: mature\n---\nAbout.\n',
    'training/t.mdx': '---\ntitle: [T]\norder: 1\ndescription: A lesson.\n---\nText.\n',
    'results/r.json': '{"runs": 5}',
  };
  const withBom = Object.fromEntries(Object.entries(files).map(([file, text]) => [file, `\uFEFF${text}`]));

  it('is ignored in every format, with the positions of the same file without it', async () => {
    const diagnostics = await sortedDiagnostics(withBom);
    expect(diagnostics).toEqual(await sortedDiagnostics(files));
    expect(diagnostics.map((d) => [d.file, d.line, d.column, d.field])).toEqual([
      ['people/ana.yaml', 1, 1, 'name'],
      ['projects/p.md', 2, 1, 'name'],
      ['results/r.json', 1, 10, 'runs'],
      ['training/t.mdx', 2, 1, 'title'],
    ]);
  });
});

describe('Markdown front matter with CRLF line ends', () => {
  const crlf = (text: string) => text.replaceAll('\n', '\r\n');
  const people = { 'people/oluwaseun-adeyemi.yaml': person('Oluwaseun'), 'people/ben.yaml': person('Ben') };
  // The last front matter line is the one gray-matter leaves a "\r" on.
  const project = (last: string) =>
    `---\nname: Relay\ndescription: A project.\nlifecycle: mature\nreleaseManagers: [oluwaseun-adeyemi, ben]\n${last}\n---\nAbout.\n`;

  it('validates like the same file with LF line ends', async () => {
    for (const last of ['lead: oluwaseun-adeyemi', 'repository: https://example.org/relay']) {
      const root = await makeContent({ ...people, 'projects/relay.md': crlf(project(last)) });
      expect((await validateContent(root)).diagnostics).toEqual([]);
    }
  });

  it('reports problems at the same lines and columns as with LF line ends', async () => {
    const broken = project('lead: ben').replace('lifecycle: mature', 'lifecycle: ripe').replace('name: Relay', 'name: [Relay]');
    const lf = await validateContent(await makeContent({ ...people, 'projects/relay.md': broken }));
    const withCrlf = await validateContent(await makeContent({ ...people, 'projects/relay.md': crlf(broken) }));
    expect(withCrlf.diagnostics).toEqual(lf.diagnostics);
    expect(lf.diagnostics.map((d) => [d.line, d.column, d.field])).toEqual([[2, 1, 'name'], [4, 12, 'lifecycle']]);
  });

  it('keeps the body as written', async () => {
    const { content } = await loadContent(await makeContent({ ...people, 'projects/relay.md': crlf(project('lead: ben')) }));
    expect(content.projects[0]!.body).toBe('About.\r\n');
  });
});
