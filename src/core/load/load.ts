import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { contentTypes, type ContentKind, type ContentType, type DataOf } from '../schemas/index.ts';
import type { Diagnostic } from '../validate/diagnostic.ts';
import { schemaDiagnostics } from '../validate/schema-issues.ts';
import { compileFastCheck, type FastCheck } from './fast-check.ts';
import { fileNameProblems, unreadWarnings } from './file-names.ts';
import { findFiles, type UnreadPath } from './files.ts';
import { mdxUndefinedNames } from './mdx-names.ts';
import { mdxSyntaxProblem } from './mdx-syntax.ts';
import { misplacedFile } from './misplaced.ts';
import { mapInPool, readAhead } from './pool.ts';
import { syntaxDiagnostics, unreadableFile } from './read-problems.ts';
import { parseSource, type ParsedSource, type Position } from './source.ts';

/** One content file that parsed and matched its schema. */
export interface Entry<T> {
  id: string;
  /** Path relative to the content folder, with "/" separators. */
  file: string;
  data: T;
  /** Markdown body, for Markdown and MDX files. */
  body?: string;
  /** The file's line the body starts on, for checks that point into the body. */
  bodyLine?: number;
  /** Where a field of this file was written (its key, with `'key'`), for later checks' messages. */
  locate(path: readonly PropertyKey[], part?: 'key'): Position;
}

/**
 * A file, or a folder of them, that is there but was left out of the content:
 * its diagnostics say why. Later checks name it rather than call its ids unknown.
 */
export interface FailedFile {
  kind: ContentKind;
  /** Path relative to the content folder, as its diagnostics name it. */
  file: string;
  /** The id the file would have given; none for a folder, whose files are unknown. */
  id?: string;
  /**
   * What the file holds, for a file that parsed but failed its schema: its
   * references can still be checked, so that fixing its schema errors does
   * not reveal a second round of problems.
   */
  source?: ParsedSource;
}

/** Every valid entry of a content folder, by kind. Invalid files are left out, reported, and listed in `failed`. */
export type Content = { root: string; failed: FailedFile[] } & { [K in ContentKind]: Entry<DataOf<K>>[] };

export interface Loaded {
  content: Content;
  diagnostics: Diagnostic[];
}

/**
 * Reads, parses and schema-checks every content file under `root`. Never
 * throws for bad content: every problem becomes a diagnostic, so that one run
 * reports them all.
 */
export async function loadContent(root: string): Promise<Loaded> {
  const diagnostics: Diagnostic[] = [];
  const content = { root, failed: [] as FailedFile[] } as Content;
  const kinds = Object.keys(contentTypes) as ContentKind[];
  await Promise.all(
    kinds.map(async (kind) => {
      const entries = await loadKind(root, kind, diagnostics, content.failed);
      (content as Record<ContentKind, unknown>)[kind] = entries;
    }),
  );
  if (content.portal.length === 0 && !diagnostics.some((d) => d.file === 'portal.yaml')) {
    diagnostics.push({
      file: 'portal.yaml', line: 1, column: 1, severity: 'error', rule: 'missing-file',
      message: 'portal.yaml is missing',
      hint: `create it in ${root} with at least name, description and site`,
    });
  }
  return { content, diagnostics };
}

async function loadKind<K extends ContentKind>(root: string, kind: K, diagnostics: Diagnostic[], failed: FailedFile[]): Promise<Entry<DataOf<K>>[]> {
  const type = contentTypes[kind];
  const folderProblems: Diagnostic[] = [];
  const unread: UnreadPath[] = [];
  const files = await findFiles(root, type.location, folderProblems, unread);
  diagnostics.push(...folderProblems, ...unreadWarnings(type, unread), ...fileNameProblems(type, files));
  failed.push(...folderProblems.map((problem) => ({ kind, file: problem.file })));
  const fast = files.length ? fastCheckFor(type) : undefined;
  const entries = await mapInPool(
    files,
    readAhead,
    async ({ file, id }): Promise<Entry<DataOf<K>> | undefined> => {
      const fail = (problems: Diagnostic[], parsed?: ParsedSource) => {
        diagnostics.push(...problems);
        failed.push(parsed ? { kind, file, id, source: parsed } : { kind, file, id });
        return undefined;
      };
      const path = join(root, file);
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        return fail([unreadableFile(file, error)]);
      }
      const source = parseSource(text, type.format, () => readFileSync(path, 'utf8'));
      if (!('data' in source)) {
        return fail(syntaxDiagnostics(file, source, type.format));
      }
      if (fast?.(source.data)) return { id, file, data: source.data as DataOf<K>, locate: source.locate };
      // Only .mdx bodies are compiled: the others are never awaited, results by the thousand included.
      const bodyProblems = file.endsWith('.mdx') ? await mdxProblems(file, source) : [];
      // zod has the last word: its output, or its issues for the messages. A
      // refused file may have some defaults filled in already: zod fills in the same.
      const result = type.schema.safeParse(source.data, { reportInput: true });
      if (!result.success) {
        const misplaced = misplacedFile(kind, file, source.data, result.error.issues);
        return misplaced ? fail([misplaced]) : fail([...bodyProblems, ...schemaDiagnostics(file, source, result.error.issues, type.format, type.schema)], source);
      }
      // A lesson whose body does not compile keeps its valid front matter for the other checks; its error stops the build.
      diagnostics.push(...bodyProblems);
      return { id, file, data: result.data as DataOf<K>, body: source.body, bodyLine: source.bodyLine, locate: source.locate };
    },
  );
  return entries.filter((entry) => entry !== undefined);
}

/**
 * The MDX syntax error of an `.mdx` file's body, as the build would meet it;
 * for a body that compiles, the names it uses that rendering would not find.
 */
async function mdxProblems(file: string, source: ParsedSource): Promise<Diagnostic[]> {
  if (source.body === undefined) return [];
  const problem = await mdxSyntaxProblem(source.body, source.bodyLine ?? 1);
  const problems = problem ? [problem] : await mdxUndefinedNames(source.body, source.bodyLine ?? 1);
  return problems.map((p) => ({ file, ...p.position, severity: 'error', rule: 'mdx-syntax', message: p.message, hint: p.hint }));
}

const fastChecks = new Map<z.ZodType, FastCheck | undefined>();

/**
 * JSON kinds (test results) come by the thousand, written by machines: they
 * are checked in place by a validator compiled once from their zod schema
 * (see fast-check.ts), and only a file it does not accept goes through zod.
 * Hand-written YAML and Markdown files are few: zod reads them directly.
 */
function fastCheckFor(type: ContentType): FastCheck | undefined {
  if (type.format !== 'json') return undefined;
  if (!fastChecks.has(type.schema)) fastChecks.set(type.schema, compileFastCheck(type.schema));
  return fastChecks.get(type.schema);
}
