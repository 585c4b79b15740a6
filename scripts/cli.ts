import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { resolveContentDir, resolveUserPath } from '../src/core/settings.ts';

/** The content folder for this run: `--content DIR`, else TOLLGATE_CONTENT, else ./content. */
export const contentDir = (option?: string): string => resolveContentDir(option);

/**
 * A path from the command line, made absolute against the folder the user ran
 * the command in: `npm run` starts every script in the package root, so a
 * plain `resolve` would read `r.xml` from there. Defaults that name the
 * project's own folders (`dist`, `schemas`) are not user paths: resolve them
 * as before.
 */
export const userPath = (path: string): string => resolveUserPath(path);

/**
 * Where a command writes: the folder the user named, read from where they
 * ran npm, else the project's own default (dist/, schemas/…), which belongs
 * to the project wherever npm was run.
 */
export const outputPath = (option: string | undefined, projectDefault: string): string =>
  option === undefined ? resolve(projectDefault) : userPath(option);

/** A path as the user should see it: relative to the folder they ran the command in. */
export function shownPath(path: string): string {
  return relative(resolveUserPath('.'), path) || path;
}

/**
 * The content folder for this run (see `contentDir`), refused with exit 2
 * when it is missing or a file: reading on would report a missing
 * portal.yaml "in" a file, or create a folder the user mistyped.
 */
export function existingContentDir(option?: string): string {
  const root = contentDir(option);
  const hint = 'hint: pass --content DIR (the folder holding portal.yaml) or set TOLLGATE_CONTENT';
  const info = statSync(root, { throwIfNoEntry: false });
  if (!info) fail(`content folder not found: ${root}\n${hint}`, 2);
  if (!info.isDirectory()) fail(`content folder ${root} is a file, not a folder\n${hint}`, 2);
  return root;
}

interface Accepts {
  /** Whether the script takes arguments besides its options (import's files, new's kind and id). */
  positionals?: boolean;
}

/**
 * Parses command-line options, turning a usage mistake into a one-line error.
 * Arguments besides the options are refused unless the script takes them:
 * `npm run build -- ../my-content` would otherwise build ./content.
 */
export function parseOptions<T extends ParseArgsConfig['options']>(options: T, usage: string, { positionals = false }: Accepts = {}) {
  const args = process.argv.slice(2);
  let parsed;
  try {
    parsed = parseArgs({ options, allowPositionals: true, args });
  } catch (error) {
    fail(`${describeParseError(error as Error & { code?: string }, args)}\nusage: ${usage}`, 2);
  }
  const [stray] = positionals ? [] : parsed.positionals;
  if (stray !== undefined) {
    const guess = options && 'content' in options ? `; did you mean --content ${stray}?` : '';
    fail(`unexpected argument "${stray}"${guess}\nusage: ${usage}`, 2);
  }
  return parsed;
}

/** Node's message, except for a value starting with "-", which Node explains in three lines. */
function describeParseError(error: Error & { code?: string }, args: readonly string[]): string {
  const ambiguous = /^Option '(--[^']+)' argument is ambiguous/.exec(error.message);
  if (error.code !== 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' || !ambiguous) return error.message;
  const option = ambiguous[1]!;
  const value = args[args.indexOf(option) + 1] ?? '-…';
  return `${option} needs its value after =, as in ${option}=${value}`;
}

/** Prints a message for the user and exits: no stack trace reaches them. */
export function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

/** Runs a script's main function; an unexpected error is reported in one line, not as a stack trace. */
export function run(main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => fail(`tollgate: ${error instanceof Error ? error.message : String(error)}`),
  );
}
