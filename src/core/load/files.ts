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

/**
 * Lists the files of one content type, sorted by code unit (not by locale, which
 * differs between machines) so that every build sees them in the same order.
 *
 * Links to files are listed like files: reading them says if they lead
 * nowhere. Links to folders are not followed, as they may loop. A folder
 * that is not there has no files; one that cannot be read is reported to
 * `problems` (thrown without it), and the other folders are still listed.
 */
export async function findFiles(root: string, location: ContentLocation, problems?: Diagnostic[]): Promise<FoundFile[]> {
  if ('file' in location) return findFile(root, location.file);
  const found: FoundFile[] = [];
  await walk(root, location, '', found, problems);
  return found.sort((a, b) => byCodeUnit(a.file, b.file));
}

async function findFile(root: string, file: string): Promise<FoundFile[]> {
  const found = [{ file, id: file.replace(/\.[^.]+$/, '') }];
  try {
    // Listing the folder, rather than asking for the file, matches the name
    // exactly on case-insensitive disks too.
    return (await readdir(root)).includes(file) ? found : [];
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
  for (const entry of entries) {
    const inDir = below ? `${below}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (location.recursive) subfolders.push(inDir);
    } else if ((entry.isFile() || entry.isSymbolicLink()) && location.extensions.some((ext) => entry.name.endsWith(ext))) {
      found.push({ file: `${location.dir}/${inDir}`, id: inDir.replace(/\.[^.]+$/, '') });
    }
  }
  await Promise.all(subfolders.map((subfolder) => walk(root, location, subfolder, found, problems)));
}
