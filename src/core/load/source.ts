import matter from 'gray-matter';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { jsonProblem } from './json-problems.ts';
import { aliasProblem, yamlProblems } from './yaml-problems.ts';

/** A line and column, both counted from 1 as editors show them. */
export interface Position {
  line: number;
  column: number;
}

/** The parsed data of one content file, with a way back to where each field was written. */
export interface ParsedSource {
  data: unknown;
  /** Markdown body after the front matter, for .md and .mdx files. */
  body?: string;
  /** The file's line the body starts on, so that positions found in the body are the file's. */
  bodyLine?: number;
  /**
   * Where the value at `path` was written; the nearest written parent when it is missing.
   * With `'key'`, where its key was written: an unknown field is the key's mistake, not its value's.
   */
  locate(path: readonly PropertyKey[], part?: 'key'): Position;
}

/** One reason a file could not be parsed, with the parser's own position. */
export interface SyntaxProblem {
  message: string;
  position: Position;
  /** What to do, when the format's usual hint would not help. */
  hint?: string;
}

/**
 * A file that could not be parsed at all: every independent mistake found,
 * in file order, so that an author fixes them in one go.
 */
export interface Unparsed {
  problems: SyntaxProblem[];
}

export type SourceFormat = 'yaml' | 'json' | 'markdown';

/**
 * Parses YAML, JSON or Markdown front matter keeping source positions.
 * Dates stay strings: YAML 1.2 has no timestamp type, unlike gray-matter's js-yaml.
 */
export function parseSource(raw: string, format: SourceFormat, readAgain?: () => string): ParsedSource | Unparsed {
  const text = withoutBom(raw);
  if (format === 'json') return parseJson(text, readAgain && (() => withoutBom(readAgain())));
  if (format === 'yaml') return parseYaml(text);
  const file = matter(text, { engines: { yaml: () => ({}) } });
  if (!text.startsWith('---')) {
    return only({
      message: 'missing front matter: the file must start with a "---" line', position: { line: 1, column: 1 },
      hint: 'start the file with a "---" line, its fields ("title: …"), and another "---" line before the text',
    });
  }
  // gray-matter ends the front matter at the next line starting with "---"; without one, the whole
  // file would be read as YAML and fail on the first line of text with a puzzling message.
  if (text.indexOf('\n---', 3) === -1) {
    return only({ message: 'the front matter is not closed', position: { line: 1, column: 1 }, hint: 'add a "---" line after its last field, before the text' });
  }
  // gray-matter keeps the newline that ends the opening "---", so line N of
  // the front matter is line N of the file. It ends the front matter at the
  // "\n" before the closing "---": with CRLF line ends, the "\r" before it
  // would end up in the last value.
  const parsed = parseYaml(file.matter.replace(/\r$/, ''));
  // gray-matter's body is the end of the text, after the closing "---" line.
  const bodyLine = text.slice(0, text.length - file.content.length).split('\n').length;
  return 'data' in parsed ? { ...parsed, body: file.content, bodyLine } : parsed;
}

/**
 * Windows editors may start a file with a byte order mark. It is no part of
 * the content, and editors do not count it as a column.
 */
const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

const only = (problem: SyntaxProblem): Unparsed => ({ problems: [problem] });

function parseYaml(text: string): ParsedSource | Unparsed {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) return { problems: yamlProblems(text, doc, lineCounter) };
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    return only(aliasProblem(doc, lineCounter, (error as Error).message));
  }
  return { data: data ?? {}, locate: (path, part) => locateIn(doc, lineCounter, path, part) };
}

/**
 * JSON goes through JSON.parse, which is fast for large result files; the
 * positions are only worked out, with the YAML parser, when an error needs one.
 * With `readAgain`, the text is not kept for that: a build holds thousands of
 * result files, and their text would double what they take in memory.
 */
function parseJson(text: string, readAgain?: () => string): ParsedSource | Unparsed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return only(jsonProblem(text, (error as Error).message));
  }
  let located: ParsedSource | Unparsed | undefined;
  const kept = readAgain ? undefined : text;
  return {
    data,
    locate(path, part) {
      located ??= parseYaml(kept ?? readAgain!());
      return 'locate' in located ? located.locate(path, part) : { line: 1, column: 1 };
    },
  };
}

function locateIn(doc: Document, lines: LineCounter, path: readonly PropertyKey[], part?: 'key'): Position {
  let node = doc.contents as Node | null;
  // A scalar is pointed at where its value starts; a map or list at the key
  // that introduces it, which is where a reader looks for it.
  let offset = node?.range?.[0] ?? 0;
  for (const [index, key] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value as Node | null;
      const last = index === path.length - 1;
      if (isScalar(node) && node.range && !(last && part === 'key')) offset = node.range[0];
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      node = node.items[key] as Node;
      offset = node.range?.[0] ?? offset;
    } else {
      break;
    }
  }
  const at = lines.linePos(offset);
  return { line: at.line, column: at.col };
}
