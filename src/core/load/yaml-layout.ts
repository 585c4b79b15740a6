import { visit, type Document, type LineCounter, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Position, SyntaxProblem } from './source.ts';

/*
 * Where an indentation or bracket mistake in YAML is: the parser reports
 * each where it noticed it, often a line after the author's mistake.
 */

/**
 * A line indented less than the one above it, but not back to a key above:
 * the parser says "All mapping items must start at the same column" or
 * "Sequence item without - indicator", at the start of the line.
 */
export const misaligned = (code: string, message: string) =>
  (code === 'BAD_INDENT' && message.startsWith('All mapping items')) || (code === 'MISSING_CHAR' && message.startsWith('Sequence item without'));

/** Where a line's text starts, after its indentation and a list item's "- ". */
const textColumn = (line: string) => /^[ ]*(?:-[ ]+)?/.exec(line)![0].length + 1;

/** The line not lined up, at its first character, with the column of the line above it as the fix. */
export function notLinedUp(text: string, line: number): SyntaxProblem {
  const all = text.split('\n');
  const column = /^ */.exec(all[line - 1] ?? '')![0].length + 1;
  const above = all.slice(0, line - 1).reverse().find((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
  const aboveColumn = above === undefined ? 1 : textColumn(above);
  return {
    message: 'this line is not lined up with the fields above it', position: { line, column },
    hint: `indent it as far as the line above it (column ${aboveColumn}) if it belongs to the same entry, or as far as the key above it that it belongs under`,
  };
}

/**
 * The list (`[…]`) or mapping (`{…}`) left open before `offset`, the innermost
 * if several: the parser reports a missing "]" on the line after it, where
 * the next field starts, and in its own words ("Flow sequence in block
 * collection must be sufficiently indented and end with a ]").
 */
export function unclosedFlow(text: string, doc: Document, offset: number): { offset: number; list: boolean } | undefined {
  let found: { offset: number; list: boolean } | undefined;
  const check = (node: YAMLMap | YAMLSeq, list: boolean) => {
    const start = node.range?.[0];
    if (!node.flow || start === undefined || start >= offset || (found && found.offset > start)) return;
    if (depth(text.slice(start, offset)) > 0) found = { offset: start, list };
  };
  visit(doc, { Map: (_, node) => check(node, false), Seq: (_, node) => check(node, true) });
  return found;
}

/** How many brackets and braces are open at the end of `text`, outside quotes. */
function depth(text: string): number {
  let open = 0;
  for (const [, quoted, bracket] of text.matchAll(/("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')|([[\]{}])/g)) {
    if (quoted === undefined) open += bracket === '[' || bracket === '{' ? 1 : -1;
  }
  return open;
}

/**
 * A line indented further than the one above it (`name: Ana` then
 * `  affiliation: …`) makes the value above run on over it, and its colon
 * turns that value into a key spread over lines: the parser reports it at
 * the value above, as "nested mappings" and "implicit keys". The author's
 * mistake is the indented line, where this points.
 */
export function indentedFurther(text: string, doc: Document, lines: LineCounter, offset: number): Position | undefined {
  const key = doc.errors.find((error) => error.code === 'MULTILINE_IMPLICIT_KEY' && error.pos[0] === offset);
  if (!key) return undefined;
  const first = lines.linePos(offset).line;
  const last = lines.linePos(key.pos[1]).line;
  const indent = (line: number) => /^ */.exec(text.slice(lines.lineStarts[line - 1]))![0].length;
  return last > first && indent(last) > indent(first) ? { line: last, column: indent(last) + 1 } : undefined;
}
