import { existsSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

/** True when `inner` is `outer` or a folder below it (both absolute). */
const within = (inner: string, outer: string): boolean => {
  const path = relative(outer, inner);
  return path === '' || (path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path));
};

/** Files a built portal always has: a folder holding them is a portal an earlier build wrote. */
const portalMarks = ['index.html', 'api/v1/releases.json'];

/**
 * Why the portal must not be written to `out` (`shown` as the user wrote it), or undefined when it may. The
 * build replaces the folder as a whole, so it refuses any folder whose loss
 * would hurt: a file, the content or the project (or a folder holding them),
 * or a folder with anything in it but an earlier portal.
 */
export function refuseOutput(out: string, content: string, project: string, shown: string): string | undefined {
  if (within(content, out) || within(out, content)) return `--out ${shown} overlaps the content folder ${content}; give the portal a folder of its own (e.g. dist)`;
  if (within(project, out)) return `--out ${shown} holds the project itself; give the portal a folder of its own (e.g. dist)`;
  if (!existsSync(out)) return undefined;
  if (!statSync(out).isDirectory()) return `--out ${shown} is a file, not a folder; give the portal a folder of its own (e.g. dist)`;
  if (readdirSync(out).length === 0 || portalMarks.every((mark) => existsSync(join(out, mark)))) return undefined;
  return `--out ${shown} is a folder with other files in it, and the build replaces the whole folder; give the portal an empty or new folder (e.g. dist)`;
}
