import { parseArgs, type ParseArgsConfig } from 'node:util';
import { resolveContentDir } from '../src/core/settings.ts';

/** The content folder for this run: `--content DIR`, else TOLLGATE_CONTENT, else ./content. */
export const contentDir = (option?: string): string => resolveContentDir(option);

/** Parses command-line options, turning a usage mistake into a one-line error. */
export function parseOptions<T extends ParseArgsConfig['options']>(options: T, usage: string) {
  try {
    return parseArgs({ options, allowPositionals: true, args: process.argv.slice(2) });
  } catch (error) {
    fail(`${(error as Error).message}\nusage: ${usage}`, 2);
  }
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
