import type { Dirent } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { byCodeUnit } from '../order.ts';
import type { ContentLocation } from '../schemas/index.ts';
import type { Diagnostic } from '../validate/diagnostic.ts';
import { isMissing, unreadableFolder } from './read-problems.ts';

/** A content file found on disk, and the id its path gives it. */
export interface FoundFile {
  /** Path relative to the content folder, with "/" separators. */
  file: string;
  /** The file name without extension (relative path without extension for nested folders). */
  id: string;
}

/** A file or folder that looks like content of a type but is not read, relative to the content folder. */
export interface UnreadPath {
  path: string;
  folder: boolean;
}

/**
 * Lists the files of one content type, sorted by code unit (not by locale, which
 * differs between machines) so that every build sees them in the same order.
 *
 * Links to files are listed like files: reading them says if they lead
 * nowhere. Links to folders are not followed, as they may loop. A folder
 * that is not there has no files; one that cannot be read is reported to
 * `problems` (thrown without it), and the other folders are still listed.
 *
 * What looks like content but is not read goes to `unread`, so that a
 * release written as YAML, or kept in a sub-folder, is not silently left out:
 * files with another content extension (.yaml in projects/), and sub-folders
 * holding files of the type where the type reads none.
 */
export async function findFiles(root: string, location: ContentLocation, problems?: Diagnostic[], unread?: UnreadPath[]): Promise<FoundFile[]> {
  if ('file' in location) return findFile(root, location.file, unread);
  const found: FoundFile[] = [];
  await walk(root, location, '', found, problems, unread);
  unread?.sort((a, b) => byCodeUnit(a.path, b.path));
  return found.sort((a, b) => byCodeUnit(a.file, b.file));
}

/** Extensions of the files Tollgate reads, and Markdown's long one: what a content file is likely to be called. */
const contentExtensions = ['.md', '.mdx', '.markdown', '.yaml', '.yml', '.json'];

const looksLikeContent = (name: string) => !name.startsWith('.') && contentExtensions.some((ext) => name.toLowerCase().endsWith(ext));

async function findFile(root: string, file: string, unread: UnreadPath[] | undefined): Promise<FoundFile[]> {
  const found = [{ file, id: file.replace(/\.[^.]+$/, '') }];
  try {
    // Listing the folder, rather than asking for the file, matches the name
    // exactly on case-insensitive disks too.
    const names = await readdir(root);
    if (names.includes(file)) return found;
    // "glossary.yml" or "Portal.yaml": the file meant, under a name that is not read.
    const stem = file.replace(/\.[^.]+$/, '').toLowerCase();
    unread?.push(...names.filter((name) => looksLikeContent(name) && name.replace(/\.[^.]+$/, '').toLowerCase() === stem).map((path) => ({ path, folder: false })));
    return [];
  } catch (error) {
    if (isMissing(error)) return [];
    // A folder that can be entered but not listed still lets its files be
    // read; otherwise reading the file says what is wrong.
    return lstat(join(root, file)).then(() => found, (cause: unknown) => (isMissing(cause) ? [] : found));
  }
}

/** Lists `below` (a path under the type's folder, "" for the folder itself) and, for recursive types, the folders under it. */
async function walk(
  root: string,
  location: Exclude<ContentLocation, { file: string }>,
  below: string,
  found: FoundFile[],
  problems: Diagnostic[] | undefined,
  unread: UnreadPath[] | undefined,
): Promise<void> {
  const folder = below ? `${location.dir}/${below}` : location.dir;
  let entries: Dirent[];
  try {
    entries = await readdir(join(root, folder), { withFileTypes: true });
  } catch (error) {
    if (isMissing(error)) return;
    if (!problems) throw error;
    problems.push(unreadableFolder(folder, error));
    return;
  }
  const subfolders: string[] = [];
  const read = (name: string) => location.extensions.some((ext) => name.endsWith(ext));
  for (const entry of entries) {
    const inDir = below ? `${below}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (location.recursive) subfolders.push(inDir);
      else if (unread && !entry.name.startsWith('.') && (await holdsAny(join(root, folder, entry.name), read))) unread.push({ path: `${folder}/${entry.name}`, folder: true });
    } else if ((entry.isFile() || entry.isSymbolicLink()) && read(entry.name)) {
      found.push({ file: `${location.dir}/${inDir}`, id: inDir.replace(/\.[^.]+$/, '') });
    } else if (entry.isFile() && looksLikeContent(entry.name)) {
      unread?.push({ path: `${folder}/${entry.name}`, folder: false });
    }
  }
  await Promise.all(subfolders.map((subfolder) => walk(root, location, subfolder, found, problems, unread)));
}

/** Whether a folder directly holds a file the type would read; one that cannot be listed holds none that matters here. */
async function holdsAny(path: string, read: (name: string) => boolean): Promise<boolean> {
  const names = await readdir(path).catch(() => [] as string[]);
  return names.some(read);
}
