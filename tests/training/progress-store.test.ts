import { describe, expect, it } from 'vitest';
import { clearDone, courseProgress, markDone, progressKey, progressWords, readDone, type ProgressStorage } from '../../src/scripts/progress-store.ts';

/** localStorage as a Map; `refuse` makes writes throw as a full or blocked storage does. */
function memoryStorage(refuse = false): ProgressStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (refuse) throw new DOMException('quota exceeded', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key) => void items.delete(key),
  };
}

const key = progressKey('/tollgate/');
const course = ['foundations', 'schedule-and-promotion', 'running-the-cycle'].map((id) => ({ id, title: `Lesson ${id}`, href: `/training/${id}/` }));

describe('marking lessons as done', () => {
  it('keeps what was marked, and takes back what was unmarked', () => {
    const storage = memoryStorage();
    expect(markDone(storage, key, 'foundations', true)).toBe(true);
    expect(markDone(storage, key, 'running-the-cycle', true)).toBe(true);
    expect([...readDone(storage, key)].sort()).toEqual(['foundations', 'running-the-cycle']);
    markDone(storage, key, 'foundations', false);
    expect([...readDone(storage, key)]).toEqual(['running-the-cycle']);
  });

  it('leaves nothing stored once no lesson is done', () => {
    const storage = memoryStorage();
    markDone(storage, key, 'foundations', true);
    markDone(storage, key, 'foundations', false);
    expect(storage.items.size).toBe(0);
  });

  it('keeps two portals on one host apart', () => {
    const storage = memoryStorage();
    markDone(storage, progressKey('/a/'), 'foundations', true);
    expect(readDone(storage, progressKey('/b/')).size).toBe(0);
    expect(readDone(storage, progressKey('/a/')).has('foundations')).toBe(true);
  });

  it('says when the browser refused to keep it, and counts nothing as kept', () => {
    const storage = memoryStorage(true);
    expect(markDone(storage, key, 'foundations', true)).toBe(false);
    expect(readDone(storage, key).size).toBe(0);
    expect(markDone(undefined, key, 'foundations', true)).toBe(false);
  });

  it('starts again from nothing', () => {
    const storage = memoryStorage();
    markDone(storage, key, 'foundations', true);
    expect(clearDone(storage, key)).toBe(true);
    expect(readDone(storage, key).size).toBe(0);
    expect(clearDone(undefined, key)).toBe(false);
  });
});

describe('reading what another version or a hand edit left', () => {
  it.each([
    ['not JSON', '{done:'],
    ['another version', JSON.stringify({ version: 2, done: ['foundations'] })],
    ['no list', JSON.stringify({ version: 1, done: 'foundations' })],
    ['null', 'null'],
  ])('reads %s as nothing done', (_, value) => {
    const storage = memoryStorage();
    storage.items.set(key, value);
    expect(readDone(storage, key).size).toBe(0);
  });

  it('keeps the ids and drops what is not one', () => {
    const storage = memoryStorage();
    storage.items.set(key, JSON.stringify({ version: 1, done: ['foundations', 3, null, 'running-the-cycle'] }));
    expect([...readDone(storage, key)]).toEqual(['foundations', 'running-the-cycle']);
  });
});

describe('where a reader stands in the course', () => {
  it('counts the lessons done and points at the first one not done, in course order', () => {
    const progress = courseProgress(course, new Set(['foundations', 'running-the-cycle']));
    expect(progress).toMatchObject({ done: 2, total: 3, next: { id: 'schedule-and-promotion' } });
    expect(progressWords(progress)).toBe('2 of 3 lessons done');
  });

  it('does not count a lesson the course no longer has', () => {
    const progress = courseProgress(course, new Set(['foundations', 'a-removed-lesson']));
    expect(progress.done).toBe(1);
    expect(progress.next?.id).toBe('schedule-and-promotion');
  });

  it('has no next lesson when all are done', () => {
    const progress = courseProgress(course, new Set(course.map((l) => l.id)));
    expect(progress.next).toBeUndefined();
    expect(progressWords(progress)).toBe('All 3 lessons done');
    expect(progressWords(courseProgress(course.slice(0, 1), new Set()))).toBe('0 of 1 lesson done');
    expect(progressWords(courseProgress(course.slice(0, 1), new Set(['foundations'])))).toBe('1 of 1 lesson done');
  });
});
