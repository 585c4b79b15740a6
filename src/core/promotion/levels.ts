import type { Level } from '../schemas/promotion.ts';

/** A level with its id, as content entries and test fixtures both provide it. */
export interface LevelSource {
  id: string;
  data: Level;
}

/** Something wrong with the `after` chain, reported by the validator and tolerated by the engine. */
export interface ChainProblem {
  kind: 'second-first' | 'cycle' | 'branch' | 'unknown-after';
  level: string;
  /** The other level involved: the first "first" level, the other branch, or the missing prerequisite. */
  other?: string;
}

/**
 * Puts levels in promotion order by following `after` from the first level.
 * Levels form one chain (OPNFV XCI: merge → daily → weekly...). A broken chain
 * still yields an order, so that decisions can be shown while the validator
 * reports the problem; levels that no chain reaches come last and can never
 * be reached by a candidate.
 */
export function orderLevels<T extends LevelSource>(levels: readonly T[]): { ordered: T[]; problems: ChainProblem[] } {
  const problems: ChainProblem[] = [];
  const byId = new Map(levels.map((level) => [level.id, level]));
  const children = new Map<string, T[]>();
  const roots: T[] = [];
  for (const level of levels) {
    const after = level.data.after;
    if (after === undefined) roots.push(level);
    else if (!byId.has(after)) problems.push({ kind: 'unknown-after', level: level.id, other: after });
    else children.set(after, [...(children.get(after) ?? []), level]);
  }
  for (const root of roots.slice(1)) problems.push({ kind: 'second-first', level: root.id, other: roots[0]!.id });
  for (const list of children.values()) {
    for (const child of list.slice(1)) problems.push({ kind: 'branch', level: child.id, other: list[0]!.id });
  }
  const ordered: T[] = [];
  const placed = new Set<string>();
  const visit = (level: T) => {
    if (placed.has(level.id)) return;
    placed.add(level.id);
    ordered.push(level);
    for (const child of children.get(level.id) ?? []) visit(child);
  };
  roots.forEach(visit);
  // What is left hangs off a cycle (or off a level with an unknown prerequisite).
  for (const level of levels) {
    if (placed.has(level.id) || !byId.has(level.data.after ?? '')) continue;
    if (inCycle(level, byId)) problems.push({ kind: 'cycle', level: level.id, other: level.data.after });
  }
  for (const level of levels) if (!placed.has(level.id)) ordered.push(level);
  return { ordered, problems };
}

function inCycle(start: LevelSource, byId: ReadonlyMap<string, LevelSource>): boolean {
  const seen = new Set<string>();
  let level: LevelSource | undefined = start;
  while (level && !seen.has(level.id)) {
    seen.add(level.id);
    level = level.data.after === undefined ? undefined : byId.get(level.data.after);
    if (level?.id === start.id) return true;
  }
  return false;
}
