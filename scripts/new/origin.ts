import type { Position } from '../../src/core/load/source.ts';
import { fieldName, type Diagnostic } from '../../src/core/validate/diagnostic.ts';

/** What both ways of making a release are given besides their source. */
export interface Options { name: string; version?: string }

/**
 * The file a new release is made from. Its problems are reported there,
 * where they can be fixed: the new file is never written.
 */
export interface Origin {
  /** Relative to the content folder, or absolute. */
  file: string;
  /** "releases/iris.md, the release copied from", for the closing line. */
  described: string;
  /** The place of a field, given as a path in the new release (`milestones` in their source order). */
  locate: (path: readonly PropertyKey[]) => Position;
}

/** A problem of the new release, moved to the field it comes from in the origin. */
export function inOrigin(problem: Diagnostic, origin: Origin, sourceIndexes: readonly number[]): Diagnostic {
  const path: PropertyKey[] = (problem.field?.split('.') ?? []).map((key) => (/^\d+$/.test(key) ? Number(key) : key));
  // Milestones were put in date order; the origin lists them as it wrote them.
  if (path[0] === 'milestones' && typeof path[1] === 'number') path[1] = sourceIndexes[path[1]] ?? path[1];
  const { line, column } = origin.locate(path);
  return { ...problem, file: origin.file, line, column, field: fieldName(path) };
}
