import { isScalar, visit, type Document, type LineCounter } from 'yaml';
import type { SyntaxProblem } from './source.ts';
import { indentedFurther, misaligned, notLinedUp, unclosedFlow } from './yaml-layout.ts';

/**
 * The parser's errors, one per line: it goes on after a mistake, and a
 * single mistake often yields two or three errors at the same place (a line
 * indented too far is a "nested mapping" and a "multi-line key"). Mistakes
 * on different lines are each reported.
 */
export function yamlProblems(text: string, doc: Document, lines: LineCounter): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  let lastLine = 0;
  for (const error of doc.errors) {
    const at = lines.linePos(error.pos[0]);
    if (at.line === lastLine) continue;
    lastLine = at.line;
    const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const opened = error.code === 'MISSING_CHAR' ? unclosedQuote(doc, error.pos[0]) : undefined;
    const indented = indentedFurther(text, doc, lines, error.pos[0]);
    const flow = error.code === 'BAD_INDENT' ? unclosedFlow(text, doc, error.pos[0]) : undefined;
    if (indented) {
      problems.push({
        message: 'this line is indented further than the line above it', position: indented,
        hint: 'indent it as far as the line above it; if it continues the value above it, put that value in quotes',
      });
    } else if (error.code === 'TAB_AS_INDENT') {
      // Editors often insert a tab where YAML only accepts spaces; the parser's wording does not say what to type.
      problems.push({
        message: 'a tab indents this line: YAML indents with spaces only', position: { line: at.line, column: at.col },
        hint: 'replace the tab with spaces, as many as the lines around it use',
      });
    } else if (misaligned(error.code, message)) {
      problems.push(notLinedUp(text, at.line));
    } else if (flow) {
      const start = lines.linePos(flow.offset);
      const [what, close] = flow.list ? ['list', ']'] : ['mapping', '}'];
      problems.push({
        message: `the ${what} opened with "${text[flow.offset]}" here is not closed`, position: { line: start.line, column: start.col },
        hint: `close it with "${close}"; if it goes on over several lines, indent them further than the line it starts on`,
      });
    } else if (opened === undefined) {
      problems.push({ message, position: { line: at.line, column: at.col }, ...explained(text, doc, lines, error.code, error.pos[0]) });
    } else {
      const start = lines.linePos(opened);
      problems.push({
        message, position: { line: start.line, column: start.col },
        hint: 'close the quote opened here: until it is closed, the value runs on over the lines below it',
      });
    }
  }
  return problems;
}

/**
 * The parser's wording for the mistakes authors make most, said in theirs:
 * a key written twice (which key, and where the first one is), a ": " inside
 * a plain value (a description or a definition), a value starting with a
 * character YAML reserves (a Matrix handle's "@", a backtick, a wildcard's
 * "*"), and a "---" line that ends a first document.
 */
function explained(text: string, doc: Document, lines: LineCounter, code: string, offset: number): Partial<SyntaxProblem> {
  if (code === 'DUPLICATE_KEY') {
    const first = firstOfDuplicate(doc, offset);
    if (!first) return {};
    return { message: `\`${first.key}\` is written twice in this mapping`, hint: `keep one of them: the first is on line ${lines.linePos(first.offset).line}` };
  }
  const lineEnd = text.indexOf('\n', offset);
  if (code === 'BLOCK_AS_IMPLICIT_KEY' && text.slice(offset, lineEnd === -1 ? undefined : lineEnd).includes(': ')) {
    return { message: 'this value holds ": ", which YAML reads as the start of a mapping', hint: 'put the whole value in quotes' };
  }
  if (code === 'BAD_ALIAS') return { hint: wildcardHint };
  // Front matter is fenced with "---"; a YAML file copied from it keeps the closing fence.
  if (code === 'MULTIPLE_DOCS') {
    return {
      message: 'this "---" line starts a second YAML document: a content file holds one',
      hint: 'remove the line: a YAML file needs no "---" around its fields, unlike front matter; fields after it belong above it',
    };
  }
  if (code === 'BAD_SCALAR_START') {
    return { hint: `put the value in quotes: YAML does not let a value start with "${text[offset]}" unquoted` };
  }
  return {};
}

/** A waiver's or a release's candidate pattern may start with "*", which unquoted YAML reads as an alias. */
const wildcardHint = 'put the value in quotes ("*…"): unquoted, a value starting with "*" is an alias of another value';

/** The key that a key written again at `offset` repeats, and where it was first written. */
function firstOfDuplicate(doc: Document, offset: number): { key: string; offset: number } | undefined {
  let found: { key: string; offset: number } | undefined;
  visit(doc, {
    Map(_, map) {
      const again = map.items.find((pair) => isScalar(pair.key) && pair.key.range?.[0] === offset);
      if (!again) return undefined;
      const key = String((again.key as { value: unknown }).value);
      const first = map.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === key);
      found = { key, offset: (first!.key as { range?: [number, number, number] }).range?.[0] ?? offset };
      return visit.BREAK;
    },
  });
  return found;
}

/**
 * Where the quoted value that an unclosed-quote error ends in starts. The
 * parser reports the error where the quote should have been closed, at the
 * end of the file or of its list, far from the quote an author has to close.
 */
function unclosedQuote(doc: Document, offset: number): number | undefined {
  let start: number | undefined;
  visit(doc, {
    Scalar(_, scalar) {
      const quoted = scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE';
      if (!quoted || !scalar.range || scalar.range[0] >= offset || scalar.range[1] < offset) return undefined;
      start = scalar.range[0];
      return visit.BREAK;
    },
  });
  return start;
}

/**
 * The YAML parser accepts aliases (`*name`) it cannot expand; only turning
 * the document into data finds them, and throws without a position: an alias
 * to no anchor, or so many nested aliases that the data would fill the
 * memory (a "billion laughs" file). Either is a problem of that one file.
 */
export function aliasProblem(doc: Document, lines: LineCounter, message: string): SyntaxProblem {
  const unresolved = /^Unresolved alias .*: (.+)$/.exec(message)?.[1];
  let offset = doc.contents?.range?.[0] ?? 0;
  if (unresolved !== undefined) {
    visit(doc, {
      Alias(_, alias) {
        if (alias.source !== unresolved) return undefined;
        offset = alias.range?.[0] ?? offset;
        return visit.BREAK;
      },
    });
  }
  const at = lines.linePos(offset);
  const position = { line: at.line, column: at.col };
  if (unresolved !== undefined) {
    return {
      message: `alias *${unresolved} names no anchor above it`, position,
      hint: `for a text starting with "*" (a wildcard), put it in quotes ("*${unresolved}"); for an alias, add &${unresolved} to the value it stands for, above it`,
    };
  }
  if (message.startsWith('Excessive alias count')) {
    return { message: 'this file expands too many aliases (*name): expanded, its data would be huge', position, hint: 'write the values out, or use fewer aliases of values that hold aliases themselves' };
  }
  return { message, position };
}
