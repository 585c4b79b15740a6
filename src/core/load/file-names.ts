import { id as idSchema, type ContentType } from '../schemas/index.ts';
import type { Diagnostic } from '../validate/diagnostic.ts';
import type { FoundFile, UnreadPath } from './files.ts';

const at = (file: string, severity: Diagnostic['severity'], rule: string, message: string, hint: string): Diagnostic =>
  ({ file, line: 1, column: 1, severity, rule, message, hint });

/**
 * A file name is the id other files use to name it, and a URL segment: one
 * that no id can match ("Ana Lima.yaml", "Relay.md") would leave every
 * reference to it "unknown", so the file itself is named as the problem.
 * Result files are written by machines under any name and are never referred
 * to by theirs.
 */
export function fileNameProblems(type: ContentType, files: readonly FoundFile[]): Diagnostic[] {
  if ('file' in type.location || type.location.recursive) return [];
  return files
    .filter(({ id }) => !idSchema.safeParse(id).success)
    .map(({ file, id }) => {
      const suggested = id.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+|-+$/g, '');
      const renamed = suggested ? `rename it to ${file.slice(0, file.length - id.length - extensionOf(file).length)}${suggested}${extensionOf(file)}` : 'rename it';
      return at(file, 'error', 'file-name', `file name "${id}" is not a valid id: ids are lower-case letters, digits, ".", "_" or "-"`,
        `${renamed}; other files name it by its id`);
    });
}

/**
 * Files and folders that look like content of this type but are not read:
 * a warning each, as the portal would otherwise simply lack them.
 */
export function unreadWarnings(type: ContentType, unread: readonly UnreadPath[]): Diagnostic[] {
  const location = type.location;
  return unread.map(({ path, folder }) => {
    if ('file' in location) {
      return at(path, 'warning', 'unread-file', `this file is not read: the ${type.title.toLowerCase()} file must be named ${location.file}`, `rename it to ${location.file}`);
    }
    const extensions = location.extensions.join(' or ');
    if (folder) {
      return at(`${path}/`, 'warning', 'unread-folder', `the files in this folder are not read: ${location.dir}/ takes no sub-folders`, `move them up into ${location.dir}/`);
    }
    return at(path, 'warning', 'unread-file', `this file is not read: ${location.dir}/ holds ${extensions} files`,
      `rename it to end in ${location.extensions[0]}, or move it to the folder of its own type (see "Content reference" in README.md)`);
  });
}

const extensionOf = (file: string) => /\.[^./]+$/.exec(file)?.[0] ?? '';
