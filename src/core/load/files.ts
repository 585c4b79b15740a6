import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { byCodeUnit } from '../order.ts';
import type { ContentLocation } from '../schemas/index.ts';

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
 */
export async function findFiles(root: string, location: ContentLocation): Promise<FoundFile[]> {
  if ('file' in location) {
    const entries = await readdir(root).catch(() => [] as string[]);
    return entries.includes(location.file) ? [{ file: location.file, id: location.file.replace(/\.[^.]+$/, '') }] : [];
  }
  const dir = join(root, location.dir);
  const names = await readdir(dir, { recursive: location.recursive ?? false, withFileTypes: true }).catch(() => []);
  return names
    .filter((entry) => entry.isFile() && location.extensions.some((ext) => entry.name.endsWith(ext)))
    .map((entry) => {
      // readdir names each entry's folder as `dir` or a folder below it: a
      // slice, where path.relative would resolve two paths for every file.
      const parent = entry.parentPath;
      const folder = parent === dir ? '' : parent.startsWith(dir + sep) ? parent.slice(dir.length + 1) : relative(dir, parent);
      const inDir = folder ? `${folder.split(sep).join('/')}/${entry.name}` : entry.name;
      return { file: `${location.dir}/${inDir}`, id: inDir.replace(/\.[^.]+$/, '') };
    })
    .sort((a, b) => byCodeUnit(a.file, b.file));
}
