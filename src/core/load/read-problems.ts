import type { Diagnostic } from '../validate/diagnostic.ts';
import type { SourceFormat, Unparsed } from './source.ts';

/**
 * What the system said, without the error code and the absolute path that
 * Node puts around it: "EACCES: permission denied, open '/…'" reads
 * "permission denied", and the diagnostic names the file already.
 */
function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '');
}

const code = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

const problem = (file: string, message: string, hint: string): Diagnostic =>
  ({ file, line: 1, column: 1, severity: 'error', rule: 'unreadable', message, hint });

/** True when a folder is simply not there, which only means its content type has no files. */
export const isMissing = (error: unknown) => code(error) === 'ENOENT';

/**
 * A content file that was listed but could not be read. The folder listing
 * keeps links to files, so a link that leads nowhere or to a folder shows
 * up here, when it is opened.
 */
export function unreadableFile(file: string, error: unknown): Diagnostic {
  switch (code(error)) {
    case 'ENOENT':
      return problem(file, 'this link points to nothing', 'point the link at an existing file, or remove it');
    case 'ELOOP':
      return problem(file, 'this link points to itself, through a loop of links', 'point the link at a file');
    case 'EISDIR':
      return problem(file, 'this link points to a folder, not a file', 'link a file instead: links to folders are not followed');
    default:
      return cannotRead(file, 'file', error);
  }
}

/**
 * A content folder that is there but could not be listed. Its files are
 * unknown, not absent: saying so once spares an "unknown id" error for each
 * file that names one of them.
 */
export function unreadableFolder(folder: string, error: unknown): Diagnostic {
  if (code(error) === 'ENOTDIR') {
    return problem(folder, 'this is a file, where a folder of content files belongs', 'rename the file, and put the content files in a folder of this name');
  }
  return cannotRead(`${folder}/`, 'folder', error);
}

/** What files and folders alike say when the system refuses them: permission, or the system's own reason. */
function cannotRead(path: string, what: 'file' | 'folder', error: unknown): Diagnostic {
  const denied = code(error) === 'EACCES' || code(error) === 'EPERM';
  return denied
    ? problem(path, `cannot read this ${what}: permission denied`, 'check its permissions')
    : problem(path, `cannot read this ${what}: ${reason(error)}`, `check that the ${what} can be read`);
}

/** What to do about a syntax error the parser gives no better advice for. */
const syntaxHints: Record<SourceFormat, string> = {
  json: 'fix the JSON syntax at this position',
  yaml: 'fix the YAML syntax at this position (indentation, quotes, colons)',
  markdown: 'fix the YAML syntax at this position (indentation, quotes, colons)',
};

/**
 * A file that could not be parsed, one error per problem: the loader and
 * `npm run new` (for a cadence template) report syntax mistakes alike.
 */
export function syntaxDiagnostics(file: string, unparsed: Unparsed, format: SourceFormat): Diagnostic[] {
  return unparsed.problems.map((problem) => ({
    file, ...problem.position, severity: 'error', rule: 'syntax', message: problem.message, hint: problem.hint ?? syntaxHints[format],
  }));
}
