import type { Entry } from '../../load/load.ts';
import { fieldName, type Diagnostic } from '../diagnostic.ts';

/**
 * Builds a diagnostic pointing at `path` inside `entry`'s file. Every rule
 * reports through this, so every message carries a file, a line and a field.
 * With `'key'`, it points at the key of `path`, for a problem with a name
 * written as a key (a role of a RACI activity) rather than with its value.
 */
export function at(
  entry: Entry<unknown>,
  path: readonly PropertyKey[],
  rule: string,
  message: string,
  hint?: string,
  severity: Diagnostic['severity'] = 'error',
  part?: 'key',
): Diagnostic {
  const { line, column } = entry.locate(path, part);
  return { file: entry.file, line, column, severity, message, field: fieldName(path), hint, rule };
}

/** Suggests the closest known id, so that a typo's fix is one glance away. */
export function didYouMean(unknown: string, known: Iterable<string>): string {
  const best = closest(unknown, known);
  return best !== undefined ? `did you mean "${best}"?` : `known: ${[...known].slice(0, 8).join(', ') || 'none'}`;
}

/** A suggestion, then more advice: "did you mean "x"? A job that…", or "known: a, b; a job that…". */
export function andThen(suggestion: string, advice: string): string {
  return suggestion.endsWith('?') ? `${suggestion} ${advice.charAt(0).toUpperCase()}${advice.slice(1)}` : `${suggestion}; ${advice}`;
}

/** The known name a typo most likely meant, if one is close enough to be a typo of it. */
export function closest(unknown: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(unknown, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(unknown.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
