/**
 * Which lessons a reader has marked as done, kept in the browser's
 * localStorage: the portal is static, so there is no account to keep it in.
 * The key carries the portal's base path, so two portals on one host keep
 * their courses apart.
 */

/** The part of `Storage` the progress uses: tests pass a Map-backed one. */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const version = 1;

/** The localStorage key of one portal's course progress. */
export const progressKey = (base: string): string => `tollgate:training-progress:${base}`;

/**
 * The ids of the lessons marked as done. Anything unreadable (storage
 * switched off, a value from another version or edited by hand) reads as
 * nothing done: progress is a convenience, never a reason for a page to fail.
 */
export function readDone(storage: ProgressStorage | undefined, key: string): Set<string> {
  try {
    const saved = JSON.parse(storage?.getItem(key) ?? 'null') as { version?: unknown; done?: unknown } | null;
    if (saved?.version !== version || !Array.isArray(saved.done)) return new Set();
    return new Set(saved.done.filter((id): id is string => typeof id === 'string'));
  } catch {
    return new Set();
  }
}

/**
 * Marks one lesson as done or not, and saves it; false when the browser
 * refused to store it (private browsing, storage full), so the page can say so.
 */
export function markDone(storage: ProgressStorage | undefined, key: string, lesson: string, done: boolean): boolean {
  const lessons = readDone(storage, key);
  if (done) lessons.add(lesson);
  else lessons.delete(lesson);
  try {
    if (!storage) return false;
    if (lessons.size === 0) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify({ version, done: [...lessons].sort() }));
    return true;
  } catch {
    return false;
  }
}

/** Forgets every lesson's progress ("start again"); false when the browser refused. */
export function clearDone(storage: ProgressStorage | undefined, key: string): boolean {
  try {
    storage?.removeItem(key);
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** A lesson of the course, in the course's order, as the pages list it. */
export interface CourseLesson {
  id: string;
  title: string;
  href: string;
}

/** Where a reader stands in the course: lessons that no longer exist are not counted. */
export interface CourseProgress<L extends Pick<CourseLesson, 'id'> = CourseLesson> {
  done: number;
  total: number;
  /** The first lesson, in course order, not marked as done; undefined when all are. */
  next?: L;
}

/**
 * The course's lessons against those marked as done. Lessons are counted
 * from the course as the page lists it, so a lesson since removed from the
 * course but still in storage counts for nothing; a lesson page, which
 * links no next lesson, passes ids only.
 */
export function courseProgress<L extends Pick<CourseLesson, 'id'>>(lessons: readonly L[], done: ReadonlySet<string>): CourseProgress<L> {
  return {
    done: lessons.filter((l) => done.has(l.id)).length,
    total: lessons.length,
    next: lessons.find((l) => !done.has(l.id)),
  };
}

/** "2 of 3 lessons done", the words the course page and each lesson show. */
export function progressWords({ done, total }: Pick<CourseProgress, 'done' | 'total'>): string {
  const lessons = total === 1 ? 'lesson' : 'lessons';
  if (done === total && total > 1) return `All ${total} ${lessons} done`;
  return `${done} of ${total} ${lessons} done`;
}

/** Safe access to localStorage: reading the property itself throws where storage is blocked. */
export function browserStorage(): ProgressStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}
