import type { SyntaxProblem } from './source.ts';

/**
 * Hints for the MDX compiler's usual complaints: what an author wrote, and
 * how to write it. An MDX body is JSX as much as Markdown, so a lone `<` or
 * `{` in the text, or a tag left open, stops the whole lesson.
 */
const hints: [RegExp, (match: RegExpExecArray) => string][] = [
  // HTML lets `<br>`, `<hr>` or `<img …>` stand alone; JSX asks them to close themselves.
  [/^Expected a closing tag for `<(area|br|col|hr|img|input|wbr)(?:[ >][^`]*)?>`/, ([, tag]) => `write \`<${tag} />\`: in MDX an element without content closes itself`],
  [/^Expected a closing tag for `<([^>]+)>`.*before the end of `(\w+)`/, ([, tag, where]) =>
    `close \`<${tag}>\` in the same ${where} it was opened in, or put it on lines of its own around the text`],
  [/^Expected a closing tag for `<([^>]+)>`/, ([, tag]) => `close it with \`</${tag}>\` after its content, or write \`<${tag} />\` if it has none`],
  [/^Unexpected closing tag `<\/([^>]+)>`, expected corresponding closing tag for `<([^>]+)>`/, ([, , open]) =>
    `close \`<${open}>\` first: tags close in the reverse order they were opened`],
  [/^Unexpected closing tag `<\/([^>]+)>`, expected an open tag first/, ([, tag]) => `remove \`</${tag}>\`, or open \`<${tag}>\` before it`],
  [/^Unexpected end of file in expression/, () => 'close the `{` with a `}`, or write `\\{` to show a brace in the text'],
  [/^invalid expression/, () => 'fix the JavaScript between `{` and `}`, or write `\\{` to show a brace in the text'],
  [/^Unexpected character .*(after `<`|before name)/, () => 'write `\\<` to show a `<` in the text; a tag is `<Name …>`, a link `[text](url)`, a comment `{/* text */}`'],
  [/^invalid import or export/, () => 'fix this `import` or `export` statement; a line of text cannot start with either word'],
];

const fallbackHint = 'fix the MDX syntax at this position: every `<Tag>` needs its `</Tag>` and every `{` its `}`; write `\\<` or `\\{` to show those characters';

/**
 * The first MDX syntax error in a lesson's body, found by compiling it (not
 * running it) with Sätteri, the compiler the build renders `.mdx` with
 * through @astrojs/mdx: `npm run validate` reports what would otherwise
 * only fail `npm run build`. The compiler stops at the first error, so one
 * per file. `firstLine` is the file's line the body starts on: the body is
 * compiled below as many empty lines, so positions are the file's, as in
 * the build, which blanks the front matter the same way.
 */
export async function mdxSyntaxProblem(body: string, firstLine: number): Promise<SyntaxProblem | undefined> {
  // Loaded on first use: a content folder without lessons does not pay for the compiler.
  const { mdxToJs } = await import('satteri');
  try {
    mdxToJs('\n'.repeat(firstLine - 1) + body);
    return undefined;
  } catch (error) {
    return describe(error instanceof Error ? error.message : String(error));
  }
}

/**
 * "3:1: Expected a closing tag for `<Callout>` (3:1) (mdx-jsx:unexpected-character)"
 * as a position and a message without the compiler's error code.
 */
function describe(raw: string): SyntaxProblem {
  const placed = /^(\d+):(\d+): ([^]*)$/.exec(raw.split('\n')[0]!);
  const position = placed ? { line: Number(placed[1]), column: Number(placed[2]) } : { line: 1, column: 1 };
  const message = (placed?.[3] ?? raw)
    .replace(/ \([\w-]+:[\w-]+\)$/, '')
    .replace(/ \(\d+:\d+\)/, '')
    .replace(/^Could not parse esm with oxc: /, 'invalid import or export: ')
    .replace(/^Could not parse expression with oxc: /, 'invalid expression in `{…}`: ');
  for (const [pattern, hint] of hints) {
    const match = pattern.exec(message);
    if (match) return { message, position, hint: hint(match) };
  }
  return { message, position, hint: fallbackHint };
}
