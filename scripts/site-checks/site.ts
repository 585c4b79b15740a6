import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Folders of a built portal that hold generated assets, not pages written by Tollgate. */
const assetFolders = new Set(['pagefind', '_astro']);

/** One HTML page of a built site. */
export interface SitePage {
  /** Absolute file path. */
  file: string;
  /** Path relative to the site folder, with "/" separators, e.g. "releases/iris/index.html". */
  relativeFile: string;
  /** URL path below the base, e.g. "releases/iris/" ("" for the home page). */
  route: string;
}

/** Every file of a built site, relative paths with "/" separators, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The route a static host serves a file under: "a/index.html" → "a/", "b.html" → "b.html". */
export function routeOf(relativeFile: string): string {
  return relativeFile === 'index.html' ? '' : relativeFile.replace(/(^|\/)index\.html$/, '$1');
}

/** The HTML pages of a built site (generated asset folders such as pagefind/ left out). */
export async function listPages(dir: string): Promise<SitePage[]> {
  return (await listFiles(dir))
    .filter((file) => file.endsWith('.html') && !assetFolders.has(file.split('/')[0]!))
    .map((relativeFile) => ({ file: join(dir, relativeFile), relativeFile, route: routeOf(relativeFile) }));
}

/** Normalises a base path to start and end with "/". */
export function normaliseBase(base = '/'): string {
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}
