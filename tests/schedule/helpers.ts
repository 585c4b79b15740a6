import { loadContent } from '../../src/core/load/load.ts';
import { validateContent } from '../../src/core/validate/validate.ts';
import { makeContent } from '../helpers/content.ts';

/**
 * A release file whose front matter starts on line 2 (after "---"):
 * `name` is line 2, `type` line 3, `milestones:` line 4, and the given
 * milestone lines from line 5, so tests can state exact line numbers.
 */
export const releaseFile = (milestones: string, extra = '') =>
  `---\nname: Test release\ntype: ga\nmilestones:\n${milestones}${extra}---\nNotes.\n`;

/** Every diagnostic for a content folder holding `files` and a minimal portal.yaml. */
export async function diagnosticsOf(files: Record<string, string>) {
  return (await validateContent(await makeContent(files))).diagnostics;
}

/** The loaded content of a throw-away folder (validation left to the test). */
export async function contentOf(files: Record<string, string>) {
  return (await loadContent(await makeContent(files))).content;
}
