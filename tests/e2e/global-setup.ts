import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { writeHostileContent } from './support/hostile-content.ts';
import { serveStatic, type StaticSite } from './support/static-server.ts';

/** The build date every e2e build uses, so pages (and their "today") are the same on every run. */
export const buildDate = '2026-11-24';

/** A built portal and where it is served. */
export interface BuiltSite {
  dir: string;
  url: string;
  base: string;
  /** What `npm run build` printed (empty for a site served as it is). */
  log: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The sample community, built under "/". */
    sample: BuiltSite;
    /** The same content built under the base path /tollgate/. */
    sampleUnderBase: BuiltSite;
    /** Content with script payloads in every text field. */
    hostile: BuiltSite;
    /** tests/fixtures/broken-site, served as is. */
    broken: BuiltSite;
    /** A community's first portal: a content folder with portal.yaml only, the one file required. */
    newCommunity: BuiltSite;
  }
}

/** Runs `npm run build` in a child process and gives what it printed; a failed build fails the suite with the builder's own report. */
function build(content: string, out: string, scratch: string, env: Record<string, string> = {}): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['scripts/build.ts', '--content', content, '--out', out], {
      env: {
        ...process.env,
        SOURCE_DATE_EPOCH: String(Date.parse(`${buildDate}T00:00:00Z`) / 1000),
        TOLLGATE_CACHE_DIR: join(scratch, 'astro-cache'),
        CI: '1',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done(output) : fail(new Error(`building ${content} into ${out} failed:\n${output.slice(-4000)}`))));
  });
}

/**
 * Builds the portal once for the whole e2e run (sample content, the same under
 * /tollgate/, and hostile content), into a scratch folder, and serves each on
 * 127.0.0.1. TOLLGATE_CONTENT picks another content folder, as for the build.
 */
export default async function setup(project: TestProject) {
  const scratch = await mkdtemp(join(tmpdir(), 'tollgate-e2e-'));
  const content = resolve(process.env.TOLLGATE_CONTENT ?? 'content');
  const logs: Record<string, string> = {};
  const dirs = { sample: join(scratch, 'sample'), sampleUnderBase: join(scratch, 'under-base'), hostile: join(scratch, 'hostile'), newCommunity: join(scratch, 'new-community') };
  try {
    const hostileContent = join(scratch, 'hostile-content');
    await writeHostileContent(content, hostileContent);
    await mkdir(join(scratch, 'builds'));
    // One after another: Astro writes generated modules to the project's .astro/ folder, which parallel builds would share.
    logs.sample = await build(content, dirs.sample, join(scratch, 'builds/a'));
    logs.sampleUnderBase = await build(content, dirs.sampleUnderBase, join(scratch, 'builds/b'), { TOLLGATE_BASE: '/tollgate/' });
    logs.hostile = await build(hostileContent, dirs.hostile, join(scratch, 'builds/c'));
    const newContent = join(scratch, 'new-community-content');
    await mkdir(newContent);
    await writeFile(join(newContent, 'portal.yaml'), 'name: New Community\ndescription: Our first release portal.\nsite: https://releases.example.org\n');
    logs.newCommunity = await build(newContent, dirs.newCommunity, join(scratch, 'builds/d'));
  } catch (error) {
    // No teardown runs when setup fails: leave no scratch folder behind.
    await rm(scratch, { recursive: true, force: true });
    throw error;
  }

  const servers: StaticSite[] = [];
  const serve = async (dir: string, base: string, log = ''): Promise<BuiltSite> => {
    const site = await serveStatic(dir, base);
    servers.push(site);
    return { dir, url: site.url, base, log };
  };
  project.provide('sample', await serve(dirs.sample, '/', logs.sample));
  project.provide('sampleUnderBase', await serve(dirs.sampleUnderBase, '/tollgate/', logs.sampleUnderBase));
  project.provide('hostile', await serve(dirs.hostile, '/', logs.hostile));
  project.provide('broken', await serve(resolve('tests/fixtures/broken-site'), '/'));
  project.provide('newCommunity', await serve(dirs.newCommunity, '/', logs.newCommunity));

  return async () => {
    await Promise.all(servers.map((server) => server.close()));
    if (!process.env.TOLLGATE_E2E_KEEP) await rm(scratch, { recursive: true, force: true });
  };
}
