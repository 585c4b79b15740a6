import { existsSync } from 'node:fs';
import { copyFile, lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Result files that could not be written, said in one line naming the folder or file and what to do. */
export class WriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WriteError';
  }
}

/**
 * Writes every file or none. Every target is checked first (a folder in the
 * way fails the whole import before anything is written); then all go to
 * temporary files, and only when each one is on disk are they renamed into
 * place. Earlier results being replaced are kept aside under a second name
 * until the end, so that if a rename still fails, what this run wrote is
 * removed, they are put back and the folder is left as it was.
 * Throws `WriteError`.
 */
export async function writeAll(dir: string, files: readonly { name: string; data: unknown }[]): Promise<string[]> {
  await mkdir(dir, { recursive: true }).catch((error: unknown) => { throw describeWriteError(error, dir); });
  const staged = files.map(({ name }) => ({
    temp: join(dir, `.${name}.${process.pid}.tmp`),
    earlier: join(dir, `.${name}.${process.pid}.earlier`),
    final: join(dir, name),
  }));
  for (const { final } of staged) {
    const info = await lstat(final).catch(() => undefined);
    if (info && !info.isFile()) {
      throw new WriteError(`cannot write ${final}: ${info.isDirectory() ? 'a folder' : 'something other than a file'} is in the way; move it away and import again (nothing written)`);
    }
  }
  const keptAside: typeof staged = [];
  const renamed: typeof staged = [];
  try {
    await Promise.all(files.map(({ data }, index) => writeFile(staged[index]!.temp, `${JSON.stringify(data, null, 2)}\n`)));
    for (const file of staged) {
      if (!existsSync(file.final)) continue;
      // A copy, not a hard link: some file systems have none. A copy left by an earlier run of the same pid goes first.
      await rm(file.earlier, { force: true });
      await copyFile(file.final, file.earlier);
      keptAside.push(file);
    }
    for (const file of staged) {
      await rename(file.temp, file.final);
      renamed.push(file);
    }
  } catch (error) {
    await settle(renamed.map((file) => (keptAside.includes(file) ? rename(file.earlier, file.final) : rm(file.final, { force: true }))));
    // A copy put back is gone from its second name; one that could not be put back stays there, as the only copy.
    await settle(staged.flatMap((file) => [rm(file.temp, { force: true }), ...(renamed.includes(file) ? [] : [rm(file.earlier, { force: true })])]));
    throw describeWriteError(error, dir);
  }
  await settle(keptAside.map(({ earlier }) => rm(earlier, { force: true })));
  return staged.map(({ final }) => final);
}

/** Waits for every clean-up step, whether or not it worked: a failed one must not stop the others. */
async function settle(steps: Promise<unknown>[]): Promise<void> {
  await Promise.allSettled(steps);
}

const reasons: Record<string, string> = {
  EACCES: 'permission denied; choose a folder you can write to, or change its permissions',
  EPERM: 'permission denied; choose a folder you can write to, or change its permissions',
  EROFS: 'the file system is read-only; choose another folder',
  ENOSPC: 'no space left on the device; free some space and import again',
  EDQUOT: 'the disk quota is used up; free some space and import again',
  EEXIST: 'it is a file, not a folder; choose a folder for the result files',
  ENOTDIR: 'part of that path is a file, not a folder; choose a folder for the result files',
  EISDIR: 'a folder took the place of a result file; move it away and import again',
};

/** A file-system error as one line about `dir`, without the temporary file names it may mention. */
function describeWriteError(error: unknown, dir: string): WriteError {
  if (error instanceof WriteError) return error;
  const { code, message } = error as NodeJS.ErrnoException;
  // Node's own wording ends with the system call and its paths ("…, rename '.x.tmp' -> 'x'"): drop them.
  const reason = (code ? reasons[code] : undefined) ?? message.split(', ')[0];
  return new WriteError(`cannot write the result files to ${dir}: ${reason} (nothing written)`);
}
