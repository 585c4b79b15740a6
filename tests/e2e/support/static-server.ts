import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

/**
 * Content types as a static host (Netlify, GitHub Pages, nginx) sends them.
 * The browser tests depend on them: a module script served as text/plain is
 * refused, and calendar apps only subscribe to text/calendar.
 */
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.ics': 'text/calendar; charset=utf-8',
  '.atom': 'application/atom+xml',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

/** An .xml file that is an Atom feed is served as one, like hosts configured for feeds do. */
async function typeOf(file: string): Promise<string> {
  const extension = extname(file);
  if (extension === '.xml') {
    const handle = await open(file);
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(1024), 0, 1024, 0);
      if (/<feed[\s>]/.test(buffer.subarray(0, bytesRead).toString('utf8'))) return 'application/atom+xml';
    } finally {
      await handle.close();
    }
  }
  return contentTypes[extension] ?? 'application/octet-stream';
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

/** The file for a URL path inside `root`, or undefined; never a file outside `root`. */
async function resolveFile(root: string, base: string, pathname: string): Promise<string | undefined> {
  if (!pathname.startsWith(base) && `${pathname}/` !== base) return undefined;
  const relative = decodeURIComponent(pathname.slice(base.length));
  const path = normalize(join(root, relative));
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  for (const candidate of [path, join(path, 'index.html')]) {
    if (await isFile(candidate)) return candidate;
  }
  return undefined;
}

export interface StaticSite {
  /** Origin plus base path, ending with "/", e.g. http://127.0.0.1:4321/tollgate/ */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built portal on 127.0.0.1 (a free port) under `base`, the way a
 * static host would: directory URLs serve their index.html, unknown paths 404.
 */
export async function serveStatic(folder: string, base = '/'): Promise<StaticSite> {
  const root = resolve(folder);
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    resolveFile(root, base, pathname)
      .then(async (file) => {
        if (!file) {
          const notFound = join(root, '404.html');
          response.writeHead(404, { 'content-type': contentTypes['.html']! });
          if (await isFile(notFound)) createReadStream(notFound).pipe(response);
          else response.end('<!doctype html><title>Not found</title><h1>Not found</h1>');
          return;
        }
        response.writeHead(200, { 'content-type': await typeOf(file), 'cache-control': 'no-store' });
        if (request.method === 'HEAD') response.end();
        else createReadStream(file).pipe(response);
      })
      .catch((error: Error) => {
        response.writeHead(500, { 'content-type': contentTypes['.txt']! });
        response.end(error.message);
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
