import type { z } from 'zod';
import { contentTypes, type ContentKind } from '../schemas/index.ts';
import type { Diagnostic } from '../validate/diagnostic.ts';

/**
 * A file in the wrong folder (a review saved under waivers/, a project under
 * releases/) fails its folder's schema on every field. When it has fields its
 * folder's type does not know and is a valid file of another type of the same
 * format, that is the one thing to say. A file that only lacks a field of its
 * own type (a lesson without its description) is not taken for another.
 */
export function misplacedFile(kind: ContentKind, file: string, data: unknown, issues: readonly z.core.$ZodIssue[]): Diagnostic | undefined {
  if (!issues.some((issue) => issue.code === 'unrecognized_keys' && issue.path.length === 0)) return undefined;
  const own = contentTypes[kind];
  for (const [other, type] of Object.entries(contentTypes) as [ContentKind, (typeof contentTypes)[ContentKind]][]) {
    if (other === kind || type.format !== own.format || !type.schema.safeParse(structuredClone(data)).success) continue;
    const place = 'file' in type.location ? type.location.file : `${type.location.dir}/`;
    return {
      file, line: 1, column: 1, severity: 'error', rule: 'misplaced-file',
      message: `this is a ${lower(type.title)} file, not a ${lower(own.title)} file`,
      hint: 'file' in type.location ? `its place is ${place}` : `move it to ${place}`,
    };
  }
  return undefined;
}

/** "Person" reads "person" in a sentence; "RACI matrix" stays as it is. */
const lower = (title: string) => (/^[A-Z][a-z]/.test(title) ? title.charAt(0).toLowerCase() + title.slice(1) : title);
