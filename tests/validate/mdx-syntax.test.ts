import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/core/validate/validate.ts';
import { makeContent } from '../helpers/content.ts';

/** A lesson whose body starts on line 6 of the file. */
const lesson = (body: string, frontMatter = 'title: First\norder: 1\ndescription: The first lesson.\n') => `---\n${frontMatter}---\n${body}`;

const report = async (files: Record<string, string>) =>
  (await validateContent(await makeContent(files))).diagnostics.map((d) => [d.file, d.line, d.column, d.severity, d.rule, d.message, d.hint]);

describe('MDX bodies of lessons', () => {
  it('reports a tag left open at its line in the file, with a hint naming the closing tag', async () => {
    expect(await report({ 'training/first.mdx': lesson('Hello.\n\n<Callout>\nRemember the freeze.\n') })).toEqual([[
      'training/first.mdx', 8, 1, 'error', 'mdx-syntax', 'Expected a closing tag for `<Callout>`',
      'close it with `</Callout>` after its content, or write `<Callout />` if it has none',
    ]]);
  });

  it('answers an HTML line break or rule written as in HTML with the self-closing form', async () => {
    expect(await report({ 'training/first.mdx': lesson('One line<br>and the next.\n'), 'training/second.mdx': lesson('Above.\n\n<hr>\n\nBelow.\n') })).toEqual([
      ['training/first.mdx', 6, 9, 'error', 'mdx-syntax', 'Expected a closing tag for `<br>` before the end of `paragraph`', 'write `<br />`: in MDX an element without content closes itself'],
      ['training/second.mdx', 8, 1, 'error', 'mdx-syntax', 'Expected a closing tag for `<hr>`', 'write `<hr />`: in MDX an element without content closes itself'],
    ]);
  });

  it('reports a stray brace, and each broken lesson, leaving good ones alone', async () => {
    expect(await report({
      'training/first.mdx': lesson('Intro.\n\nA set {a, b is written here.\n'),
      'training/second.mdx': lesson('Tags close <b>in <i>order</b></i>.\n'),
      'training/third.mdx': lesson('<aside>All good {1 + 1}.</aside>\n\n`{code}` and \\{ escaped.\n'),
    })).toEqual([
      ['training/first.mdx', 8, 7, 'error', 'mdx-syntax', 'Unexpected end of file in expression, expected a corresponding closing brace for `{`',
        'close the `{` with a `}`, or write `\\{` to show a brace in the text'],
      ['training/second.mdx', 6, 26, 'error', 'mdx-syntax', 'Unexpected closing tag `</b>`, expected corresponding closing tag for `<i>`',
        'close `<i>` first: tags close in the reverse order they were opened'],
    ]);
  });

  it('reports a broken import or expression in words an author knows', async () => {
    const [[, line, column, , , message, hint]] = await report({ 'training/first.mdx': lesson('import { Callout from "./callout.astro"\n\nText.\n') }) as [unknown[]];
    expect([line, column, message, hint]).toEqual([6, 18, 'invalid import or export: Expected `,` or `}` but found `from`',
      'fix this `import` or `export` statement; a line of text cannot start with either word']);
    expect((await report({ 'training/first.mdx': lesson('Sum: {1 +}.\n') }))[0]!.slice(1, 6)).toEqual([6, 10, 'error', 'mdx-syntax', 'invalid expression in `{…}`: Unexpected token']);
  });

  it('reports each placeholder in braces and each component that the build would not find, in one run', async () => {
    expect(await report({
      'training/first.mdx': lesson('Replace {release} with the name, and {release-id} with its id.\n\n<Callout>Note.</Callout>\n\n{props.title}, {1 + 1}, {/* a comment */}, `{code}` and \\{escaped} stay.\n'),
      // A lesson that imports or exports defines names of its own: they are left to it.
      'training/second.mdx': lesson('export const release = "Iris";\n\nThis is {release}.\n'),
    })).toEqual([
      ['training/first.mdx', 6, 9, 'error', 'mdx-syntax', '`{release}` is read as JavaScript, and `release` is not defined: the build would stop at this lesson',
        'write `\\{release}` to show the braces and the text between them'],
      ['training/first.mdx', 6, 38, 'error', 'mdx-syntax', '`{release-id}` is read as JavaScript, and `release` is not defined: the build would stop at this lesson',
        'write `\\{release-id}` to show the braces and the text between them'],
      ['training/first.mdx', 8, 1, 'error', 'mdx-syntax', '`<Callout>` is a component, and the lesson does not import it: the build would stop at this lesson',
        'write `\\<Callout>` to show it as text, use an HTML element (e.g. `<aside>`), or import the component at the top of the lesson'],
    ]);
  });

  it('counts the lines of the file with CRLF line ends and a byte order mark too', async () => {
    const text = lesson('Hello.\n\n<Callout>\nText.\n').replaceAll('\n', '\r\n');
    expect((await report({ 'training/first.mdx': `\uFEFF${text}` }))[0]!.slice(0, 3)).toEqual(['training/first.mdx', 8, 1]);
  });

  it('reports the body beside the front matter errors of the same lesson', async () => {
    expect((await report({ 'training/first.mdx': lesson('<Callout>\n', 'title: First\ndescription: The first lesson.\n') })).map((d) => [d[1], d[4]])).toEqual([
      [2, 'schema'],
      [5, 'mdx-syntax'],
    ]);
  });

  it('leaves Markdown lessons to Markdown, where HTML need not be closed', async () => {
    expect(await report({ 'training/first.md': lesson('Hello <br> and a { brace.\n') })).toEqual([]);
  });
});
